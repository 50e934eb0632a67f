/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Verification tags: equal keys agree, any difference shows, and the bound is below 2^-64. */
class VerificationHashTest {

	private final VerificationHash hash = new VerificationHash(new SplittableRandom(64));

	@Test
	void equalKeysHaveEqualTags() {
		BitString key = BitString.random(12_345, new SplittableRandom(1));
		assertArrayEquals(hash.tag(key), hash.tag(key.copy()));
	}

	@Test
	void everySingleBitErrorChangesTheTag() {
		BitString key = BitString.random(1_000, new SplittableRandom(2));
		long[] tag = hash.tag(key);
		for (int i = 0; i < key.length(); i++) {
			BitString wrong = key.copy();
			wrong.flip(i);
			assertFalse(Arrays.equals(tag, hash.tag(wrong)), "flip at " + i);
		}
	}

	@Test
	void theLengthIsPartOfTheTag() {
		assertFalse(Arrays.equals(hash.tag(BitString.zeros(60)), hash.tag(BitString.zeros(61))));
	}

	@Test
	void theCollisionBoundIsBelowTwoToTheMinus64ForLargeKeys() {
		assertTrue(VerificationHash.collisionBound(1_000_000_000) < Math.pow(2, -64));
		assertTrue(VerificationHash.collisionBound(Integer.MAX_VALUE) < Math.pow(2, -64));
	}

	@Test
	void fieldMultiplicationAgreesWithBigInteger() {
		BigInteger p = BigInteger.valueOf(VerificationHash.P);
		SplittableRandom random = new SplittableRandom(3);
		for (int i = 0; i < 10_000; i++) {
			long a = random.nextLong(VerificationHash.P);
			long b = i < 5 ? VerificationHash.P - 1 - i : random.nextLong(VerificationHash.P);
			assertEquals(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(p).longValueExact(),
					VerificationHash.multiply(a, b));
		}
	}
}
