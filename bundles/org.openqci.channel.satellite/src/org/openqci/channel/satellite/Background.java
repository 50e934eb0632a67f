/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.satellite;

/**
 * Background photons that an optical receiver collects per detection window from an extended
 * source of spectral radiance L_b filling its field of view (the night sky for a downlink, the
 * night-time Earth for an uplink), the standard radiometric estimate (e.g. C. Bonato, A. Tomaello,
 * V. Da Deppo, G. Naletto, P. Villoresi, "Feasibility of satellite quantum key distribution", New J.
 * Phys. 11, 045017 (2009), Sec. 4, which writes it with the full-angle field of view; equation
 * number not confirmed here):
 *
 * <pre>
 * n = L_b A_R Omega dlambda dt / (h c / lambda),   A_R = pi D_R^2 / 4,   Omega = 4 pi sin^2(theta_FOV / 4)
 * </pre>
 *
 * with D_R the receiver diameter, theta_FOV the full field-of-view angle (Omega the solid angle of
 * that cone, pi (theta_FOV / 2)^2 for small angles), dlambda the filter bandwidth,
 * dt the detection window and h c / lambda the photon energy. The photons are counted at the
 * aperture: the receiver's optical losses are not applied (a conservative estimate).
 * <p>
 * The radiance depends on the Sun: the night value with the Sun more than 18 degrees below the
 * horizon (astronomical night), the daylight value with the Sun above it, and in twilight a
 * log-linear interpolation between the two in the Sun's elevation (about one decade per 3 degrees
 * for the defaults; a smooth stand-in for measured twilight curves, not a fit to one). Stateless.
 */
final class Background {

	/** Planck constant times the speed of light, in J m (CODATA 2018, exact). */
	static final double HC = 6.62607015e-34 * 299792458.0;

	private Background() {
	}

	/** The Sun's elevation below which the sky is dark (astronomical twilight ends), degrees. */
	static final double NIGHT = -18.0;

	/**
	 * The background radiance at a Sun elevation: {@code night} below {@link #NIGHT}, {@code day}
	 * with the Sun above the horizon, log-linear in the elevation between them.
	 */
	static double radiance(double sunElevationDeg, double night, double day) {
		if (!(sunElevationDeg > NIGHT) || !(day > night)) {
			return night;
		}
		if (sunElevationDeg >= 0.0 || !(night > 0.0)) {
			return sunElevationDeg >= 0.0 ? day : night;
		}
		double f = (sunElevationDeg - NIGHT) / -NIGHT;
		return night * Math.pow(day / night, f);
	}

	/**
	 * Mean background photons per detection window.
	 *
	 * @param radiance         L_b in W / (m^2 sr nm)
	 * @param receiverDiameter D_R in m
	 * @param fieldOfView      full angle in rad
	 * @param filterBandwidth  in nm
	 * @param window           in s
	 * @param wavelength       in m
	 */
	static double photons(double radiance, double receiverDiameter, double fieldOfView, double filterBandwidth,
			double window, double wavelength) {
		double area = 0.25 * Math.PI * receiverDiameter * receiverDiameter;
		double sine = Math.sin(0.25 * fieldOfView);
		double solidAngle = 4.0 * Math.PI * sine * sine;
		double n = radiance * area * solidAngle * filterBandwidth * window * wavelength / HC;
		return n > 0.0 && n < Double.POSITIVE_INFINITY ? n : 0.0;
	}
}
