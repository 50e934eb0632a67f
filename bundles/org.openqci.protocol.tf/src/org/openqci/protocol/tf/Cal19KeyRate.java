/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.tf;

import org.openqci.physics.Entropy;

/**
 * The asymptotic key rate of the twin-field protocol of M. Curty, K. Azuma, H.-K. Lo, "Simple
 * security proof of twin-field type quantum key distribution protocol", npj Quantum Inf. 5, 64
 * (2019) (arXiv:1807.07667, "Protocol 3"), with infinitely many decoy intensities. Alice and Bob
 * encode their key bit in the sign of coherent states |&plusmn;alpha&gt; (X basis) and test with
 * phase-randomised coherent states (Z basis, the decoys); Charlie announces which detector, c or
 * d, clicked, and Bob flips his bit after a d click. Per detector j:
 *
 * <pre>
 * Q_j   = [P(right) + P(wrong)] / 2,   e_X,j Q_j = P(wrong) / 2          (Eqs. (27)-(31))
 * c_n   = e^(-mu/2) mu^(n/2) / sqrt(n!)                                  (Eqs. (12)-(13))
 * e_ph,j &lt;= { [sum_{n,m even} c_n c_m sqrt(Y_nm)]^2 + [sum_{n,m odd} c_n c_m sqrt(Y_nm)]^2 } / Q_j   (Eqs. (20)-(21))
 * R     = sum_{j=c,d} Q_j [1 - h(e_ph,j) - f h(e_X,j)]                  (Eqs. (17)-(19))
 * </pre>
 *
 * with mu = alpha^2 the source's signal intensity, P(right), P(wrong) the click probabilities of
 * two coherent states in phase ({@link TwinFieldLink}) and Y_nm the photon-number yields
 * ({@link FockYields}). Equation numbers are those of arXiv:1807.07667v2 as quoted by an
 * independent implementation; they could not be checked against the npj text. By symmetry the two
 * detectors give the same terms. The sums run exactly over n, m &lt;= 9; the rest is bounded with
 * Y_nm &lt;= 1, i.e. by (sum_s c)^2 - (sum_{s, n &lt;= 9} c)^2, as in their Eq. (22), so e_ph stays an
 * upper bound (tight to 1e-7 relative at the optimal mu). The basis-choice probability is taken to
 * 1 (asymptotic limit) and the X-basis leakage is f h(e_X); the paper takes f = 1.
 */
final class Cal19KeyRate {

	/** Above this mean photon number the rate is reported as 0 (it is negligible there anyway). */
	static final double MAX_INTENSITY = 50.0;

	private Cal19KeyRate() {
	}

	/**
	 * The quantities of one operating point.
	 *
	 * @param rate       secret key per pulse pair, &gt;= 0
	 * @param gain       probability of an effective event in the X basis, 2 Q_j
	 * @param bitError   e_X
	 * @param phaseError the upper bound on e_ph, &lt;= 1/2
	 */
	record Result(double rate, double gain, double bitError, double phaseError) {
	}

	/**
	 * The key rate.
	 *
	 * @param link         the link
	 * @param mu           alpha^2, the mean photon number of the X-basis coherent states
	 * @param ecEfficiency f
	 */
	static Result evaluate(TwinFieldLink link, double mu, double ecEfficiency) {
		if (!(mu > 0.0 && mu <= MAX_INTENSITY)) {
			return new Result(0.0, 0.0, 0.5, 0.5);
		}
		double right = link.alignedRightClick(mu);
		double wrong = link.alignedWrongClick(mu);
		double q = 0.5 * (right + wrong);
		if (!(q > 0.0)) {
			return new Result(0.0, 0.0, 0.5, 0.5);
		}
		double bitError = Math.min(0.5, 0.5 * wrong / q);
		double phaseError = Math.min(0.5, phaseErrorBound(link, mu) / q);
		double perDetector = q * (1.0 - Entropy.binary(phaseError) - ecEfficiency * Entropy.binary(bitError));
		double rate = 2.0 * perDetector;
		return new Result(rate > 0.0 ? rate : 0.0, 2.0 * q, bitError, phaseError);
	}

	/** The numerator of the phase-error bound, sum over the parities s of (sum c_n c_m sqrt(Y_nm))^2. */
	private static double phaseErrorBound(TwinFieldLink link, double mu) {
		FockYields yields = new FockYields(link);
		int n = FockYields.N_MAX;
		double[] c = new double[n + 1];
		c[0] = Math.exp(-0.5 * mu);
		for (int i = 1; i <= n; i++) {
			c[i] = c[i - 1] * Math.sqrt(mu / i);
		}
		// Tails sum_{k > N_MAX, k = s mod 2} c_k, by the same recurrence, until negligible.
		double[] tail = new double[2];
		double ck = c[n];
		for (int k = n + 1; k < 100_000; k++) {
			ck *= Math.sqrt(mu / k);
			tail[k & 1] += ck;
			if (k > mu && ck <= 1e-18 * (tail[0] + tail[1])) {
				break;
			}
		}
		double bound = 0.0;
		for (int s = 0; s <= 1; s++) {
			double sum = 0.0;
			double truncated = 0.0;
			for (int i = s; i <= n; i += 2) {
				truncated += c[i];
				for (int j = s; j <= n; j += 2) {
					double y = yields.yield(i, j);
					sum += c[i] * c[j] * Math.sqrt(y > 0.0 ? y : 0.0);
				}
			}
			// sum over pairs not both <= N_MAX with Y <= 1: (P_s)^2 - (P_s,trunc)^2 = tail (tail + 2 trunc)
			sum += tail[s] * (tail[s] + 2.0 * truncated);
			bound += sum * sum;
		}
		return bound;
	}
}
