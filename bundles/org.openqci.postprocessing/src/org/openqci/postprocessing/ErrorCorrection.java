/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

/**
 * An error-correction method: Bob's key is corrected towards Alice's over the classical channel,
 * and what was disclosed is counted. {@link Cascade} is the built-in one; another (LDPC, a
 * variant of Cascade) can take its place in a {@link Distillation}.
 */
public interface ErrorCorrection {

	/** What a correction produced and disclosed. */
	interface Outcome {

		/** Bob's corrected key (errors may remain: verification finds them). */
		BitString corrected();

		/** The bits of information about the key disclosed on the classical channel. */
		long leakedBits();

		/** The question-and-answer rounds on the classical channel, each authenticated. */
		long exchanges();
	}

	/** The method's name for reports, e.g. {@code Cascade (original)}. */
	String name();

	/**
	 * Corrects Bob's key.
	 *
	 * @param alice the key Bob's is corrected towards (read only as the protocol discloses it)
	 * @param bob   Bob's key (not changed)
	 * @param qber  the error rate the parties estimated
	 * @param seed  public randomness of the block (permutations)
	 */
	Outcome correct(BitString alice, BitString bob, double qber, long seed);

	/** Cascade in its original form ({@link Cascade}). */
	static ErrorCorrection cascade() {
		return new ErrorCorrection() {
			@Override
			public String name() {
				return "Cascade (original)";
			}

			@Override
			public Outcome correct(BitString alice, BitString bob, double qber, long seed) {
				return Cascade.reconcile(alice, bob, qber, seed);
			}
		};
	}
}
