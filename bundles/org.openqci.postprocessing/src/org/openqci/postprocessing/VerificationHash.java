/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.util.random.RandomGenerator;

/**
 * Verification after error correction: both sides hash their keys with a shared random function
 * from a universal family and compare the tags; equal keys always give equal tags, different keys
 * of the same length collide with probability at most {@link #collisionBound(int)}.
 *
 * <p>The family is a pair of independent polynomial hashes over the prime field of
 * {@code P = 2^61 - 1} (Carter and Wegman's polynomial evaluation, e.g. Wegman and Carter,
 * J. Comput. Syst. Sci. 22, 265 (1981)): the key is cut into {@code L - 1} chunks of 60 bits
 * and its length is the last of {@code L} coefficients; two different messages give different
 * polynomials of degree at most {@code L}, which agree on at most {@code L} of the {@code P}
 * points, so each hash collides with probability at most {@code L / P} and the pair, with
 * independent points, at most {@code (L / P)^2}: below {@code 2^-64} for keys up to about
 * {@code 3e10} bits.
 */
public final class VerificationHash {

	/** The field's prime, {@code 2^61 - 1}. */
	public static final long P = (1L << 61) - 1;

	private static final int CHUNK = 60;

	private final long point1;
	private final long point2;

	/** A hash with points drawn from {@code random} (both sides must use the same points). */
	public VerificationHash(RandomGenerator random) {
		this(1 + random.nextLong(P - 1), 1 + random.nextLong(P - 1));
	}

	/** A hash at the given points in {@code [1, P)}. */
	public VerificationHash(long point1, long point2) {
		if (point1 < 1 || point1 >= P || point2 < 1 || point2 >= P) {
			throw new IllegalArgumentException("the points must be in [1, 2^61 - 1)");
		}
		this.point1 = point1;
		this.point2 = point2;
	}

	/** The number of tag bits disclosed per verification (two field elements). */
	public static int tagBits() {
		return 2 * 61;
	}

	/** The collision probability bound {@code (L / P)^2} for keys of {@code bits} bits. */
	public static double collisionBound(int bits) {
		double coefficients = Math.ceil(bits / (double) CHUNK) + 1;
		double single = coefficients / P;
		return single * single;
	}

	/** The tag of a key: the two hashes. */
	public long[] tag(BitString key) {
		long h1 = 0;
		long h2 = 0;
		int chunks = (key.length() + CHUNK - 1) / CHUNK;
		for (int c = 0; c < chunks; c++) {
			long m = chunk(key, c * CHUNK);
			h1 = multiply(add(h1, m), point1);
			h2 = multiply(add(h2, m), point2);
		}
		h1 = multiply(add(h1, key.length()), point1);
		h2 = multiply(add(h2, key.length()), point2);
		return new long[] { h1, h2 };
	}

	/** The 60 bits from {@code from} (fewer at the end), as a number below {@code 2^60}. */
	private static long chunk(BitString key, int from) {
		int word = from >>> 6;
		int shift = from & 63;
		long value = key.word(word) >>> shift;
		if (shift > 64 - CHUNK && word + 1 < key.words()) {
			value |= key.word(word + 1) << (64 - shift);
		}
		return value & ((1L << CHUNK) - 1);
	}

	private static long add(long a, long b) {
		long s = a + b;
		return s >= P ? s - P : s;
	}

	/** {@code a b mod P} for {@code a, b < P}, using {@code 2^61 = 1 (mod P)}. */
	static long multiply(long a, long b) {
		long low = a * b;
		long high = Math.multiplyHigh(a, b);
		long r = (low & P) + ((low >>> 61) | (high << 3));
		if (r >= P) {
			r -= P;
		}
		return r >= P ? r - P : r;
	}
}
