/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.physics;

/**
 * Upper bounds on the secret key per channel use of a point-to-point link of transmittance eta
 * without quantum repeaters. No point-to-point protocol model may exceed {@link #plob(double)}.
 * Both are computed with {@link Math#log1p(double)}, so they keep full relative precision for
 * transmittances down to the smallest doubles (e.g. eta = 1e-12).
 */
public final class RepeaterlessBounds {

	private static final double LN2 = Math.log(2.0);

	private RepeaterlessBounds() {
	}

	/**
	 * The PLOB bound -log2(1 - eta), the secret-key capacity of the pure-loss channel: S. Pirandola,
	 * R. Laurenza, C. Ottaviani, L. Banchi, "Fundamental limits of repeaterless quantum
	 * communications", Nat. Commun. 8, 15043 (2017).
	 *
	 * @param eta channel transmittance in [0, 1]
	 * @return bits per channel use; 0 for eta &lt;= 0, +infinity for eta &gt;= 1, NaN for NaN
	 */
	public static double plob(double eta) {
		if (Double.isNaN(eta)) {
			return Double.NaN;
		}
		if (eta <= 0.0) {
			return 0.0;
		}
		if (eta >= 1.0) {
			return Double.POSITIVE_INFINITY;
		}
		return -Math.log1p(-eta) / LN2;
	}

	/**
	 * The TGW bound log2((1 + eta) / (1 - eta)): M. Takeoka, S. Guha, M. M. Wilde, "Fundamental
	 * rate-loss tradeoff for optical quantum key distribution", Nat. Commun. 5, 5235 (2014).
	 *
	 * @param eta channel transmittance in [0, 1]
	 * @return bits per channel use; 0 for eta &lt;= 0, +infinity for eta &gt;= 1, NaN for NaN
	 */
	public static double tgw(double eta) {
		if (Double.isNaN(eta)) {
			return Double.NaN;
		}
		if (eta <= 0.0) {
			return 0.0;
		}
		if (eta >= 1.0) {
			return Double.POSITIVE_INFINITY;
		}
		return (Math.log1p(eta) - Math.log1p(-eta)) / LN2;
	}
}
