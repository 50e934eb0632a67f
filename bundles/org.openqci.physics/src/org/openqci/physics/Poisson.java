/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.physics;

/**
 * Photon-number statistics of a phase-randomised weak coherent pulse: the photon number is
 * Poisson distributed with the pulse's mean photon number.
 */
public final class Poisson {

	private Poisson() {
	}

	/**
	 * P(n) = mean^n e^-mean / n!.
	 *
	 * @param n    photon number, &gt;= 0
	 * @param mean mean photon number, &gt;= 0
	 * @return the probability of exactly n photons
	 */
	public static double probability(int n, double mean) {
		if (n < 0) {
			throw new IllegalArgumentException("negative photon number " + n);
		}
		if (n > 100) {
			return Math.exp(n * Math.log(mean) - mean - logFactorial(n));
		}
		double p = Math.exp(-mean);
		for (int k = 1; k <= n; k++) {
			p *= mean / k;
		}
		return p;
	}

	/**
	 * The probability of two or more photons, 1 - (1 + mean) e^-mean. For small means the
	 * closed form cancels catastrophically (the result is about mean^2 / 2), so below 1 the
	 * tail series e^-mean * sum_{k>=2} mean^k / k! is summed instead.
	 *
	 * @param mean mean photon number, &gt;= 0
	 * @return P(n &gt;= 2)
	 */
	public static double multiPhotonProbability(double mean) {
		if (!(mean > 0.0)) {
			return mean == 0.0 ? 0.0 : Double.NaN;
		}
		if (mean >= 1.0) {
			return -Math.expm1(-mean) - mean * Math.exp(-mean);
		}
		double term = mean * mean / 2.0;
		double sum = 0.0;
		for (int k = 3; term > 1e-18 * sum; k++) {
			sum += term;
			term *= mean / k;
		}
		return sum * Math.exp(-mean);
	}

	private static double logFactorial(int n) {
		double s = 0.0;
		for (int k = 2; k <= n; k++) {
			s += Math.log(k);
		}
		return s;
	}
}
