/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

/**
 * Observed statistics of a simulated BBM92 link ({@link Bbm92Simulator}): slots, coincidences
 * (the gain Q is their ratio) and, among coincidences where Alice's and Bob's bases agree, the
 * errors in each basis and in both together (the QBER), each with its binomial standard error, to
 * compare with the gain Q_lambda and error rate E_lambda of X. Ma, C.-H. F. Fung, H.-K. Lo,
 * Phys. Rev. A 76, 012307 (2007).
 */
public final class Bbm92Statistics {

	private long slots;
	private long coincidences;
	private long bobDoubleClicks;
	private final long[] sifted = new long[2];
	private final long[] errors = new long[2];

	/** Adds a block's events. */
	public void add(Detections block) {
		slots += block.pulses();
		coincidences += block.size();
		for (int i = 0; i < block.size(); i++) {
			bobDoubleClicks += block.doubleClick(i) ? 1 : 0;
			int basis = block.aliceBasis(i);
			if (basis == block.bobBasis(i)) {
				sifted[basis]++;
				errors[basis] += block.aliceBit(i) != block.bobBit(i) ? 1 : 0;
			}
		}
	}

	/** Slots simulated. */
	public long slots() {
		return slots;
	}

	/** Coincidences: slots in which both Alice and Bob clicked. */
	public long coincidences() {
		return coincidences;
	}

	/** Coincidences in which both of Bob's detectors clicked. */
	public long bobDoubleClicks() {
		return bobDoubleClicks;
	}

	/** Coincidences with both bases {@code basis} ({@link Detections#Z} or {@link Detections#X}). */
	public long sifted(int basis) {
		return sifted[basis];
	}

	/** Errors among them. */
	public long errors(int basis) {
		return errors[basis];
	}

	/** The gain Q: coincidences per slot. */
	public double gain() {
		return slots == 0 ? 0 : coincidences / (double) slots;
	}

	/** The standard error of the gain, {@code sqrt(Q (1 - Q) / N)}. */
	public double gainError() {
		return slots == 0 ? 0 : Math.sqrt(gain() * (1 - gain()) / slots);
	}

	/** The QBER in basis {@code basis}: errors per sifted coincidence. */
	public double qber(int basis) {
		return ratio(errors[basis], sifted[basis]);
	}

	/** Its standard error, {@code sqrt(E (1 - E) / M)}. */
	public double qberError(int basis) {
		return error(errors[basis], sifted[basis]);
	}

	/** The QBER of both bases together. */
	public double qber() {
		return ratio(errors[0] + errors[1], sifted[0] + sifted[1]);
	}

	/** Its standard error. */
	public double qberError() {
		return error(errors[0] + errors[1], sifted[0] + sifted[1]);
	}

	private static double ratio(long k, long n) {
		return n == 0 ? 0 : k / (double) n;
	}

	private static double error(long k, long n) {
		double e = ratio(k, n);
		return n == 0 ? 0 : Math.sqrt(e * (1 - e) / n);
	}
}
