/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.cv;

import org.openqci.core.spi.DetectionScheme;
import org.openqci.core.spi.LinkBudget;

/**
 * One GG02 link in the normalisation of J. Lodewyck et al., Phys. Rev. A 76, 042305 (2007) and
 * F. Laudenbach et al., Adv. Quantum Technol. 1, 1800011 (2018): Alice sends coherent states
 * whose quadratures are Gaussian with modulation variance V_A, the channel has transmittance T
 * and excess noise xi (shot-noise units, referred to the channel input), and Bob's coherent
 * receiver has quantum efficiency eta and electronic noise v_el (shot-noise units at the
 * detector). With V = V_A + 1 the added noises, referred to the channel input, are
 *
 * <pre>
 * chi_line = 1/T - 1 + xi
 * chi_hom  = (1 - eta + v_el) / eta            (homodyne)
 * chi_het  = (2 - eta + 2 v_el) / eta          (heterodyne: one more unit of vacuum)
 * chi_tot  = chi_line + chi_det / T
 * </pre>
 *
 * and Alice and Bob share the mutual information (Shannon capacity of the Gaussian channel)
 *
 * <pre>
 * I_AB = 1/2 log2((V + chi_tot) / (1 + chi_tot)) = 1/2 log2(1 + SNR),  SNR = eta T V_A / (1 + v_el + eta T xi)
 * I_AB =     log2((V + chi_tot) / (1 + chi_tot)) =     log2(1 + SNR),  SNR = eta T V_A / (2 + 2 v_el + eta T xi)
 * </pre>
 *
 * for homodyne and heterodyne detection (one resp. two quadratures per pulse; SNR per measured
 * quadrature). The SNR form is evaluated with log1p, exact for T down to the smallest doubles.
 *
 * @param modulationVariance V_A, shot-noise units, &gt;= 0
 * @param transmittance      T, in [0, 1]
 * @param excessNoise        xi, shot-noise units referred to the channel input, &gt;= 0
 * @param efficiency         eta, in (0, 1] for a working receiver
 * @param electronicNoise    v_el, shot-noise units, &gt;= 0
 * @param heterodyne         whether Bob measures both quadratures (heterodyne) or one (homodyne)
 */
record Gg02Link(double modulationVariance, double transmittance, double excessNoise, double efficiency,
		double electronicNoise, boolean heterodyne) {

	private static final double LN2 = Math.log(2.0);

	/** Clamps the inputs into their physical ranges (NaN and an infinite V_A become 0). */
	Gg02Link {
		modulationVariance = finite(modulationVariance);
		transmittance = Math.min(nonNegative(transmittance), 1.0);
		excessNoise = nonNegative(excessNoise);
		efficiency = Math.min(nonNegative(efficiency), 1.0);
		electronicNoise = nonNegative(electronicNoise);
	}

	/** The link a protocol sees: V_A from the source, T from the channel, eta and v_el from the detector. */
	static Gg02Link of(LinkBudget budget, double excessNoise) {
		return new Gg02Link(budget.source().signalIntensity(), budget.channel().transmittance(), excessNoise,
				budget.detector().efficiency(), budget.detector().electronicNoise(),
				budget.detector().scheme() == DetectionScheme.HETERODYNE);
	}

	/** Whether any key can come through: positive V_A, T and eta, finite noises. */
	boolean transmits() {
		return modulationVariance > 0.0 && transmittance > 0.0 && efficiency > 0.0
				&& excessNoise < Double.POSITIVE_INFINITY && electronicNoise < Double.POSITIVE_INFINITY;
	}

	/** The detection noise chi_hom or chi_het referred to the channel output, shot-noise units. */
	double detectionNoise() {
		return heterodyne ? (2.0 - efficiency + 2.0 * electronicNoise) / efficiency
				: (1.0 - efficiency + electronicNoise) / efficiency;
	}

	/** The signal-to-noise ratio of one measured quadrature at Bob (0 if nothing transmits). */
	double signalToNoise() {
		if (!transmits()) {
			return 0.0;
		}
		double signal = efficiency * transmittance * modulationVariance;
		double noise = (heterodyne ? 2.0 : 1.0) * (1.0 + electronicNoise)
				+ efficiency * transmittance * excessNoise;
		return signal / noise;
	}

	/** I_AB in bits per symbol. */
	double mutualInformation() {
		double bits = Math.log1p(signalToNoise()) / LN2;
		return heterodyne ? bits : 0.5 * bits;
	}

	private static double nonNegative(double x) {
		return x > 0.0 ? x : 0.0;
	}

	private static double finite(double x) {
		return x > 0.0 && x < Double.POSITIVE_INFINITY ? x : 0.0;
	}
}
