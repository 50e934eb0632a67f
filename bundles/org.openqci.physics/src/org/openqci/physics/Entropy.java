/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.physics;

/** Entropy functions used in key-rate formulas, in bits. */
public final class Entropy {

	private static final double LN2 = Math.log(2.0);

	private Entropy() {
	}

	/**
	 * The binary Shannon entropy h(p) = -p log2(p) - (1-p) log2(1-p).
	 * <p>
	 * h(0) = h(1) = 0. The function is evaluated on the smaller of p and 1-p with
	 * {@link Math#log1p(double)}, so it keeps full relative precision near 0 and near 1.
	 * Arguments below 0 or above 1 (e.g. a rounding error in an error rate) give 0; NaN gives NaN.
	 *
	 * @param p a probability
	 * @return h(p) in bits, in [0, 1]
	 */
	public static double binary(double p) {
		if (Double.isNaN(p)) {
			return Double.NaN;
		}
		if (p <= 0.0 || p >= 1.0) {
			return 0.0;
		}
		double x = p > 0.5 ? 1.0 - p : p; // exact for p > 0.5 (Sterbenz)
		return (-x * Math.log(x) - (1.0 - x) * Math.log1p(-x)) / LN2;
	}
}
