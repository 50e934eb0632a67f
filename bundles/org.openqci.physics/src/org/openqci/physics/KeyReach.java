/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.physics;

import java.util.function.DoubleUnaryOperator;

/**
 * The reach of a protocol: the largest distance (or loss) at which its key rate is still
 * positive, found by bisection on a rate that is positive up to the reach and zero beyond it (as
 * every rate optimised over its free parameters is, since it never rises with loss).
 */
public final class KeyReach {

	private KeyReach() {
	}

	/**
	 * The largest x in [lo, hi] with a positive rate, to within {@code resolution}: {@code lo} if
	 * the rate is not positive there, {@code hi} if it is still positive there.
	 *
	 * @param rateAt     the rate as a function of distance (or loss)
	 * @param lo         the lower end of the bracket
	 * @param hi         the upper end of the bracket
	 * @param resolution the width of the final bracket, &gt; 0
	 * @return the reach, never below the point found last with a positive rate
	 */
	public static double bisect(DoubleUnaryOperator rateAt, double lo, double hi, double resolution) {
		if (!(resolution > 0.0) || !(lo <= hi)) {
			throw new IllegalArgumentException("invalid bracket [" + lo + ", " + hi + "] or resolution " + resolution);
		}
		if (!(rateAt.applyAsDouble(lo) > 0.0)) {
			return lo;
		}
		if (rateAt.applyAsDouble(hi) > 0.0) {
			return hi;
		}
		while (hi - lo > resolution) {
			double mid = 0.5 * (lo + hi);
			if (rateAt.applyAsDouble(mid) > 0.0) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
