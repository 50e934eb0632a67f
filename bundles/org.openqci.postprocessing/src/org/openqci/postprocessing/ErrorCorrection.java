/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

/**
 * An error-correction method, the swappable stage of a {@link Distillation}: Bob's key is
 * corrected towards Alice's over the classical channel, and what was disclosed is counted.
 *
 * <p>The built-in methods (Cascade original and optimised, LDPC) are registered as OSGi services
 * of this type by Declarative Services; a plugin contributes another the same way, and the
 * simulator offers every registered one by its {@link #id()}.
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

	/** A short identifier for command lines and settings, e.g. {@code cascade-optimised}. */
	String id();

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

	/** Cascade in its original form ({@link Cascade.Variant#ORIGINAL}). */
	static ErrorCorrection cascade() {
		return cascade(Cascade.Variant.ORIGINAL);
	}

	/** Cascade in the given variant. */
	static ErrorCorrection cascade(Cascade.Variant variant) {
		return new CascadeCorrection(variant);
	}
}
