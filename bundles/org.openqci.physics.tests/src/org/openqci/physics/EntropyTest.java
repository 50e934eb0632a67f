/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The binary entropy against the values in docs physics-references ("Post-processing"). */
class EntropyTest {

	@Test
	void publishedValues() {
		// Reference values are given to 7 significant digits: relative tolerance 1e-6.
		assertEquals(0.0807931, Entropy.binary(0.01), 1e-6 * 0.0807931);
		assertEquals(0.1943919, Entropy.binary(0.03), 1e-6 * 0.1943919);
		// Exact values: h(1/2) = 1, h(1/4) = 2 - (3/4) log2(3); tolerance a few ulp.
		assertEquals(1.0, Entropy.binary(0.5), 1e-15);
		assertEquals(2.0 - 0.75 * Math.log(3.0) / Math.log(2.0), Entropy.binary(0.25), 1e-15);
	}

	@Test
	void shorPreskillThresholdWhereOneMinusTwoHVanishes() {
		// Bisection of 1 - 2 h(e) on [0.01, 0.5] to 1e-15; the reference 0.1100279 has 7 digits,
		// so the tolerance is 1e-7 (absolute).
		double lo = 0.01;
		double hi = 0.5;
		while (hi - lo > 1e-15) {
			double mid = 0.5 * (lo + hi);
			if (1.0 - 2.0 * Entropy.binary(mid) > 0.0) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		assertEquals(0.1100279, lo, 1e-7);
	}

	@Test
	void endpointsAndOutOfRange() {
		assertEquals(0.0, Entropy.binary(0.0));
		assertEquals(0.0, Entropy.binary(1.0));
		assertEquals(0.0, Entropy.binary(-1e-18));
		assertEquals(0.0, Entropy.binary(1.0 + 1e-15));
		assertTrue(Double.isNaN(Entropy.binary(Double.NaN)));
	}

	@ParameterizedTest
	@ValueSource(doubles = { 1e-300, 1e-100, 1e-20, 1e-12, 1e-8 })
	void keepsFullPrecisionNearZeroAndOne(double p) {
		// For small p: h(p) ln 2 = -p ln p + p - p^2/2 + O(p^3); relative tolerance 1e-12.
		double ln2 = Math.log(2.0);
		double expected = (-p * Math.log(p) + p - p * p / 2.0) / ln2;
		assertEquals(expected, Entropy.binary(p), 1e-12 * expected);
		// Near 1: h(x) for x = 1 - p (rounded) equals h(1 - x) exactly, no digits lost.
		double complement = 1.0 - p;
		if (complement < 1.0) {
			assertEquals(Entropy.binary(1.0 - complement), Entropy.binary(complement), 0.0);
		}
	}

	@Test
	void symmetricAndBoundedOnAGrid() {
		for (int i = 1; i < 1000; i++) {
			double p = i / 1000.0;
			double h = Entropy.binary(p);
			assertTrue(h > 0.0 && h <= 1.0, "h(" + p + ") = " + h);
			// Symmetry up to the rounding of 1 - p: tolerance 1e-14 absolute.
			assertEquals(h, Entropy.binary(1.0 - p), 1e-14);
		}
	}
}
