/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

/**
 * Observed statistics of a simulated decoy-state BB84 link, per intensity: pulses sent,
 * detections (the gain is their ratio) and, among detections where Alice's and Bob's bases agree,
 * the errors (the QBER), each with its binomial standard error.
 */
public final class LinkStatistics {

	private final long[] pulses;
	private final long[] detections;
	private final long[] sifted;
	private final long[] errors;

	/** Empty statistics for {@code intensities} intensities. */
	public LinkStatistics(int intensities) {
		pulses = new long[intensities];
		detections = new long[intensities];
		sifted = new long[intensities];
		errors = new long[intensities];
	}

	/** Adds a block's events. */
	public void add(Detections block) {
		for (int k = 0; k < pulses.length; k++) {
			pulses[k] += block.pulses(k);
		}
		for (int i = 0; i < block.size(); i++) {
			int k = block.intensity(i);
			detections[k]++;
			if (block.aliceBasis(i) == block.bobBasis(i)) {
				sifted[k]++;
				if (block.aliceBit(i) != block.bobBit(i)) {
					errors[k]++;
				}
			}
		}
	}

	/** Pulses of intensity {@code k}. */
	public long pulses(int k) {
		return pulses[k];
	}

	/** Detections of intensity {@code k}. */
	public long detections(int k) {
		return detections[k];
	}

	/** Detections of intensity {@code k} with agreeing bases. */
	public long sifted(int k) {
		return sifted[k];
	}

	/** Errors among them. */
	public long errors(int k) {
		return errors[k];
	}

	/** The gain Q_k: detections per pulse. */
	public double gain(int k) {
		return pulses[k] == 0 ? 0 : detections[k] / (double) pulses[k];
	}

	/** The standard error of the gain, {@code sqrt(Q (1 - Q) / N)}. */
	public double gainError(int k) {
		double q = gain(k);
		return pulses[k] == 0 ? 0 : Math.sqrt(q * (1 - q) / pulses[k]);
	}

	/** The QBER E_k: errors per sifted detection. */
	public double qber(int k) {
		return sifted[k] == 0 ? 0 : errors[k] / (double) sifted[k];
	}

	/** The standard error of the QBER, {@code sqrt(E (1 - E) / M)}. */
	public double qberError(int k) {
		double e = qber(k);
		return sifted[k] == 0 ? 0 : Math.sqrt(e * (1 - e) / sifted[k]);
	}
}
