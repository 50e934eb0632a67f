/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.util.Arrays;
import java.util.Objects;

/**
 * Privacy amplification by Toeplitz hashing: the final key is {@code y = T x (mod 2)} for the
 * corrected key {@code x} of {@code n} bits and the {@code m x n} Toeplitz matrix
 * {@code T[i][j] = s[i - j + n - 1]} given by a public random seed {@code s} of
 * {@code n + m - 1} bits. Toeplitz matrices form a universal family (H. Krawczyk, CRYPTO '94,
 * LNCS 839, 129), so the leftover hash lemma applies; the output length comes from the
 * protocol's finite-key bound.
 *
 * <p>{@code T x} is a slice of the linear convolution of {@code s} and {@code x}:
 * {@code y[i] = (s * x)[i + n - 1]}, computed exactly as integers with a number-theoretic
 * transform ({@link BabyBearNtt}) in {@code O((n + m) log(n + m))} and then reduced modulo 2.
 * A cyclic convolution of length {@code N >= n + m - 1} gives the slice without wrap-around.
 * When {@code n + m} exceeds the largest transform ({@code 2^27}), the matrix is cut into square
 * Toeplitz blocks of {@code L} rows and columns (zero-padded at the edges), each block's
 * product a convolution of length {@code 2L}; the blocks of a row of blocks are summed in the
 * transformed domain and inverted once.
 */
public final class ToeplitzHash {

	private ToeplitzHash() {
	}

	/** The seed length {@code n + m - 1} for {@code n} input and {@code m} output bits. */
	public static int seedLength(int inputBits, int outputBits) {
		return inputBits + outputBits - 1;
	}

	/**
	 * The hash of {@code key} to {@code outputBits} bits with the Toeplitz matrix of {@code seed},
	 * by the number-theoretic transform.
	 */
	public static BitString hash(BitString key, BitString seed, int outputBits) {
		check(key, seed, outputBits);
		return outputBits == 0 ? BitString.zeros(0) : new Hasher(seed, key.length(), outputBits).hash(key);
	}

	/**
	 * A hasher for keys of {@code inputBits} bits with one seed, whose transform is computed once:
	 * Alice and Bob hash their keys with the same public seed.
	 */
	public static Hasher hasher(BitString seed, int inputBits, int outputBits) {
		if (outputBits < 1 || outputBits > inputBits || seed.length() != seedLength(inputBits, outputBits)) {
			throw new IllegalArgumentException("a seed of " + seedLength(inputBits, outputBits) + " bits hashes "
					+ inputBits + " bits to 1.." + inputBits + " bits");
		}
		return new Hasher(seed, inputBits, outputBits);
	}

	/**
	 * Hashes keys of one length with one seed. Not thread-safe. Keys that fit one transform share
	 * the seed's transform; larger ones are hashed block by block.
	 */
	public static final class Hasher {
		private final int n;
		private final int m;
		private final BitString seed;
		private final int chunk;
		private final BabyBearNtt.Plan plan;
		private final int[] seedTransform;

		private Hasher(BitString seed, int n, int m) {
			this(seed, n, m, BabyBearNtt.MAX_LENGTH);
		}

		/**
		 * A hasher whose transforms have at most {@code maxTransform} points (a power of two): if
		 * that is too small for the whole product, the matrix is cut into blocks of a quarter of
		 * it (transforms of half of it, to bound the memory).
		 */
		Hasher(BitString seed, int n, int m, int maxTransform) {
			this.n = n;
			this.m = m;
			this.seed = seed;
			int size = Integer.highestOneBit(Math.max(1, n + m - 2)) << 1;
			if (size > maxTransform) {
				this.chunk = maxTransform / 4;
				plan = BabyBearNtt.Plan.of(2 * chunk);
				seedTransform = null;
			} else {
				this.chunk = 0;
				plan = BabyBearNtt.Plan.of(size);
				seedTransform = new int[size];
				spread(seed, 0, seed.length(), seedTransform);
				plan.forward(seedTransform);
			}
		}

		/** The hash of a key of the hasher's input length. */
		public BitString hash(BitString key) {
			if (key.length() != n) {
				throw new IllegalArgumentException("this hasher takes keys of " + n + " bits, not " + key.length());
			}
			if (seedTransform == null) {
				return hashInBlocks(key);
			}
			int[] x = new int[seedTransform.length];
			spread(key, 0, n, x);
			plan.forward(x);
			plan.multiplyAndInvert(x, seedTransform);
			long[] words = new long[(m + 63) >>> 6];
			for (int i = 0; i < m; i++) {
				words[i >>> 6] |= (long) (BabyBearNtt.fromMontgomery(x[i + n - 1]) & 1) << i;
			}
			return BitString.of(m, words);
		}

		/**
		 * Row of blocks by row of blocks: output bits [aL, aL + L) are the slice from L - 1 of the
		 * sum over b of the convolutions of key bits [bL, bL + L) with seed bits from
		 * {@code aL - bL + n - L} (2L - 1 of them; outside the seed, zeros, which only ever meet
		 * padding).
		 */
		private BitString hashInBlocks(BitString key) {
			int size = 2 * chunk;
			int[] sum = new int[size];
			int[] x = new int[size];
			int[] s = new int[size];
			long[] words = new long[(m + 63) >>> 6];
			for (long a = 0; a * chunk < m; a++) {
				Arrays.fill(sum, 0);
				for (long b = 0; b * chunk < n; b++) {
					Arrays.fill(x, 0);
					spread(key, b * chunk, chunk, x);
					plan.forward(x);
					Arrays.fill(s, 0);
					spread(seed, a * chunk - b * chunk + n - chunk, size - 1, s);
					plan.forward(s);
					plan.multiplyAdd(sum, x, s);
				}
				plan.multiplyAndInvert(sum, null);
				for (int i = 0; i < chunk && a * chunk + i < m; i++) {
					int bit = (int) (a * chunk + i);
					words[bit >>> 6] |= (long) (BabyBearNtt.fromMontgomery(sum[i + chunk - 1]) & 1) << bit;
				}
			}
			return BitString.of(m, words);
		}

		/**
		 * {@code count} bits from {@code from} (those outside the string are left alone) one per
		 * element, as the Montgomery forms of 0 and 1; the rest of {@code into} must be zero.
		 */
		private static void spread(BitString bits, long from, int count, int[] into) {
			int one = BabyBearNtt.toMontgomery(1);
			int first = (int) Math.max(0, from);
			int end = (int) Math.min(bits.length(), from + count);
			long word = first < end ? bits.word(first >>> 6) : 0;
			for (int i = first; i < end; i++) {
				if ((i & 63) == 0) {
					word = bits.word(i >>> 6);
				}
				into[(int) (i - from)] = (int) (word >>> i & 1L) * one;
			}
		}
	}

	/** The same hash by the matrix product, bit by bit: {@code O(n m)}, for tests and small keys. */
	public static BitString hashDirect(BitString key, BitString seed, int outputBits) {
		check(key, seed, outputBits);
		int n = key.length();
		BitString y = BitString.zeros(outputBits);
		for (int i = 0; i < outputBits; i++) {
			int sum = 0;
			for (int j = 0; j < n; j++) {
				sum ^= seed.bit(i - j + n - 1) & key.bit(j);
			}
			y.set(i, sum != 0);
		}
		return y;
	}

	private static void check(BitString key, BitString seed, int outputBits) {
		Objects.requireNonNull(key, "key");
		if (outputBits < 0 || outputBits > key.length()) {
			throw new IllegalArgumentException("the output of " + outputBits + " bits must be between 0 and the "
					+ key.length() + " input bits");
		}
		if (outputBits > 0 && seed.length() != seedLength(key.length(), outputBits)) {
			throw new IllegalArgumentException("the seed has " + seed.length() + " bits; " + key.length() + " in and "
					+ outputBits + " out need " + seedLength(key.length(), outputBits));
		}
	}
}
