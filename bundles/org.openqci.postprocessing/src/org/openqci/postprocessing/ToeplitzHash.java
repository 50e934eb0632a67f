/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

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

	/** Hashes keys of one length with one seed. Not thread-safe. */
	public static final class Hasher {
		private final int n;
		private final int m;
		private final BabyBearNtt.Plan plan;
		private final int[] seedTransform;

		private Hasher(BitString seed, int n, int m) {
			this.n = n;
			this.m = m;
			int size = Integer.highestOneBit(Math.max(1, n + m - 2)) << 1;
			if (size > BabyBearNtt.MAX_LENGTH) {
				throw new IllegalArgumentException(n + " bits in and " + m + " out need a transform of " + size
						+ " points; the largest is 2^27 (n + m up to 134 217 729)");
			}
			plan = BabyBearNtt.Plan.of(size);
			seedTransform = new int[size];
			spread(seed, seedTransform);
			plan.forward(seedTransform);
		}

		/** The hash of a key of the hasher's input length. */
		public BitString hash(BitString key) {
			if (key.length() != n) {
				throw new IllegalArgumentException("this hasher takes keys of " + n + " bits, not " + key.length());
			}
			int[] x = new int[seedTransform.length];
			spread(key, x);
			plan.forward(x);
			plan.multiplyAndInvert(x, seedTransform);
			long[] words = new long[(m + 63) >>> 6];
			for (int i = 0; i < m; i++) {
				words[i >>> 6] |= (long) (BabyBearNtt.fromMontgomery(x[i + n - 1]) & 1) << i;
			}
			return BitString.of(m, words);
		}

		/** One bit per element, as the Montgomery forms of 0 and 1. */
		private static void spread(BitString bits, int[] into) {
			int one = BabyBearNtt.toMontgomery(1);
			int length = bits.length();
			for (int w = 0; w < bits.words(); w++) {
				long word = bits.word(w);
				int base = w << 6;
				int count = Math.min(64, length - base);
				for (int j = 0; j < count; j++) {
					into[base + j] = (int) (word >>> j & 1L) * one;
				}
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
