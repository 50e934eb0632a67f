/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.tf;

/**
 * The yields Y_nm of photon-number states at Charlie's node: the probability that only detector c
 * clicks when Alice sends n photons and Bob m photons (phase-randomised, so the phase mismatch does
 * not matter, but the mode overlap V = 1 - 2 e_d does). This is what infinitely many decoy states
 * would measure (M. Curty, K. Azuma, H.-K. Lo, npj Quantum Inf. 5, 64 (2019), Methods; Eqs. (34)-(35)
 * of arXiv:1807.07667v2, which write it as a five-fold sum over the polarisation components).
 * <p>
 * Here the yields are the Taylor coefficients of the phase-randomised coherent-state click
 * probability (their Eqs. (32)-(33)) in the two intensities, which gives the closed form
 *
 * <pre>
 * Y_nm = (1 - p_d) [ (A_nm - L_nm) + p_d L_nm ],
 * A_nm = sum_{k=0}^{min(n,m)} C(n,k) C(m,k) g^k (1 - eta_A/2)^(n-k) (1 - eta_B/2)^(m-k),   g = eta_A eta_B V^2 / 4
 * L_nm = (1 - eta_A)^n (1 - eta_B)^m
 * </pre>
 *
 * (A_nm is the probability that no photon reaches detector d, L_nm that no photon arrives at all).
 * The tests check it against the five-fold sum and against Eqs. (32)-(33). A_nm - L_nm is a sum of
 * positive terms: a^n b^m - u^n v^m = (a^n - u^n) b^m + u^n (b^m - v^m), with
 * a^n - u^n = a (a^(n-1) - u^(n-1)) + u^(n-1) (a - u) and a - u = eta_A / 2, so nothing cancels at
 * high loss.
 */
final class FockYields {

	/** Largest photon number per party whose yield is computed; larger ones are bounded by 1. */
	static final int N_MAX = 9;

	private static final double[][] BINOMIAL = new double[N_MAX + 1][N_MAX + 1];

	static {
		for (int n = 0; n <= N_MAX; n++) {
			BINOMIAL[n][0] = 1.0;
			for (int k = 1; k <= n; k++) {
				BINOMIAL[n][k] = BINOMIAL[n - 1][k - 1] + (k <= n - 1 ? BINOMIAL[n - 1][k] : 0.0);
			}
		}
	}

	private final double darkCount;
	private final double g;
	private final double[] a = new double[N_MAX + 1];
	private final double[] b = new double[N_MAX + 1];
	private final double[] u = new double[N_MAX + 1];
	private final double[] v = new double[N_MAX + 1];
	private final double[] aMinusU = new double[N_MAX + 1];
	private final double[] bMinusV = new double[N_MAX + 1];

	/** The yields of a link (its mode overlap, arm transmittances and dark counts). */
	FockYields(TwinFieldLink link) {
		this.darkCount = link.darkCount();
		double overlap = link.modeOverlap();
		this.g = 0.25 * link.etaA() * link.etaB() * overlap * overlap;
		powers(link.etaA(), a, u, aMinusU);
		powers(link.etaB(), b, v, bMinusV);
	}

	/** Fills p[i] = (1 - eta/2)^i, q[i] = (1 - eta)^i and d[i] = p[i] - q[i] by the positive recurrence. */
	private static void powers(double eta, double[] p, double[] q, double[] d) {
		double half = 1.0 - 0.5 * eta;
		double lost = 1.0 - eta;
		p[0] = 1.0;
		q[0] = 1.0;
		d[0] = 0.0;
		for (int i = 1; i <= N_MAX; i++) {
			p[i] = p[i - 1] * half;
			q[i] = q[i - 1] * lost;
			d[i] = half * d[i - 1] + q[i - 1] * 0.5 * eta;
		}
	}

	/** Y_nm for 0 &lt;= n, m &lt;= {@link #N_MAX}. */
	double yield(int n, int m) {
		double detected = aMinusU[n] * b[m] + u[n] * bMinusV[m];
		double gk = 1.0;
		for (int k = 1; k <= Math.min(n, m); k++) {
			gk *= g;
			detected += BINOMIAL[n][k] * BINOMIAL[m][k] * gk * a[n - k] * b[m - k];
		}
		return (1.0 - darkCount) * (detected + darkCount * u[n] * v[m]);
	}
}
