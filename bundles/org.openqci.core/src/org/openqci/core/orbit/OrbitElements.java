/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.orbit;

import java.time.Instant;

/**
 * A satellite's orbit: either a two-line element set or mean Keplerian elements at an epoch.
 *
 * @param name              the satellite's name
 * @param tleLine1          first line of the TLE, or {@code null} for Keplerian elements
 * @param tleLine2          second line of the TLE, or {@code null}
 * @param epoch             epoch of the Keplerian elements (ignored with a TLE)
 * @param altitudeKm        semi-major axis minus the Earth's equatorial radius, km
 * @param eccentricity      eccentricity, in [0, 1)
 * @param inclinationDeg    inclination, degrees
 * @param raanDeg           right ascension of the ascending node, degrees
 * @param argOfPerigeeDeg   argument of perigee, degrees
 * @param meanAnomalyDeg    mean anomaly at the epoch, degrees
 */
public record OrbitElements(String name, String tleLine1, String tleLine2, Instant epoch, double altitudeKm,
		double eccentricity, double inclinationDeg, double raanDeg, double argOfPerigeeDeg, double meanAnomalyDeg) {

	/** An orbit given by a two-line element set. */
	public static OrbitElements tle(String name, String line1, String line2) {
		return new OrbitElements(name, line1, line2, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
				Double.NaN);
	}

	/** Whether the orbit is given by a TLE. */
	public boolean isTle() {
		return tleLine1 != null || tleLine2 != null;
	}
}
