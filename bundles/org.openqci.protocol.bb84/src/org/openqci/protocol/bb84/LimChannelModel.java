/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import org.openqci.core.spi.LinkBudget;

/**
 * The expected detection and error probabilities per pulse of the fibre-based system model of
 * C. C. W. Lim, M. Curty, N. Walenta, F. Xu, H. Zbinden, "Concise security bounds for practical
 * decoy-state quantum key distribution", Phys. Rev. A 89, 022307 (2014), Sec. IV (dedicated
 * fibre), for a phase-randomised weak coherent pulse of mean photon number k:
 *
 * <pre>
 * D_k = 1 - (1 - Y0) e^(-eta_sys k)                          detection, without afterpulses
 * R_k = D_k (1 + p_ap)                                         detection, with afterpulses
 * e_k = Y0 / 2 + e_mis [1 - e^(-eta_sys k)] + p_ap D_k / 2      detection with a bit error
 * </pre>
 *
 * with eta_sys = eta_ch eta_Bob. The paper writes the background with the per-detector dark-count
 * probability p_dc of its two detectors, Y0 = 2 p_dc (so its p_dc term in e_k is Y0 / 2); here Y0 is
 * the background probability of the link (dark counts plus channel noise). The paper prints
 * e_mis [1 - exp(-eta_ch k)] with the channel transmittance alone; that would make the
 * misalignment error rate e_mis / eta_Bob = 5 % and stop even the asymptotic key near 120 km,
 * short of the paper's own Fig. 1, so the system transmittance is used, as in SatQuMA
 * (cnqo-qcomms/SatQuMA, {@code error_j}). The error rate of the detections is E_k = e_k / R_k,
 * which is 1/2 for background counts and afterpulses alone. 1 - e^(-x) is evaluated as
 * -expm1(-x).
 *
 * @param etaSys       overall transmittance eta_sys = eta_ch eta_Bob, in [0, 1]
 * @param y0           background probability per gate Y0 (= 2 p_dc plus channel noise), in [0, 1]
 * @param misalignment optical error probability e_mis, in [0, 1]
 * @param afterpulse   afterpulse probability p_ap, in [0, 1]
 */
record LimChannelModel(double etaSys, double y0, double misalignment, double afterpulse) {

	/** Clamps the inputs into their physical ranges. */
	LimChannelModel {
		etaSys = clamp(etaSys);
		y0 = clamp(y0);
		misalignment = clamp(misalignment);
		afterpulse = clamp(afterpulse);
	}

	/** The model of a link budget: its transmittance, background, misalignment and afterpulsing. */
	static LimChannelModel of(LinkBudget budget) {
		return new LimChannelModel(budget.overallTransmittance(), budget.backgroundProbability(),
				budget.detector().misalignmentError(), budget.detector().afterpulseProbability());
	}

	/** 1 - e^(-eta_sys k): probability that at least one photon of the pulse is detected. */
	double signal(double intensity) {
		return -Math.expm1(-etaSys * intensity);
	}

	/** D_k, the detection probability without afterpulses. */
	double detection(double intensity) {
		return y0 + (1.0 - y0) * signal(intensity);
	}

	/** R_k = D_k (1 + p_ap), the expected detection probability with afterpulses. */
	double click(double intensity) {
		return detection(intensity) * (1.0 + afterpulse);
	}

	/** e_k, the probability of a detection with a bit error. */
	double error(double intensity) {
		return 0.5 * y0 + misalignment * signal(intensity) + 0.5 * afterpulse * detection(intensity);
	}

	/** The error rate E_k = e_k / R_k of the detections (0 without detections). */
	double qber(double intensity) {
		double r = click(intensity);
		return r > 0.0 ? error(intensity) / r : 0.0;
	}

	private static double clamp(double p) {
		return p > 0.0 ? Math.min(p, 1.0) : 0.0;
	}
}
