/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.orbits;

import org.openqci.core.orbit.OrbitElements;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

/**
 * Builds the Orekit propagator of an orbit: SGP4/SDP4 for a TLE; for Keplerian elements the
 * Eckstein-Hechler analytical model (zonal harmonics J2 to J6 of EIGEN-5C, secular and
 * short-periodic), which keeps the nodal precession that makes a sun-synchronous orbit
 * sun-synchronous, valid for near-circular orbits.
 */
final class KeplerianOrbits {

	/** The eccentricity up to which the Eckstein-Hechler model is used. */
	static final double MAX_ECCENTRICITY = 0.1;

	private KeplerianOrbits() {
	}

	static double perigeeAltitudeKm(double altitudeKm, double eccentricity) {
		double a = Constants.WGS84_EARTH_EQUATORIAL_RADIUS / 1e3 + altitudeKm;
		return a * (1.0 - eccentricity) - Constants.WGS84_EARTH_EQUATORIAL_RADIUS / 1e3;
	}

	/** A new (not thread-safe) propagator for an orbit without problems. */
	static Propagator propagator(OrbitElements o) {
		OrbitData data = OrbitData.get();
		if (o.isTle()) {
			TLE tle = new TLE(o.tleLine1(), o.tleLine2(), data.utc());
			return TLEPropagator.selectExtrapolator(tle, data.teme());
		}
		double a = Constants.WGS84_EARTH_EQUATORIAL_RADIUS + o.altitudeKm() * 1e3;
		KeplerianOrbit orbit = new KeplerianOrbit(a, o.eccentricity(), Math.toRadians(o.inclinationDeg()),
				Math.toRadians(o.argOfPerigeeDeg()), Math.toRadians(o.raanDeg()), Math.toRadians(o.meanAnomalyDeg()),
				PositionAngleType.MEAN, data.inertial(), new AbsoluteDate(o.epoch(), data.utc()),
				Constants.EIGEN5C_EARTH_MU);
		return new EcksteinHechlerPropagator(orbit, Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS, Constants.EIGEN5C_EARTH_MU,
				Constants.EIGEN5C_EARTH_C20, Constants.EIGEN5C_EARTH_C30, Constants.EIGEN5C_EARTH_C40,
				Constants.EIGEN5C_EARTH_C50, Constants.EIGEN5C_EARTH_C60);
	}
}
