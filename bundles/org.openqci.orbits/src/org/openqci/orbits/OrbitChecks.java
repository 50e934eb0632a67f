/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.orbits;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.openqci.core.orbit.OrbitElements;
import org.openqci.core.orbit.OrbitPropagator.Problem;
import org.openqci.core.orbit.PassRequest;
import org.orekit.errors.OrekitException;
import org.orekit.propagation.analytical.tle.TLE;

/**
 * The checks of a pass request before anything is propagated: TLE format and checksums (as
 * Orekit reads them), Keplerian elements in range, the dates inside the shipped time-scale data,
 * and the orbit's epoch close enough to the requested range for the propagator to be trusted.
 */
final class OrbitChecks {

	/**
	 * How far the orbit's epoch may lie from the requested range: SGP4 position errors grow by
	 * roughly a kilometre or more per day from the epoch for low orbits (Vallado et al.,
	 * "Revisiting Spacetrack Report #3", AIAA 2006-6753), so a month is already generous.
	 */
	static final Duration MAX_EPOCH_DISTANCE = Duration.ofDays(30);

	/** The longest date range one analysis may span. */
	static final Duration MAX_RANGE = Duration.ofDays(366);

	/** Lowest altitude accepted for Keplerian elements, km (below it the orbit decays in days). */
	static final double MIN_ALTITUDE_KM = 150.0;

	private OrbitChecks() {
	}

	static List<Problem> problems(PassRequest request) {
		List<Problem> problems = new ArrayList<>();
		OrbitData data = OrbitData.get();
		checkDate("start", request.start(), data, problems);
		checkDate("end", request.end(), data, problems);
		if (request.start() != null && request.end() != null) {
			if (!request.end().isAfter(request.start())) {
				problems.add(new Problem("end", "the end of the range must be after its start"));
			} else if (Duration.between(request.start(), request.end()).compareTo(MAX_RANGE) > 0) {
				problems.add(new Problem("end", "the range spans more than " + MAX_RANGE.toDays() + " days"));
			}
		}
		if (!(request.stepSeconds() >= 0.1 && request.stepSeconds() <= 60.0)) {
			problems.add(new Problem("step", "the step must be between 0.1 and 60 s, not " + request.stepSeconds()));
		}
		OrbitElements orbit = request.orbit();
		Instant epoch = orbit.isTle() ? checkTle(orbit, problems) : checkKeplerian(orbit, data, problems);
		if (epoch != null && request.start() != null && request.end() != null) {
			Duration distance = distance(epoch, request.start(), request.end());
			if (distance.compareTo(MAX_EPOCH_DISTANCE) > 0) {
				problems.add(new Problem(orbit.isTle() ? "tleLine1" : "epoch", "the orbit's epoch "
						+ epoch.truncatedTo(ChronoUnit.MILLIS) + " is "
						+ distance.toDays() + " days from the requested range; predictions so far from the epoch are "
						+ "unreliable, use elements within " + MAX_EPOCH_DISTANCE.toDays() + " days of it"));
			}
		}
		return problems;
	}

	private static void checkDate(String field, Instant t, OrbitData data, List<Problem> problems) {
		if (t == null) {
			problems.add(new Problem(field, "a date is required (ISO-8601 UTC, e.g. 2026-06-01T00:00:00Z)"));
		} else if (!data.covers(t)) {
			problems.add(new Problem(field, t + " is outside the shipped leap-second data, valid from "
					+ data.validFrom() + " to " + data.validUntil() + " (see org.openqci.orbits/data/README.md)"));
		}
	}

	private static Instant checkTle(OrbitElements orbit, List<Problem> problems) {
		String l1 = orbit.tleLine1();
		String l2 = orbit.tleLine2();
		boolean ok = checkLine("tleLine1", l1, '1', problems) & checkLine("tleLine2", l2, '2', problems);
		if (!ok) {
			return null;
		}
		if (!l1.substring(2, 7).equals(l2.substring(2, 7))) {
			problems.add(new Problem("tleLine2", "the satellite numbers of the two lines differ ('"
					+ l1.substring(2, 7).trim() + "' and '" + l2.substring(2, 7).trim() + "')"));
			return null;
		}
		try {
			if (!TLE.isFormatOK(l1, l2)) {
				problems.add(new Problem("tleLine1", "the two-line element set is not in the TLE format"));
				return null;
			}
			return OrbitData.get().instant(new TLE(l1, l2, OrbitData.get().utc()).getDate());
		} catch (OrekitException | IllegalArgumentException e) {
			problems.add(new Problem("tleLine1", "the two-line element set cannot be read: " + e.getMessage()));
			return null;
		}
	}

	/** Length, line number and modulo-10 checksum of one TLE line (the checksum first, so that it is named). */
	private static boolean checkLine(String field, String line, char number, List<Problem> problems) {
		if (line == null || line.isBlank()) {
			problems.add(new Problem(field, "the line is missing"));
			return false;
		}
		if (line.length() != 69) {
			problems.add(new Problem(field, "a TLE line has 69 characters, this one " + line.length()));
			return false;
		}
		if (line.charAt(0) != number) {
			problems.add(new Problem(field, "the line must start with '" + number + "'"));
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 68; i++) {
			char c = line.charAt(i);
			if (Character.isDigit(c)) {
				sum += c - '0';
			} else if (c == '-') {
				sum += 1;
			}
		}
		char given = line.charAt(68);
		if (given - '0' != sum % 10) {
			problems.add(new Problem(field, "bad checksum: the last digit is '" + given + "', the line's digits give "
					+ (sum % 10)));
			return false;
		}
		return true;
	}

	private static Instant checkKeplerian(OrbitElements o, OrbitData data, List<Problem> problems) {
		if (!(o.altitudeKm() >= MIN_ALTITUDE_KM && o.altitudeKm() <= 100_000.0)) {
			problems.add(new Problem("altitude", "the altitude must be between " + (int) MIN_ALTITUDE_KM
					+ " and 100000 km, not " + o.altitudeKm()));
		}
		if (!(o.eccentricity() >= 0.0 && o.eccentricity() < KeplerianOrbits.MAX_ECCENTRICITY)) {
			problems.add(new Problem("eccentricity", "the eccentricity must be in [0, "
					+ KeplerianOrbits.MAX_ECCENTRICITY + ") for the analytical propagator (give a TLE otherwise), not "
					+ o.eccentricity()));
		} else if (o.altitudeKm() >= MIN_ALTITUDE_KM
				&& KeplerianOrbits.perigeeAltitudeKm(o.altitudeKm(), o.eccentricity()) < MIN_ALTITUDE_KM) {
			problems.add(new Problem("eccentricity", "the perigee lies below " + (int) MIN_ALTITUDE_KM + " km"));
		}
		if (!(o.inclinationDeg() >= 0.0 && o.inclinationDeg() <= 180.0)) {
			problems.add(new Problem("inclination", "the inclination must be between 0 and 180 degrees, not "
					+ o.inclinationDeg()));
		}
		angle("raan", o.raanDeg(), problems);
		angle("argumentOfPerigee", o.argOfPerigeeDeg(), problems);
		angle("meanAnomaly", o.meanAnomalyDeg(), problems);
		if (o.epoch() == null) {
			problems.add(new Problem("epoch", "the epoch of the Keplerian elements is required (or give a TLE)"));
			return null;
		}
		if (!data.covers(o.epoch())) {
			problems.add(new Problem("epoch", o.epoch() + " is outside the shipped leap-second data, valid from "
					+ data.validFrom() + " to " + data.validUntil()));
			return null;
		}
		return o.epoch();
	}

	private static void angle(String field, double degrees, List<Problem> problems) {
		if (!(degrees >= -360.0 && degrees <= 360.0)) {
			problems.add(new Problem(field, "the angle must be between -360 and 360 degrees, not " + degrees));
		}
	}

	private static Duration distance(Instant t, Instant start, Instant end) {
		if (t.isBefore(start)) {
			return Duration.between(t, start);
		}
		if (t.isAfter(end)) {
			return Duration.between(end, t);
		}
		return Duration.ZERO;
	}
}
