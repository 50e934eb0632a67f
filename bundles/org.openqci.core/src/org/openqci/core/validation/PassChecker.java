/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import static org.openqci.core.validation.ExperimentValidator.error;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.openqci.core.engine.PassRequests;
import org.openqci.core.orbit.OrbitPropagator;
import org.openqci.core.orbit.PassRequest;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.model.Experiment;
import org.openqci.model.GroundStation;
import org.openqci.model.PassAnalysis;
import org.openqci.model.Satellite;

/**
 * Checks an experiment's pass analysis: dates, stations (position, elevation mask), the orbit
 * (through the installed {@link OrbitPropagator}: TLE format and checksums, elements, shipped
 * time-scale data, epoch) and that some link has a satellite channel segment for the passes to
 * drive. Each message starts with the field it concerns.
 */
final class PassChecker {

	private final ModelRegistry registry;

	PassChecker(ModelRegistry registry) {
		this.registry = registry;
	}

	void check(Experiment experiment, List<Problem> problems) {
		PassAnalysis passes = experiment.getPasses();
		if (passes == null) {
			return;
		}
		int before = problems.size();
		date(passes, "start", passes.getStart(), problems);
		date(passes, "end", passes.getEnd(), problems);
		if (!(passes.getStep() >= 0.1 && passes.getStep() <= 60.0)) {
			problems.add(error(passes, "step", "step: the step must be between 0.1 and 60 s, not " + passes.getStep()));
		}
		if (passes.getStations().isEmpty()) {
			problems.add(error(passes, "stations", "stations: add at least one ground station"));
		}
		Set<String> names = new HashSet<>();
		for (GroundStation station : passes.getStations()) {
			checkStation(station, names, problems);
		}
		Satellite satellite = passes.getSatellite();
		if (satellite == null) {
			problems.add(error(passes, "satellite", "satellite: the satellite's orbit is missing"));
		} else {
			checkSatellite(satellite, problems);
		}
		if (experiment.getLinks().stream().noneMatch(l -> PassRequests.hasSatelliteChannel(registry, l))) {
			problems.add(error(passes, "passes", "no link has a satellite channel segment for the passes to drive (a "
					+ "channel whose model has the parameters elevation and slantRange, e.g. satellite-downlink)"));
		}
		Optional<OrbitPropagator> propagator = registry.orbitPropagator();
		if (propagator.isEmpty()) {
			problems.add(error(passes, "passes", "no orbit propagator is installed (bundle org.openqci.orbits)"));
		} else if (problems.size() == before && satellite != null) {
			PassRequest request = PassRequests.of(passes);
			for (OrbitPropagator.Problem p : propagator.get().problems(request)) {
				EObject element = satellite.eClass().getEStructuralFeature(p.field()) != null ? satellite : passes;
				problems.add(error(element, p.field(), p.field() + ": " + p.message()));
			}
		}
	}

	private static void date(PassAnalysis passes, String field, String text, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(error(passes, field, field + ": a date is required (ISO-8601 UTC, e.g. 2026-06-01T00:00:00Z)"));
		} else if (PassRequests.instant(text) == null) {
			problems.add(error(passes, field, field + ": '" + text
					+ "' is not an ISO-8601 UTC instant (e.g. 2026-06-01T00:00:00Z)"));
		}
	}

	private static void checkStation(GroundStation s, Set<String> names, List<Problem> problems) {
		if (ElementPaths.isBlank(s.getName())) {
			problems.add(error(s, "name", "name: the station needs a name"));
		} else if (!names.add(s.getName())) {
			problems.add(error(s, "name", "name: duplicate station name '" + s.getName() + "'"));
		}
		range(s, "latitude", s.isSetLatitude(), s.getLatitude(), -90, 90, "degrees", problems);
		range(s, "longitude", s.isSetLongitude(), s.getLongitude(), -180, 360, "degrees", problems);
		range(s, "altitude", true, s.getAltitude(), -500, 9000, "m", problems);
		if (!(s.getMinElevation() >= 0.0 && s.getMinElevation() < 90.0)) {
			problems.add(error(s, "minElevation", "minElevation: the elevation mask must be at least 0 and below 90 "
					+ "degrees, not " + s.getMinElevation()));
		}
	}

	private static void checkSatellite(Satellite s, List<Problem> problems) {
		if (ElementPaths.isBlank(s.getName())) {
			problems.add(error(s, "name", "name: the satellite needs a name"));
		}
		boolean tle = !ElementPaths.isBlank(s.getTleLine1()) || !ElementPaths.isBlank(s.getTleLine2());
		if (tle) {
			return; // the propagator checks both lines
		}
		if (!s.isSetAltitude()) {
			problems.add(error(s, "altitude", "altitude: give the orbit's altitude in km, or a TLE"));
		}
		if (!s.isSetInclination()) {
			problems.add(error(s, "inclination", "inclination: give the orbit's inclination in degrees, or a TLE"));
		}
		if (ElementPaths.isBlank(s.getEpoch())) {
			problems.add(error(s, "epoch", "epoch: give the epoch of the elements (ISO-8601 UTC), or a TLE"));
		} else if (PassRequests.instant(s.getEpoch()) == null) {
			problems.add(error(s, "epoch", "epoch: '" + s.getEpoch() + "' is not an ISO-8601 UTC instant"));
		}
	}

	private static void range(EObject element, String field, boolean set, double value, double min, double max,
			String unit, List<Problem> problems) {
		if (!set) {
			problems.add(error(element, field, field + ": a value in " + unit + " is required"));
		} else if (!(value >= min && value <= max)) {
			problems.add(error(element, field, field + ": " + value + " is outside [" + (int) min + ", " + (int) max
					+ "] " + unit));
		}
	}
}
