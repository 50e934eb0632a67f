/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import java.util.Objects;

import org.openqci.physics.Entropy;

/**
 * The finite key of one block from the counts a system observed, as its post-processing computes
 * it: Eqs. (1)-(5) of C. C. W. Lim et al., Phys. Rev. A 89, 022307 (2014) (see
 * {@link LimFiniteKeyBounds} for the equations), with the observed detections of the key basis
 * (the paper's X) and of the test basis (the paper's Z) per intensity, the observed errors of the
 * test basis, and the bits error correction actually disclosed as lambda_EC instead of
 * {@code f_EC n h(E)}. A fixed eps_sec.
 */
public final class ObservedFiniteKey {

	/**
	 * The observed counts of one block, per intensity in the order signal, decoy, weakest decoy.
	 *
	 * @param keyDetections  detections with both bases the key basis
	 * @param testDetections detections with both bases the test basis
	 * @param testErrors     errors among the test-basis detections (disclosed)
	 */
	public record Counts(long[] keyDetections, long[] testDetections, long[] testErrors) {

		/** Checks that there are three of each and copies them. */
		public Counts {
			keyDetections = three("keyDetections", keyDetections);
			testDetections = three("testDetections", testDetections);
			testErrors = three("testErrors", testErrors);
		}

		private static long[] three(String name, long[] counts) {
			Objects.requireNonNull(counts, name);
			if (counts.length != 3) {
				throw new IllegalArgumentException(name + " must have 3 counts, not " + counts.length);
			}
			for (long c : counts) {
				if (c < 0) {
					throw new IllegalArgumentException(name + " has a negative count " + c);
				}
			}
			return counts.clone();
		}

		static long sum(long[] counts) {
			return counts[0] + counts[1] + counts[2];
		}
	}

	/**
	 * The key length and the bounds it came from.
	 *
	 * @param length          the secret key length l of Eq. (1), 0 if none
	 * @param vacuumEvents    the lower bound s_X,0 on key-basis vacuum events
	 * @param singlePhotons   the lower bound s_X,1 on key-basis single-photon events
	 * @param phaseErrorRate  the upper bound phi_X on their phase error rate
	 */
	public record Result(long length, double vacuumEvents, double singlePhotons, double phaseErrorRate) {
	}

	private ObservedFiniteKey() {
	}

	/**
	 * The key length of a block.
	 *
	 * @param intensities   mu1 &gt; mu2 + mu3, mu2 &gt; mu3 &gt;= 0
	 * @param probabilities p1, p2, p3 (p3 = 1 - p1 - p2 &gt; 0)
	 * @param counts        what the block observed
	 * @param leakedBits    the bits error correction disclosed
	 * @param epsSec        the secrecy parameter
	 * @param epsCor        the correctness parameter
	 * @return the length (0 if the bounds leave no key) and the bounds
	 */
	public static Result length(double[] intensities, double[] probabilities, Counts counts, long leakedBits,
			double epsSec, double epsCor) {
		ThreeIntensities s = new ThreeIntensities(intensities[0], intensities[1], intensities[2], probabilities[0],
				probabilities[1]);
		if (!s.isValid()) {
			throw new IllegalArgumentException("the intensities and probabilities do not meet the bounds' conditions "
					+ "(mu1 > mu2 + mu3, mu2 > mu3 >= 0, p1, p2, p3 > 0)");
		}
		if (!(epsSec > 0 && epsSec < 1 && epsCor > 0 && epsCor < 1)) {
			throw new IllegalArgumentException("eps_sec and eps_cor must be in (0, 1)");
		}
		double lnTerm = Math.log(21.0 / epsSec);
		double[] e = { Math.exp(s.mu1()), Math.exp(s.mu2()), Math.exp(s.mu3()) };
		double[] p = { s.p1(), s.p2(), s.p3() };
		double tau0 = p[0] / e[0] + p[1] / e[1] + p[2] / e[2];
		double tau1 = p[0] * s.mu1() / e[0] + p[1] * s.mu2() / e[1] + p[2] * s.mu3() / e[2];

		double[][] key = bounds(counts.keyDetections(), e, p, lnTerm);
		double[][] test = bounds(counts.testDetections(), e, p, lnTerm);
		double[][] errors = bounds(counts.testErrors(), e, p, lnTerm);
		double vacuumX = Math.max(0, LimFiniteKeyBounds.vacuumEvents(s, tau0, key[0][2], key[1][1]));
		double singleX = Math.max(0, LimFiniteKeyBounds.singlePhotonEvents(s, tau0, tau1, key[1][0], key[0][1],
				key[1][2], vacuumX));
		double vacuumZ = Math.max(0, LimFiniteKeyBounds.vacuumEvents(s, tau0, test[0][2], test[1][1]));
		double singleZ = Math.max(0, LimFiniteKeyBounds.singlePhotonEvents(s, tau0, tau1, test[1][0], test[0][1],
				test[1][2], vacuumZ));
		double errorsZ = Math.max(0, LimFiniteKeyBounds.singlePhotonErrors(s, tau1, errors[1][1], errors[0][2]));
		double phase = 0.5;
		double privacy = 0;
		if (singleX > 0 && singleZ > 0) {
			double b = Math.min(0.5, errorsZ / singleZ);
			phase = Math.min(0.5, b + LimFiniteKeyBounds.gamma(lnTerm, b, singleZ, singleX));
			privacy = singleX * (1 - Entropy.binary(phase));
		}
		double bracket = vacuumX + privacy - leakedBits - 6 * lnTerm / LimFiniteKeyBounds.LN2
				- Math.log(2 / epsCor) / LimFiniteKeyBounds.LN2;
		long length = bracket >= 1 ? (long) Math.floor(bracket) : 0;
		return new Result(length, vacuumX, singleX, phase);
	}

	/**
	 * The Hoeffding bounds {@code n-_k} (row 0) and {@code n+_k} (row 1) of counts per intensity:
	 * {@code e^k / p_k [n_k -+ sqrt(n / 2 ln(21 / eps_sec))]}, n the sum over the intensities.
	 */
	private static double[][] bounds(long[] counts, double[] e, double[] p, double lnTerm) {
		double deviation = Math.sqrt(Counts.sum(counts) / 2.0 * lnTerm);
		double[][] b = new double[2][3];
		for (int k = 0; k < 3; k++) {
			b[0][k] = e[k] / p[k] * (counts[k] - deviation);
			b[1][k] = e[k] / p[k] * (counts[k] + deviation);
		}
		return b;
	}
}
