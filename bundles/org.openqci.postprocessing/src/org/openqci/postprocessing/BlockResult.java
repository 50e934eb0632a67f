/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

/**
 * What the post-processing of one block produced.
 *
 * @param siftedBits         the key-basis bits after sifting
 * @param testQber           the QBER of the disclosed test-basis bits
 * @param testQberUpper      the upper end of its 95 % confidence interval (Wilson score)
 * @param errorsCorrected    the key-basis errors error correction found
 * @param leakedBits         the bits error correction disclosed
 * @param efficiency         leaked bits over n h(actual key error rate); NaN without errors
 * @param exchanges          authenticated question-and-answer rounds on the classical channel
 * @param authenticationBits the secret key consumed to authenticate them
 * @param finalKeyAlice      Alice's final key (empty when aborted or too short)
 * @param finalKeyBob        Bob's final key (equal to Alice's unless verification failed to notice)
 * @param aborted            why the block gave no key, or {@code null}
 */
public record BlockResult(int siftedBits, double testQber, double testQberUpper, long errorsCorrected,
		long leakedBits, double efficiency, long exchanges, long authenticationBits, BitString finalKeyAlice,
		BitString finalKeyBob, String aborted) {

	/** The final key's length in bits. */
	public int finalBits() {
		return finalKeyAlice.length();
	}

	/** Whether the block was aborted. */
	public boolean isAborted() {
		return aborted != null;
	}
}
