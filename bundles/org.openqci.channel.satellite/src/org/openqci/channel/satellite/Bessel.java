/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.satellite;

/**
 * Bessel functions of the first kind of order 0 and 1 for real arguments, as needed by the
 * diffraction integral. Below |x| = 12 they are summed from their power series,
 *
 * <pre>
 * J0(x) = sum_m (-1)^m (x^2 / 4)^m / (m!)^2,    J1(x) = (x / 2) sum_m (-1)^m (x^2 / 4)^m / (m! (m + 1)!),
 * </pre>
 *
 * (cancellation costs at most about 4 of the 16 digits there); from |x| = 12 on, from Hankel's
 * asymptotic expansion J_n(x) = sqrt(2 / (pi x)) [P cos(chi) - Q sin(chi)], chi = x - (n / 2 + 1/4) pi,
 * with P = sum_k (-1)^k a_2k, Q = sum_k (-1)^k a_2k+1, a_k = prod_{j=1..k} (4 n^2 - (2 j - 1)^2) /
 * (k! (8 x)^k), truncated at its smallest term (error of order e^(-2x), below 1e-10 from x = 12):
 * M. Abramowitz, I. A. Stegun, Handbook of Mathematical Functions (1964), Eqs. 9.1.10 and 9.2.5,
 * 9.2.9, 9.2.10. Thread-safe and allocation-free.
 */
final class Bessel {

	/** Where the power series hands over to the asymptotic expansion. */
	static final double SWITCH = 12.0;

	private Bessel() {
	}

	/** J0(x). */
	static double j0(double x) {
		double ax = Math.abs(x);
		return ax < SWITCH ? series(ax, 0) : hankel(ax, 0);
	}

	/** J1(x) (odd in x). */
	static double j1(double x) {
		double ax = Math.abs(x);
		double v = ax < SWITCH ? series(ax, 1) : hankel(ax, 1);
		return x < 0 ? -v : v;
	}

	/** The power series of J_n(x), n = 0 or 1, x &gt;= 0. */
	private static double series(double x, int n) {
		double q = 0.25 * x * x;
		double term = n == 0 ? 1.0 : 0.5 * x;
		double sum = term;
		for (int m = 1; m < 200; m++) {
			term *= -q / (m * (double) (m + n));
			sum += term;
			if (Math.abs(term) < 1e-17 * Math.abs(sum) + 1e-300) {
				break;
			}
		}
		return sum;
	}

	/** Hankel's asymptotic expansion of J_n(x), n = 0 or 1, x &gt;= {@link #SWITCH}. */
	private static double hankel(double x, int n) {
		double mu = 4.0 * n * n;
		double p = 1.0;
		double q = 0.0;
		double a = 1.0;
		double previous = Double.MAX_VALUE;
		for (int k = 1; k < 100; k++) {
			double odd = 2.0 * k - 1.0;
			a *= (mu - odd * odd) / (k * 8.0 * x);
			if (Math.abs(a) >= previous || a == 0.0) {
				break; // the asymptotic series started to grow (or ended): truncate
			}
			previous = Math.abs(a);
			// a_k enters P (k even) or Q (k odd) with sign (-1)^(k/2) or (-1)^((k-1)/2)
			int half = k / 2;
			double signed = (half % 2 == 0) ? a : -a;
			if (k % 2 == 0) {
				p += signed;
			} else {
				q += signed;
			}
		}
		double chi = x - (0.5 * n + 0.25) * Math.PI;
		return Math.sqrt(2.0 / (Math.PI * x)) * (p * Math.cos(chi) - q * Math.sin(chi));
	}
}
