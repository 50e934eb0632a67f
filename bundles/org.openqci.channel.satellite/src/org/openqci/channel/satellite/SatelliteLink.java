/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.satellite;

/**
 * The mean transmittance of one ground-satellite optical link at one elevation and range, the
 * product of
 *
 * <pre>
 * eta = eta_diff(a_T, w0, a_R, L, lambda)    far-field diffraction of the truncated Gaussian ({@link FarFieldDiffraction})
 *     * T_zen^(X(e) / X(90 deg))              atmospheric extinction, curved-Earth air mass ({@link Atmosphere})
 *     * 1 / (1 + T)                            uplink only: turbulent beam spreading and wander ({@link Atmosphere#uplinkSpread})
 *     * 1 / (1 + 4 sigma^2 / theta_LT^2)      pointing jitter
 *     * 10^(-intrinsicLoss / 10)              optics, coupling and other fixed losses
 * </pre>
 *
 * the model of SatQuMA (cnqo-qcomms/SatQuMA, {@code channel/time_dependent_loss.py}: diffraction
 * times atmosphere times intrinsic efficiency), extended by pointing jitter and uplink turbulence.
 * Pointing: a Gaussian beam profile exp(-2 r^2 / W^2) averaged over a circular Gaussian pointing
 * error of rms sigma per axis (offset r = sigma L Rayleigh-distributed) gives W^2 / (W^2 + 4 sigma^2 L^2)
 * on axis, here with W = theta L, theta the equivalent Gaussian divergence of the truncated beam,
 * broadened on the uplink to theta_LT = theta sqrt(1 + T); valid for a receiver small compared with
 * the beam (derived here; the same form is used by e.g. K. Toyoshima, T. Jono, K. Nakagawa, A.
 * Yamamoto, J. Opt. Soc. Am. A 19, 567 (2002), equation number not confirmed here).
 *
 * @param elevation           e in rad
 * @param range               L in m
 * @param altitude            H in m (for the turbulence integral)
 * @param wavelength          lambda in m
 * @param transmitterRadius   a_T in m
 * @param beamRadius          w0, the 1/e^2 intensity radius of the beam at the transmitter, in m
 * @param receiverRadius      a_R in m
 * @param jitter              sigma, rms pointing error per axis, in rad
 * @param intrinsic           10^(-intrinsicLoss / 10)
 * @param zenithTransmittance T_zen
 * @param groundTurbulence    A of the HV profile in m^-2/3 for an uplink; NaN for a downlink (no
 *                            beam spreading: the atmosphere is at the end of the path)
 */
record SatelliteLink(double elevation, double range, double altitude, double wavelength, double transmitterRadius,
		double beamRadius, double receiverRadius, double jitter, double intrinsic, double zenithTransmittance,
		double groundTurbulence) {

	/**
	 * The factors of the transmittance.
	 *
	 * @param diffraction eta_diff
	 * @param atmosphere  T_zen^(X / X_zen)
	 * @param turbulence  1 / (1 + T) (1 for a downlink)
	 * @param pointing    1 / (1 + 4 sigma^2 / theta_LT^2)
	 * @param intrinsic   10^(-intrinsicLoss / 10)
	 */
	record Factors(double diffraction, double atmosphere, double turbulence, double pointing, double intrinsic) {

		/** The product, in [0, 1]. */
		double transmittance() {
			double t = diffraction * atmosphere * turbulence * pointing * intrinsic;
			return t > 0.0 ? Math.min(1.0, t) : 0.0;
		}
	}

	/** Whether the link is an uplink (turbulence near the transmitter spreads the beam). */
	boolean uplink() {
		return !Double.isNaN(groundTurbulence);
	}

	/** The factors at this elevation and range. */
	Factors factors() {
		double diffraction = FarFieldDiffraction.collected(transmitterRadius, beamRadius, receiverRadius, range,
				wavelength);
		double atmosphere = Atmosphere.transmittance(zenithTransmittance, elevation);
		double spread = uplink()
				? Atmosphere.uplinkSpread(groundTurbulence, wavelength, beamRadius, range, altitude, elevation)
				: 0.0;
		double turbulence = 1.0 / (1.0 + spread);
		double pointing = 1.0;
		if (jitter > 0.0) {
			double theta = FarFieldDiffraction.equivalentDivergence(transmitterRadius, beamRadius, wavelength);
			double thetaLt2 = theta * theta * (1.0 + spread);
			pointing = 1.0 / (1.0 + 4.0 * jitter * jitter / thetaLt2);
		}
		return new Factors(diffraction, atmosphere, turbulence, pointing, Math.min(1.0, Math.max(0.0, intrinsic)));
	}

	/** The transmittance, in [0, 1]. */
	double transmittance() {
		return factors().transmittance();
	}

	/** The transmitter's Fresnel number a_T^2 / (lambda L) (the far-field model needs it well below 1). */
	double fresnelNumber() {
		return transmitterRadius * transmitterRadius / (wavelength * range);
	}
}
