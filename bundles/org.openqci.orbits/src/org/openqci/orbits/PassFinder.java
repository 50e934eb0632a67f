/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.orbits;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.openqci.core.orbit.OrbitElements;
import org.openqci.core.orbit.Pass;
import org.openqci.core.orbit.PassFailure;
import org.openqci.core.orbit.PassSample;
import org.openqci.core.orbit.Station;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.errors.OrekitInternalError;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.events.ElevationDetector;
import org.orekit.propagation.events.EventsLogger;
import org.orekit.propagation.events.handlers.ContinueOnEvent;
import org.orekit.time.AbsoluteDate;

/**
 * Finds the passes of a satellite over one station: Orekit's {@link ElevationDetector} locates
 * the rise and set times (to a millisecond), then the pass is sampled at the requested step. The
 * range is searched a day at a time, so that a propagation failure costs only the passes of that
 * day (reported as a {@link PassFailure}) and the search can be cancelled between days.
 */
final class PassFinder {

	/** The detector's largest check interval, s: shorter than any pass above a mask of 0 degrees. */
	private static final double MAX_CHECK = 30.0;
	/** The detector's convergence threshold, s. */
	private static final double THRESHOLD = 1e-3;
	private static final Duration CHUNK = Duration.ofDays(1);
	/** Below this altitude a propagated satellite is treated as decayed, km. */
	static final double MIN_ALTITUDE_KM = 100.0;

	private final OrbitElements orbit;
	private final Station station;
	private final double step;
	private final TopocentricFrame topo;

	PassFinder(OrbitElements orbit, Station station, double stepSeconds) {
		this.orbit = orbit;
		this.station = station;
		this.step = stepSeconds;
		OrbitData data = OrbitData.get();
		this.topo = new TopocentricFrame(data.earth(), new GeodeticPoint(Math.toRadians(station.latitudeDeg()),
				Math.toRadians(station.longitudeDeg()), station.altitudeM()), station.name());
	}

	/** The passes between start and end (a pass cut by either end is cut there), and any failures. */
	void find(Instant start, Instant end, BooleanSupplier cancelled, List<Pass> passes, List<PassFailure> failures) {
		OrbitData data = OrbitData.get();
		Instant rise = null;
		for (Instant from = start; from.isBefore(end) && !cancelled.getAsBoolean(); from = from.plus(CHUNK)) {
			Instant to = from.plus(CHUNK).isAfter(end) ? end : from.plus(CHUNK);
			try {
				Propagator propagator = KeplerianOrbits.propagator(orbit);
				checkAltitude(propagator, from);
				checkAltitude(propagator, to);
				double mask = Math.toRadians(station.minElevationDeg());
				if (from.equals(start) && elevation(propagator, new AbsoluteDate(start, data.utc())) > mask) {
					rise = start; // a pass in progress when the range starts
				}
				EventsLogger logger = new EventsLogger();
				propagator.addEventDetector(logger.monitorDetector(new ElevationDetector(MAX_CHECK, THRESHOLD, topo)
						.withConstantElevation(mask).withHandler(new ContinueOnEvent())));
				propagator.propagate(new AbsoluteDate(from, data.utc()), new AbsoluteDate(to, data.utc()));
				for (EventsLogger.LoggedEvent e : logger.getLoggedEvents()) {
					Instant t = data.instant(e.getState().getDate());
					if (e.isIncreasing()) {
						rise = t;
					} else if (rise != null) {
						add(rise, t, passes, failures);
						rise = null;
					}
				}
			} catch (Decayed | OrekitInternalError e) {
				failures.add(new PassFailure(station.name(), from, "no passes from " + from + " to the end of the range: "
						+ message(e)));
				return; // a decayed orbit does not come back; SGP4 gives meaningless states after it
			} catch (RuntimeException e) {
				failures.add(new PassFailure(station.name(), from, "propagation failed between " + from + " and " + to
						+ ": " + message(e)));
				rise = null;
			}
		}
		if (rise != null && !cancelled.getAsBoolean()) {
			add(rise, end, passes, failures); // a pass in progress when the range ends
		}
	}

	/** Samples a pass and adds it; a failure costs this pass only. */
	private void add(Instant rise, Instant set, List<Pass> passes, List<PassFailure> failures) {
		if (!set.isAfter(rise)) {
			return;
		}
		try {
			passes.add(sample(rise, set, passes.size() + 1));
		} catch (RuntimeException e) {
			failures.add(new PassFailure(station.name(), rise, "the pass from " + rise + " to " + set
					+ " could not be sampled: " + message(e)));
		}
	}

	/** Samples one pass at the step, from rise to set inclusive. */
	Pass sample(Instant rise, Instant set, int number) {
		OrbitData data = OrbitData.get();
		Propagator propagator = KeplerianOrbits.propagator(orbit);
		List<PassSample> samples = new ArrayList<>();
		double duration = Duration.between(rise, set).toNanos() * 1e-9;
		int n = (int) Math.floor(duration / step);
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i <= n + 1; i++) {
			double dt = Math.min(i * step, duration);
			if (i == n + 1 && dt <= n * step) {
				break; // the set time coincides with the last step
			}
			AbsoluteDate date = new AbsoluteDate(rise, data.utc()).shiftedBy(dt);
			SpacecraftState state = propagator.propagate(date);
			Vector3D p = state.getPosition(topo);

			double elevation = Math.toDegrees(topo.getElevation(p, topo, date));
			double azimuth = Math.toDegrees(topo.getAzimuth(p, topo, date));
			double range = topo.getRange(p, topo, date) / 1e3;
			double sun = Math.toDegrees(topo.getElevation(data.sun().getPosition(date, topo), topo, date));
			samples.add(new PassSample(rise.plusNanos(Math.round(dt * 1e9)), elevation, azimuth, range, sun));
			max = Math.max(max, elevation);
		}
		return new Pass(station.name(), number, rise, set, max, samples);
	}

	/** The satellite is below {@link #MIN_ALTITUDE_KM}. */
	static final class Decayed extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Decayed(String message) {
			super(message);
		}
	}

	/** Fails if the satellite is below {@link #MIN_ALTITUDE_KM} at t: decayed, or invalid elements. */
	static void checkAltitude(Propagator propagator, Instant t) {
		OrbitData data = OrbitData.get();
		AbsoluteDate date = new AbsoluteDate(t, data.utc());
		double altitude = data.earth().transform(propagator.propagate(date).getPosition(), propagator.getFrame(), date)
				.getAltitude() / 1e3;
		if (!(altitude >= MIN_ALTITUDE_KM)) {
			throw new Decayed(String.format(Locale.ROOT,
					"the satellite is at %.0f km altitude at %s: the orbit has decayed or the elements are invalid",
					altitude, t));
		}
	}

	private double elevation(Propagator propagator, AbsoluteDate date) {
		return topo.getElevation(propagator.propagate(date).getPosition(topo), topo, date);
	}

	static String message(RuntimeException e) {
		if (e instanceof OrekitInternalError) {
			return "the propagator failed internally (the orbit has probably decayed or the elements are invalid)";
		}
		String m = e.getLocalizedMessage();
		return m == null ? e.getClass().getSimpleName() : m;
	}
}
