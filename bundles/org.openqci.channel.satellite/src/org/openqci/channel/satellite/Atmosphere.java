/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.satellite;

/**
 * Geometry and atmosphere of a ground-satellite path at elevation e (radians) to a satellite at
 * altitude h above a spherical Earth of radius R_E = 6371 km (SatQuMA's radius).
 * <ul>
 * <li>Slant range: R = sqrt((R_E + h)^2 - R_E^2 cos^2 e) - R_E sin e (the law of cosines in the
 * triangle Earth centre, station, satellite).</li>
 * <li>Extinction: T(e) = T_zen^(X(e) / X(90 deg)), Beer-Lambert scaling of the zenith transmittance
 * T_zen with the relative optical air mass of F. Kasten, A. T. Young, "Revised optical air mass
 * tables and approximation formula", Appl. Opt. 28, 4735 (1989):
 * X(e) = 1 / [sin e + 0.50572 (e_deg + 6.07995)^(-1.6364)] (their approximation formula, fitted to
 * a curved, refracting standard atmosphere; equation number not confirmed here). X(90 deg) =
 * 0.99971, so dividing by it makes T(90 deg) = T_zen exactly. It is finite at the horizon
 * (X(0) = 38), unlike sec(zenith angle).</li>
 * <li>Turbulence: the Hufnagel-Valley 5/7 profile (HV 5/7; e.g. L. C. Andrews, R. L. Phillips,
 * Laser Beam Propagation through Random Media, 2nd ed., SPIE (2005), Sec. 12.2, equation number not
 * confirmed here)
 *
 * <pre>
 * Cn2(h) = 0.00594 (v / 27)^2 (1e-5 h)^10 exp(-h / 1000) + 2.7e-16 exp(-h / 1500) + A exp(-h / 100)
 * </pre>
 *
 * (h in m, Cn2 in m^-2/3) with rms wind speed v = 21 m/s and ground turbulence A = 1.7e-14 m^-2/3
 * for HV 5/7, named after its Fried parameter r0 = 5 cm and isoplanatic angle 7 urad at 0.5 um
 * (reproduced by the tests); A is a parameter here, v is fixed at 21 m/s.</li>
 * <li>Uplink beam spreading: the long-term (short-term spot plus wander) beam radius of a
 * collimated Gaussian beam sent up through the whole atmosphere (Andrews and Phillips, Sec. 12.3,
 * equation number not confirmed here),
 *
 * <pre>
 * W_LT^2 = W^2 (1 + T),   T = 4.35 mu_2u Lambda^(5/6) k^(7/6) H^(5/6) sec^(11/6)(zeta)
 * mu_2u  = int_0^H Cn2(h) (1 - h / H)^(5/3) dh,   Lambda = Lambda0 / (1 + Lambda0^2),   Lambda0 = 2 L / (k W0^2)
 * </pre>
 *
 * with W0 the beam radius at the transmitter, L the range, H the altitude and zeta the zenith
 * angle; sec(zeta) is replaced by the air mass X(e) / X(90 deg), which is within 1 % of it above
 * 20 deg elevation and stays finite at the horizon. For a receiver small compared with the beam,
 * the mean collected power falls by 1 / (1 + T).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class Atmosphere {

	/** Mean Earth radius in m, as in SatQuMA. */
	static final double EARTH_RADIUS = 6371e3;

	/** The rms wind speed of HV 5/7 in m/s. */
	static final double HV_WIND = 21.0;

	/** The ground turbulence A of HV 5/7 in m^-2/3. */
	static final double HV_GROUND = 1.7e-14;

	/** Kasten-Young air mass at the zenith, X(90 deg). */
	static final double ZENITH_AIR_MASS = airMass(0.5 * Math.PI);

	/** Top of the turbulence integrals in m (Cn2 is negligible above). */
	private static final double TURBULENCE_TOP = 60e3;

	private Atmosphere() {
	}

	/** The slant range in m to a satellite at {@code altitude} m seen at {@code elevation} rad. */
	static double slantRange(double altitude, double elevation) {
		double r = EARTH_RADIUS;
		double outer = r + altitude;
		double c = r * Math.cos(elevation);
		return Math.sqrt(outer * outer - c * c) - r * Math.sin(elevation);
	}

	/** The Kasten-Young relative air mass X(e), e in rad (clamped to [0, 90] deg). */
	static double airMass(double elevation) {
		double e = Math.min(0.5 * Math.PI, Math.max(0.0, elevation));
		double degrees = Math.toDegrees(e);
		return 1.0 / (Math.sin(e) + 0.50572 * Math.pow(degrees + 6.07995, -1.6364));
	}

	/** The air mass relative to the zenith, X(e) / X(90 deg) (1 at the zenith). */
	static double relativeAirMass(double elevation) {
		return airMass(elevation) / ZENITH_AIR_MASS;
	}

	/** The atmospheric transmittance T_zen^(X(e) / X(90 deg)). */
	static double transmittance(double zenithTransmittance, double elevation) {
		if (!(zenithTransmittance > 0.0)) {
			return 0.0;
		}
		return Math.pow(Math.min(1.0, zenithTransmittance), relativeAirMass(elevation));
	}

	/** Cn2(h) of the Hufnagel-Valley profile with rms wind 21 m/s and ground turbulence A, in m^-2/3. */
	static double hufnagelValley(double height, double groundTurbulence) {
		double h = Math.max(0.0, height);
		double wind = HV_WIND / 27.0;
		return 0.00594 * wind * wind * Math.pow(1e-5 * h, 10) * Math.exp(-h / 1000.0)
				+ 2.7e-16 * Math.exp(-h / 1500.0) + groundTurbulence * Math.exp(-h / 100.0);
	}

	/** int_0^top Cn2(h) (1 - h / top)^(5/3) dh (weight 1 if {@code top} is infinite). */
	static double weightedIntegral(double groundTurbulence, double top, double power) {
		// piecewise Gauss-Legendre: the ground layer (scale 100 m), the boundary layer, the tropopause peak
		double[] edges = { 0.0, 300.0, 2000.0, 6000.0, 14000.0, 30000.0, TURBULENCE_TOP };
		GaussLegendre rule = GaussLegendre.atLeast(32);
		double sum = 0.0;
		for (int s = 0; s + 1 < edges.length; s++) {
			double lo = edges[s];
			double hi = Math.min(edges[s + 1], top);
			if (!(hi > lo)) {
				break;
			}
			for (int i = 0; i < rule.order(); i++) {
				double h = lo + (hi - lo) * rule.nodes[i];
				double weight = top < Double.POSITIVE_INFINITY ? Math.pow(Math.max(0.0, 1.0 - h / top), power) : 1.0;
				sum += (hi - lo) * rule.weights[i] * hufnagelValley(h, groundTurbulence) * weight;
			}
		}
		return sum;
	}

	/** int_0^60km Cn2(h) h^(5/3) dh, for the isoplanatic angle. */
	static double heightMoment(double groundTurbulence) {
		double[] edges = { 0.0, 300.0, 2000.0, 6000.0, 14000.0, 30000.0, TURBULENCE_TOP };
		GaussLegendre rule = GaussLegendre.atLeast(32);
		double sum = 0.0;
		for (int s = 0; s + 1 < edges.length; s++) {
			double lo = edges[s];
			double hi = edges[s + 1];
			for (int i = 0; i < rule.order(); i++) {
				double h = lo + (hi - lo) * rule.nodes[i];
				sum += (hi - lo) * rule.weights[i] * hufnagelValley(h, groundTurbulence) * Math.pow(h, 5.0 / 3.0);
			}
		}
		return sum;
	}

	/**
	 * The Fried parameter of a plane wave through the whole profile at zenith angle zeta (Andrews
	 * and Phillips, Sec. 12.2): r0 = [0.423 k^2 sec(zeta) int Cn2 dh]^(-3/5), in m.
	 */
	static double friedParameter(double groundTurbulence, double wavelength, double secZenith) {
		double k = 2.0 * Math.PI / wavelength;
		return Math.pow(0.423 * k * k * secZenith * weightedIntegral(groundTurbulence, Double.POSITIVE_INFINITY, 0),
				-0.6);
	}

	/**
	 * The isoplanatic angle theta0 = [2.914 k^2 sec^(8/3)(zeta) int Cn2 h^(5/3) dh]^(-3/5) in rad
	 * (Andrews and Phillips, Sec. 12.2).
	 */
	static double isoplanaticAngle(double groundTurbulence, double wavelength, double secZenith) {
		double k = 2.0 * Math.PI / wavelength;
		return Math.pow(2.914 * k * k * Math.pow(secZenith, 8.0 / 3.0) * heightMoment(groundTurbulence), -0.6);
	}

	/**
	 * T of the uplink long-term beam radius W_LT^2 = W^2 (1 + T) (see the class comment).
	 *
	 * @param groundTurbulence A of the HV profile in m^-2/3
	 * @param wavelength       lambda in m
	 * @param beamRadius       W0, the beam radius at the transmitter, in m
	 * @param range            L in m
	 * @param altitude         H in m
	 * @param elevation        e in rad
	 */
	static double uplinkSpread(double groundTurbulence, double wavelength, double beamRadius, double range,
			double altitude, double elevation) {
		double k = 2.0 * Math.PI / wavelength;
		double lambda0 = 2.0 * range / (k * beamRadius * beamRadius);
		double lambda = lambda0 / (1.0 + lambda0 * lambda0);
		double mu = weightedIntegral(groundTurbulence, altitude, 5.0 / 3.0);
		double sec = relativeAirMass(elevation);
		double t = 4.35 * mu * Math.pow(lambda, 5.0 / 6.0) * Math.pow(k, 7.0 / 6.0) * Math.pow(altitude, 5.0 / 6.0)
				* Math.pow(sec, 11.0 / 6.0);
		return t > 0.0 ? t : 0.0;
	}
}
