/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import org.openqci.physics.Entropy;

/**
 * Rate adaptation by puncturing and shortening (D. Elkouss, J. Martinez-Mateo and V. Martin,
 * "Information reconciliation for quantum key distribution", Quantum Inf. Comput. 11, 226 (2011),
 * arXiv:1007.1616): a mother code of rate {@code R0} with {@code p} punctured and {@code s}
 * shortened of its {@code n} bits has rate {@code R = (R0 - σ) / (1 - π - σ)}, {@code π = p/n},
 * {@code σ = s/n}, and carries {@code k = n - p - s} key bits for {@code m - p} bits of leakage,
 * so {@code f = (1 - R) / h(QBER) = (m - p) / (k h(QBER))}.
 *
 * <p>A frame starts at efficiency {@code f0} and keeps, as punctured bits, a reserve that blind
 * rounds ({@link Ldpc}) reveal until the efficiency reaches {@code fMax}: with {@code k} key bits
 * and leakage {@code l = h(QBER)} per key bit at {@code f = 1}, {@code p = m - f0 l k} and
 * {@code m = fMax l k} at most. The punctured bits are the first of the code's
 * {@link UntaintedPuncturing} order, at most as many as it allows. A key is cut into as few
 * frames as the codes allow at that, all of nearly the same size (the shortfall of the last
 * frame is spread over all of them as extra shortening), and each frame gets the highest-rate
 * code that gives it this reserve.
 */
final class RateAdaptation {

	/**
	 * One frame.
	 *
	 * @param code       the index of the mother code ({@link LdpcCodes#code})
	 * @param keyBits    the key bits it carries
	 * @param punctured  the punctured bits at the start
	 * @param shortened  the shortened bits
	 */
	record Frame(int code, int keyBits, int punctured, int shortened) {
	}

	private RateAdaptation() {
	}

	/**
	 * The frames of a key of {@code n} bits at error rate {@code qber}, each leaking
	 * {@code f0 h(qber)} per key bit at the start and up to {@code fMax h(qber)} when its punctured
	 * bits are all revealed, where the codes allow.
	 */
	static Frame[] plan(int n, double qber, double f0, double fMax) {
		double entropy = Entropy.binary(qber);
		int perFrame = 0;
		for (int i = 0; i < LdpcCodes.count(); i++) {
			perFrame = Math.max(perFrame, largestFrame(i, entropy, f0, fMax));
		}
		if (perFrame == 0) {
			// so low an error rate that the highest-rate code punctured to the most still leaks more
			perFrame = LdpcCodes.FRAME_LENGTH - LdpcCodes.code(LdpcCodes.count() - 1).maxPunctured();
		}
		int frames = Math.max(1, (n + perFrame - 1) / perFrame);
		Frame[] plan = new Frame[frames];
		for (int f = 0; f < frames; f++) {
			int keyBits = n / frames + (f < n % frames ? 1 : 0);
			plan[f] = frame(keyBits, entropy, f0, fMax);
		}
		return plan;
	}

	/** The most key bits code {@code i} carries with the reserve, 0 if it cannot. */
	private static int largestFrame(int i, double entropy, double f0, double fMax) {
		int n = LdpcCodes.FRAME_LENGTH;
		int m = LdpcCodes.checks(i);
		// m <= fMax h k, and k + p <= n with p = m - f0 h k
		int k = (int) Math.min(n, Math.min(Math.floor(m / (fMax * entropy)), Math.floor((n - m) / (1 - f0 * entropy))));
		return k > 0 && feasible(i, k, entropy, f0) ? k : 0;
	}

	/** Whether code {@code i} can start {@code k} key bits at {@code f0}. */
	private static boolean feasible(int i, int k, double entropy, double f0) {
		int p = LdpcCodes.checks(i) - leak(k, entropy * f0);
		return p >= 0 && p <= LdpcCodes.FRAME_LENGTH - k && p <= LdpcCodes.FRAME_LENGTH / 4
				&& p <= LdpcCodes.code(i).maxPunctured();
	}

	/** The frame for {@code keyBits} key bits: the highest-rate code that gives the reserve. */
	private static Frame frame(int keyBits, double entropy, double f0, double fMax) {
		int n = LdpcCodes.FRAME_LENGTH;
		int target = leak(keyBits, entropy * f0);
		for (int i = LdpcCodes.count() - 1; i >= 0; i--) {
			if (LdpcCodes.checks(i) >= fMax * entropy * keyBits && feasible(i, keyBits, entropy, f0)) {
				int p = LdpcCodes.checks(i) - target;
				return new Frame(i, keyBits, p, n - keyBits - p);
			}
		}
		// no code gives the whole reserve: the one that leaks least at the start
		Frame best = null;
		for (int i = 0; i < LdpcCodes.count(); i++) {
			int m = LdpcCodes.checks(i);
			int p = Math.min(Math.max(0, m - target), Math.min(n - keyBits, LdpcCodes.code(i).maxPunctured()));
			if (best == null || m - p < LdpcCodes.checks(best.code()) - best.punctured()) {
				best = new Frame(i, keyBits, p, n - keyBits - p);
			}
		}
		return best;
	}

	/** The syndrome bits not punctured that {@code keyBits} key bits may leak, rounded up. */
	private static int leak(int keyBits, double leakPerBit) {
		return (int) Math.ceil(keyBits * leakPerBit);
	}
}
