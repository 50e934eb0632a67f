/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A fixed-length string of bits packed 64 to a {@code long} (bit {@code i} is bit {@code i % 64}
 * of word {@code i / 64}; the unused high bits of the last word are always zero). Mutable: error
 * correction flips bits in place.
 */
public final class BitString {

	private final int length;
	private final long[] words;

	private BitString(int length, long[] words) {
		this.length = length;
		this.words = words;
	}

	/** {@code length} zero bits. */
	public static BitString zeros(int length) {
		if (length < 0) {
			throw new IllegalArgumentException("length " + length + " < 0");
		}
		return new BitString(length, new long[wordCount(length)]);
	}

	/** {@code length} independent uniformly random bits. */
	public static BitString random(int length, RandomGenerator random) {
		BitString bits = zeros(length);
		for (int w = 0; w < bits.words.length; w++) {
			bits.words[w] = random.nextLong();
		}
		bits.clearTail();
		return bits;
	}

	/** The bits of {@code words} (bit {@code i} is bit {@code i % 64} of word {@code i / 64}). */
	public static BitString of(int length, long[] words) {
		if (words.length != wordCount(length)) {
			throw new IllegalArgumentException(length + " bits need " + wordCount(length) + " words, not "
					+ words.length);
		}
		BitString bits = new BitString(length, words.clone());
		bits.clearTail();
		return bits;
	}

	private static int wordCount(int length) {
		return (length + 63) >>> 6;
	}

	private void clearTail() {
		int rest = length & 63;
		if (rest != 0) {
			words[words.length - 1] &= (1L << rest) - 1;
		}
	}

	/** The number of bits. */
	public int length() {
		return length;
	}

	/** Bit {@code i}. */
	public boolean get(int i) {
		Objects.checkIndex(i, length);
		return (words[i >>> 6] >>> i & 1L) != 0;
	}

	/** Bit {@code i} as 0 or 1. */
	public int bit(int i) {
		Objects.checkIndex(i, length);
		return (int) (words[i >>> 6] >>> i) & 1;
	}

	/** Sets bit {@code i}. */
	public void set(int i, boolean value) {
		Objects.checkIndex(i, length);
		if (value) {
			words[i >>> 6] |= 1L << i;
		} else {
			words[i >>> 6] &= ~(1L << i);
		}
	}

	/** Flips bit {@code i}. */
	public void flip(int i) {
		Objects.checkIndex(i, length);
		words[i >>> 6] ^= 1L << i;
	}

	/** The parity (0 or 1) of the bits at the given positions. */
	public int parity(int[] positions, int from, int to) {
		int parity = 0;
		for (int k = from; k < to; k++) {
			int i = positions[k];
			parity ^= (int) (words[i >>> 6] >>> i) & 1;
		}
		return parity;
	}

	/** The number of positions where this string and {@code other} differ. */
	public int distance(BitString other) {
		requireSameLength(other);
		int d = 0;
		for (int w = 0; w < words.length; w++) {
			d += Long.bitCount(words[w] ^ other.words[w]);
		}
		return d;
	}

	/** The first {@code n} bits. */
	public BitString prefix(int n) {
		Objects.checkFromToIndex(0, n, length);
		return of(n, Arrays.copyOf(words, wordCount(n)));
	}

	/** The packed words (a copy). */
	public long[] toLongArray() {
		return words.clone();
	}

	/** A copy of this string. */
	public BitString copy() {
		return new BitString(length, words.clone());
	}

	/** Word {@code w} without copying, for the hashes of this package. */
	long word(int w) {
		return words[w];
	}

	/** The number of words. */
	int words() {
		return words.length;
	}

	private void requireSameLength(BitString other) {
		if (other.length != length) {
			throw new IllegalArgumentException("lengths differ: " + length + " and " + other.length);
		}
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof BitString b && b.length == length && Arrays.equals(b.words, words);
	}

	@Override
	public int hashCode() {
		return 31 * length + Arrays.hashCode(words);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(Math.min(length, 64) + 16);
		for (int i = 0; i < Math.min(length, 64); i++) {
			text.append(bit(i));
		}
		return length > 64 ? text + "... (" + length + " bits)" : text.toString();
	}
}
