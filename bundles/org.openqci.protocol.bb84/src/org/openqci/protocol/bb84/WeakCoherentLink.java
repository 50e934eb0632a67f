/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import org.openqci.core.spi.LinkBudget;
import org.openqci.physics.DecoyStateBounds;

/**
 * The expected detection statistics of phase-randomised weak coherent pulses on a lossy, noisy
 * link, as modelled in X. Ma, B. Qi, Y. Zhao, H.-K. Lo, "Practical decoy state for quantum key
 * distribution", Phys. Rev. A 72, 012326 (2005), Sec. II (the channel model used for all their
 * simulations):
 *
 * <pre>
 * eta_i = 1 - (1 - eta)^i,   Y_i = Y0 + eta_i - Y0 eta_i,   e_i Y_i = e0 Y0 + e_d eta_i
 * Q_mu = Y0 + 1 - e^(-eta mu),   E_mu Q_mu = e0 Y0 + e_d (1 - e^(-eta mu))
 * </pre>
 *
 * with e0 = 1/2. (The gain drops the term -Y0 (1 - e^(-eta mu)) of order Y0 Q, as the paper does;
 * the published numbers are reproduced with this form.) 1 - e^(-x) is evaluated as
 * -expm1(-x), which keeps full precision at the small eta mu of long links.
 *
 * @param eta          overall transmittance (channel times Bob's detection efficiency)
 * @param y0           background yield per gate (dark counts plus channel noise)
 * @param misalignment probability e_d that a detected photon hits the wrong detector
 */
record WeakCoherentLink(double eta, double y0, double misalignment) {

	/** Clamps the inputs into their physical ranges. */
	WeakCoherentLink {
		eta = clampProbability(eta);
		y0 = clampProbability(y0);
		misalignment = clampProbability(misalignment);
	}

	/** The link seen by a protocol: eta = t_channel eta_Bob, Y0 = dark counts + channel noise. */
	static WeakCoherentLink of(LinkBudget budget) {
		return new WeakCoherentLink(budget.overallTransmittance(), budget.backgroundProbability(),
				budget.detector().misalignmentError());
	}

	/** Probability 1 - e^(-eta intensity) that at least one photon of a pulse is detected. */
	double signalDetection(double intensity) {
		return -Math.expm1(-eta * intensity);
	}

	/** The gain Q of pulses of the given mean photon number. */
	double gain(double intensity) {
		return y0 + signalDetection(intensity);
	}

	/** The error gain E Q of pulses of the given mean photon number. */
	double errorGain(double intensity) {
		return DecoyStateBounds.E0 * y0 + misalignment * signalDetection(intensity);
	}

	/** The quantum bit error rate E of pulses of the given mean photon number (0 if no clicks). */
	double qber(double intensity) {
		double q = gain(intensity);
		return q > 0.0 ? errorGain(intensity) / q : 0.0;
	}

	/** The single-photon yield Y1 = Y0 + eta - Y0 eta. */
	double singlePhotonYield() {
		return y0 + eta * (1.0 - y0);
	}

	/** The single-photon error rate e1 = (e0 Y0 + e_d eta) / Y1 (1/2 if Y1 = 0). */
	double singlePhotonError() {
		double y1 = singlePhotonYield();
		return y1 > 0.0 ? (DecoyStateBounds.E0 * y0 + misalignment * eta) / y1 : DecoyStateBounds.E0;
	}

	private static double clampProbability(double p) {
		return p > 0.0 ? Math.min(p, 1.0) : 0.0;
	}
}
