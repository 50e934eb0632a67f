/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.orbits;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.openqci.core.orbit.OrbitPropagator;
import org.openqci.core.orbit.Pass;
import org.openqci.core.orbit.PassFailure;
import org.openqci.core.orbit.PassPrediction;
import org.openqci.core.orbit.PassRequest;
import org.openqci.core.orbit.Station;
import org.openqci.core.orbit.TrackPoint;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;
import org.osgi.service.component.annotations.Component;

/**
 * The pass predictor of the workbench, on Orekit (see the package documentation for the models
 * and the shipped data).
 */
@Component(service = OrbitPropagator.class)
public final class OrekitOrbitPropagator implements OrbitPropagator {

	/** Sampling step of the ground track, s. */
	static final double TRACK_STEP = 60.0;

	@Override
	public List<Problem> problems(PassRequest request) {
		return OrbitChecks.problems(request);
	}

	@Override
	public PassPrediction predict(PassRequest request, BooleanSupplier cancelled) {
		List<Problem> problems = problems(request);
		if (!problems.isEmpty()) {
			Problem p = problems.get(0);
			throw new IllegalArgumentException(p.field() + ": " + p.message());
		}
		List<Pass> passes = new ArrayList<>();
		List<PassFailure> failures = new ArrayList<>();
		for (Station station : request.stations()) {
			List<Pass> own = new ArrayList<>();
			new PassFinder(request.orbit(), station, request.stepSeconds()).find(request.start(), request.end(),
					cancelled, own, failures);
			passes.addAll(own);
		}
		return new PassPrediction(passes, failures, groundTrack(request, cancelled, failures));
	}

	private static List<TrackPoint> groundTrack(PassRequest request, BooleanSupplier cancelled,
			List<PassFailure> failures) {
		OrbitData data = OrbitData.get();
		List<TrackPoint> track = new ArrayList<>();
		Propagator propagator = KeplerianOrbits.propagator(request.orbit());
		long seconds = Duration.between(request.start(), request.end()).toSeconds();
		for (long s = 0; s <= seconds && !cancelled.getAsBoolean(); s += (long) TRACK_STEP) {
			Instant t = request.start().plusSeconds(s);
			AbsoluteDate date = new AbsoluteDate(t, data.utc());
			try {
				GeodeticPoint p = data.earth().transform(propagator.propagate(date).getPosition(),
						propagator.getFrame(), date);
				if (!(p.getAltitude() / 1e3 >= PassFinder.MIN_ALTITUDE_KM)) {
					failures.add(new PassFailure("ground track", t, "the ground track ends here: the satellite is below "
							+ (int) PassFinder.MIN_ALTITUDE_KM + " km (the orbit has decayed or the elements are invalid)"));
					break;
				}
				track.add(new TrackPoint(t, Math.toDegrees(p.getLatitude()), Math.toDegrees(p.getLongitude())));
			} catch (RuntimeException e) {
				failures.add(new PassFailure("ground track", t, "propagation failed: " + PassFinder.message(e)));
				break;
			}
		}
		return track;
	}
}
