/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Toeplitz hashing by the number-theoretic transform equals the matrix product. */
class ToeplitzHashTest {

	@Test
	void aHandWorkedExample() {
		// n = 3, m = 2, s = s0..s3 = 1,0,1,1: T = [[s2 s1 s0], [s3 s2 s1]] = [[1 0 1], [1 1 0]]
		BitString seed = bits("1011");
		BitString key = bits("110");
		// y0 = 1*1 + 0*1 + 1*0 = 1, y1 = 1*1 + 1*1 + 0*0 = 0
		assertEquals(bits("10"), ToeplitzHash.hash(key, seed, 2));
		assertEquals(bits("10"), ToeplitzHash.hashDirect(key, seed, 2));
	}

	@Test
	void theTransformEqualsTheMatrixProductOnRandomShapes() {
		SplittableRandom random = new SplittableRandom(42);
		for (int trial = 0; trial < 200; trial++) {
			int n = 1 + random.nextInt(400);
			int m = 1 + random.nextInt(n);
			BitString key = BitString.random(n, random);
			BitString seed = BitString.random(ToeplitzHash.seedLength(n, m), random);
			assertEquals(ToeplitzHash.hashDirect(key, seed, m), ToeplitzHash.hash(key, seed, m), "n=" + n + " m=" + m);
		}
	}

	/**
	 * Keys too long for one transform (here: transforms limited to 64 points, blocks of 16) are
	 * hashed block by block, to the same result as the matrix product.
	 */
	@Test
	void hashingInBlocksEqualsTheMatrixProduct() {
		SplittableRandom random = new SplittableRandom(43);
		for (int trial = 0; trial < 200; trial++) {
			int n = 1 + random.nextInt(300);
			int m = 1 + random.nextInt(n);
			BitString key = BitString.random(n, random);
			BitString seed = BitString.random(ToeplitzHash.seedLength(n, m), random);
			assertEquals(ToeplitzHash.hashDirect(key, seed, m), new ToeplitzHash.Hasher(seed, n, m, 64).hash(key),
					"n=" + n + " m=" + m);
		}
	}

	@Test
	void aLongKeyAgreesWithTheProductOnSampledOutputBits() {
		SplittableRandom random = new SplittableRandom(5);
		int n = 100_000;
		int m = 40_000;
		BitString key = BitString.random(n, random);
		BitString seed = BitString.random(ToeplitzHash.seedLength(n, m), random);
		BitString fast = ToeplitzHash.hash(key, seed, m);
		for (int i : new int[] { 0, 1, 12_345, 39_999 }) {
			int sum = 0;
			for (int j = 0; j < n; j++) {
				sum ^= seed.bit(i - j + n - 1) & key.bit(j);
			}
			assertEquals(sum, fast.bit(i), "bit " + i);
		}
	}

	@Test
	void refusesAWrongSeedOrOutputLength() {
		BitString key = BitString.zeros(10);
		assertThrows(IllegalArgumentException.class, () -> ToeplitzHash.hash(key, BitString.zeros(10), 2));
		assertThrows(IllegalArgumentException.class, () -> ToeplitzHash.hash(key, BitString.zeros(20), 11));
		assertEquals(0, ToeplitzHash.hash(key, BitString.zeros(0), 0).length());
	}

	@Test
	void montgomeryArithmeticAgreesWithBigInteger() {
		BigInteger p = BigInteger.valueOf(BabyBearNtt.P);
		BigInteger r = BigInteger.ONE.shiftLeft(32).mod(p);
		SplittableRandom random = new SplittableRandom(9);
		for (int i = 0; i < 10_000; i++) {
			long a = i < 10 ? BabyBearNtt.P - 1 - i : random.nextLong(BabyBearNtt.P);
			long b = random.nextLong(BabyBearNtt.P);
			int ma = BabyBearNtt.toMontgomery(a);
			int mb = BabyBearNtt.toMontgomery(b);
			assertEquals(BigInteger.valueOf(a).multiply(r).mod(p).intValueExact(), ma);
			assertEquals(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(p).longValueExact(),
					BabyBearNtt.fromMontgomery(BabyBearNtt.multiply(ma, mb)));
			assertEquals((a + b) % BabyBearNtt.P, BabyBearNtt.fromMontgomery(BabyBearNtt.add(ma, mb)));
			assertEquals(Math.floorMod(a - b, (long) BabyBearNtt.P),
					BabyBearNtt.fromMontgomery(BabyBearNtt.subtract(ma, mb)));
		}
	}

	static BitString bits(String text) {
		BitString bits = BitString.zeros(text.length());
		for (int i = 0; i < text.length(); i++) {
			bits.set(i, text.charAt(i) == '1');
		}
		return bits;
	}
}
