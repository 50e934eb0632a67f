/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.util.Objects;

/**
 * One block after sifting: Alice's and Bob's key-basis bits, and the statistics parameter
 * estimation works from, per intensity (signal first).
 *
 * @param alice          Alice's sifted key
 * @param bob            Bob's sifted key (same length)
 * @param keyDetections  key-basis detections per intensity (they sum to the key length)
 * @param testDetections test-basis detections per intensity (disclosed)
 * @param testErrors     errors among them
 * @param pulses         the pulses the block took
 */
public record SiftedBlock(BitString alice, BitString bob, long[] keyDetections, long[] testDetections,
		long[] testErrors, long pulses) {

	/** Checks the lengths and copies the counts. */
	public SiftedBlock {
		Objects.requireNonNull(alice, "alice");
		Objects.requireNonNull(bob, "bob");
		if (alice.length() != bob.length()) {
			throw new IllegalArgumentException("Alice has " + alice.length() + " sifted bits, Bob " + bob.length());
		}
		keyDetections = keyDetections.clone();
		testDetections = testDetections.clone();
		testErrors = testErrors.clone();
		if (keyDetections.length != testDetections.length || testErrors.length != testDetections.length) {
			throw new IllegalArgumentException("one count per intensity in each array");
		}
	}

	/** The test-basis detections over all intensities. */
	public long totalTestDetections() {
		long sum = 0;
		for (long n : testDetections) {
			sum += n;
		}
		return sum;
	}

	/** The test-basis errors over all intensities. */
	public long totalTestErrors() {
		long sum = 0;
		for (long n : testErrors) {
			sum += n;
		}
		return sum;
	}

	@Override
	public long[] keyDetections() {
		return keyDetections.clone();
	}

	@Override
	public long[] testDetections() {
		return testDetections.clone();
	}

	@Override
	public long[] testErrors() {
		return testErrors.clone();
	}
}
