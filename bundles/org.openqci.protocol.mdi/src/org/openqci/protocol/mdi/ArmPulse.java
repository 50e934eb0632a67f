/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.mdi;

/**
 * One sender's phase-randomised weak coherent pulse as it reaches the relay's detectors. With the
 * arm transmittance eta (channel to the relay times detector efficiency) and mean photon number a,
 * each of the relay's two beam-splitter outputs receives alpha = eta a / 2 photons on average
 * (X. Ma, M. Razavi, Phys. Rev. A 86, 062319 (2012), appendix on the polarisation scheme:
 * eta_a mu_a / 2). The quantities of
 * {@link ArmTerms} are built from
 *
 * <pre>
 * s = e^(-alpha/2),   u = 1 - s = -expm1(-alpha/2),   v = 1 - s^2 = u (1 + s),   weight = e^a
 * </pre>
 *
 * @param eta       arm transmittance including the detector efficiency, in [0, 1]
 * @param intensity mean photon number a sent, &gt;= 0
 * @param alpha     eta a / 2
 * @param s         e^(-alpha/2)
 * @param u         1 - s, to full relative precision
 * @param weight    e^a, the factor that turns a gain into the decoy generating function
 */
record ArmPulse(double eta, double intensity, double alpha, double s, double u, double weight) {

	/** The pulse of mean photon number {@code intensity} on an arm of transmittance {@code eta}. */
	static ArmPulse of(double eta, double intensity) {
		double alpha = 0.5 * eta * intensity;
		return new ArmPulse(eta, intensity, alpha, Math.exp(-0.5 * alpha), -Math.expm1(-0.5 * alpha),
				Math.exp(intensity));
	}

	/** v = 1 - e^(-alpha), to full relative precision. */
	double v() {
		return u * (1.0 + s);
	}
}
