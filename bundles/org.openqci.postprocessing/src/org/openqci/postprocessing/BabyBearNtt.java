/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.lang.ref.SoftReference;
import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Exact integer convolution by a number-theoretic transform over the prime
 * {@code p = 15 * 2^27 + 1 = 2013265921} (which has roots of unity of every order {@code 2^k} up
 * to {@code 2^27}; 31 generates its multiplicative group). Residues are kept in Montgomery form
 * ({@code x 2^32 mod p}) in {@code int}s, so a product needs three 64-bit multiplications and
 * no division, and the arithmetic is branch-free (on random residues, mispredicted branches
 * would cost more than the arithmetic). A convolution is exact when its true values are below
 * {@code p}, as sums of up to {@code 2^27} products of bits are.
 */
final class BabyBearNtt {

	/** The prime {@code 15 * 2^27 + 1}. */
	static final int P = 2_013_265_921;

	/** The largest transform length, {@code 2^27}. */
	static final int MAX_LENGTH = 1 << 27;

	private static final long PL = P;
	private static final long LOW = 0xFFFF_FFFFL;
	private static final int GENERATOR = 31;

	/** {@code -p^-1 mod 2^32}. */
	private static final long P_INVERSE_NEGATED;

	/** {@code 2^64 mod p}: multiplying by it puts a residue into Montgomery form. */
	private static final int R_SQUARED;

	static {
		long inverse = 1;
		for (int i = 0; i < 5; i++) {
			inverse = inverse * (2 - PL * inverse) & LOW; // Newton's iteration for p^-1 mod 2^32
		}
		P_INVERSE_NEGATED = -inverse & LOW;
		R_SQUARED = BigInteger.ONE.shiftLeft(64).mod(BigInteger.valueOf(PL)).intValueExact();
	}

	private BabyBearNtt() {
	}

	/** The Montgomery product {@code a b 2^-32 mod p} of residues below p. */
	static int multiply(int a, int b) {
		long t = (long) a * b;
		long m = (t & LOW) * P_INVERSE_NEGATED & LOW;
		long u = (t + m * PL) >>> 32; // below 2p
		long r = u - PL;
		return (int) (r + (PL & r >> 63));
	}

	static int add(int a, int b) {
		int s = a + b - P;
		return s + (P & s >> 31);
	}

	static int subtract(int a, int b) {
		int d = a - b;
		return d + (P & d >> 31);
	}

	/** The Montgomery form of {@code x} (any non-negative value). */
	static int toMontgomery(long x) {
		return multiply((int) (x % PL), R_SQUARED);
	}

	/** The residue of a Montgomery form, in [0, p). */
	static int fromMontgomery(int x) {
		return multiply(x, 1);
	}

	/** {@code base^exponent} in Montgomery form. */
	static int power(int base, long exponent) {
		int result = toMontgomery(1);
		int b = base;
		for (long e = exponent; e > 0; e >>= 1) {
			if ((e & 1) != 0) {
				result = multiply(result, b);
			}
			b = multiply(b, b);
		}
		return result;
	}

	/**
	 * The transforms of one power-of-two length: forward by decimation in frequency (natural
	 * order in, bit-reversed order out), inverse by decimation in time (bit-reversed in, natural
	 * out), so no bit-reversal permutation is ever done. Stages over groups larger than a cache
	 * block sweep the whole array, split between the processors; the smaller stages are done
	 * block by block, all of them while a block is in the cache.
	 */
	static final class Plan {

		/** Elements whose stages are done together while they are in the cache (64 KiB). */
		private static final int BLOCK = 1 << 14;

		private static final Map<Integer, SoftReference<Plan>> CACHE = new ConcurrentHashMap<>();

		private final int n;
		/** For the stage of half-length h: w_2h^k at index h + k, k &lt; h (Montgomery form). */
		private final int[] roots;
		private final int[] inverseRoots;
		private final int inverseN;

		private Plan(int n) {
			if (Integer.bitCount(n) != 1 || n > MAX_LENGTH) {
				throw new IllegalArgumentException("the length must be a power of two up to 2^27, not " + n);
			}
			this.n = n;
			roots = new int[Math.max(2, n)];
			inverseRoots = new int[Math.max(2, n)];
			if (n >= 2) {
				int w = power(toMontgomery(GENERATOR), (PL - 1) / n);
				powers(roots, n / 2, w);
				powers(inverseRoots, n / 2, power(w, PL - 2));
				// stage h uses w_2h^k = w_n^(k n / 2h): every other factor of the stage above it
				for (int h = n / 4; h >= 1; h >>= 1) {
					for (int k = 0; k < h; k++) {
						roots[h + k] = roots[2 * h + 2 * k];
						inverseRoots[h + k] = inverseRoots[2 * h + 2 * k];
					}
				}
			}
			inverseN = power(toMontgomery(n), PL - 2);
		}

		/** The plan of length {@code n}, cached while memory allows. */
		static Plan of(int n) {
			SoftReference<Plan> cached = CACHE.get(n);
			Plan plan = cached == null ? null : cached.get();
			if (plan == null) {
				plan = new Plan(n);
				CACHE.put(n, new SoftReference<>(plan));
			}
			return plan;
		}

		/** The transform length. */
		int length() {
			return n;
		}

		/** {@code into[h + k] = w^k} for k &lt; h, in parallel chunks each started by a power. */
		private static void powers(int[] into, int h, int w) {
			int chunk = 1 << 14;
			IntStream.range(0, (h + chunk - 1) / chunk).parallel().forEach(c -> {
				int x = power(w, (long) c * chunk);
				for (int k = c * chunk; k < Math.min(h, (c + 1) * chunk); k++) {
					into[h + k] = x;
					x = multiply(x, w);
				}
			});
		}

		/** The forward transform in place (Montgomery forms in and out); bit-reversed order out. */
		void forward(int[] a) {
			int h = n >>> 1;
			for (; h >= 1 && 2 * h > BLOCK; h >>>= 1) {
				int half = h;
				stage(half, (first, end, from, to) -> forwardButterflies(a, half, first, end, from, to));
			}
			int top = h;
			blocks(start -> {
				for (int half = top; half >= 1; half >>>= 1) {
					forwardButterflies(a, half, start / (2 * half), (start + Math.min(n, BLOCK)) / (2 * half), 0, half);
				}
			});
		}

		/**
		 * {@code a := inverse(a .* b)} for transforms in bit-reversed order, natural order out;
		 * {@code a := inverse(a)} if {@code b} is {@code null}.
		 */
		void multiplyAndInvert(int[] a, int[] b) {
			int small = Math.min(n, BLOCK) / 2;
			blocks(start -> {
				int end = start + Math.min(n, BLOCK);
				for (int i = start; b != null && i < end; i++) {
					a[i] = multiply(a[i], b[i]);
				}
				for (int half = 1; half <= small; half <<= 1) {
					inverseButterflies(a, half, start / (2 * half), end / (2 * half), 0, half);
				}
			});
			for (int h = small * 2; h < n; h <<= 1) {
				int half = h;
				stage(half, (first, end, from, to) -> inverseButterflies(a, half, first, end, from, to));
			}
			blocks(start -> {
				for (int i = start; i < start + Math.min(n, BLOCK); i++) {
					a[i] = multiply(a[i], inverseN);
				}
			});
		}

		/** {@code sum := sum + a .* b} elementwise (any order, the same in all three). */
		void multiplyAdd(int[] sum, int[] a, int[] b) {
			blocks(start -> {
				for (int i = start; i < start + Math.min(n, BLOCK); i++) {
					sum[i] = add(sum[i], multiply(a[i], b[i]));
				}
			});
		}

		private void forwardButterflies(int[] a, int half, int firstGroup, int endGroup, int from, int to) {
			for (int g = firstGroup; g < endGroup; g++) {
				int start = g * 2 * half;
				for (int k = from; k < to; k++) {
					int i = start + k;
					int u = a[i];
					int v = a[i + half];
					a[i] = add(u, v);
					a[i + half] = multiply(subtract(u, v), roots[half + k]);
				}
			}
		}

		private void inverseButterflies(int[] a, int half, int firstGroup, int endGroup, int from, int to) {
			for (int g = firstGroup; g < endGroup; g++) {
				int start = g * 2 * half;
				for (int k = from; k < to; k++) {
					int i = start + k;
					int u = a[i];
					int v = multiply(a[i + half], inverseRoots[half + k]);
					a[i] = add(u, v);
					a[i + half] = subtract(u, v);
				}
			}
		}

		/** One large stage, split between the processors: by groups, or within each group. */
		private void stage(int half, Butterflies butterflies) {
			int groups = n / (2 * half);
			int pieces = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
			if (groups >= pieces) {
				IntStream.range(0, pieces).parallel().forEach(
						piece -> butterflies.run(piece * groups / pieces, (piece + 1) * groups / pieces, 0, half));
			} else {
				for (int g = 0; g < groups; g++) {
					int group = g;
					IntStream.range(0, pieces).parallel().forEach(piece -> butterflies.run(group, group + 1,
							(int) ((long) piece * half / pieces), (int) ((long) (piece + 1) * half / pieces)));
				}
			}
		}

		/** Runs {@code work} on the start of every cache block, in parallel for large arrays. */
		private void blocks(IntConsumer work) {
			int size = Math.min(n, BLOCK);
			IntStream range = IntStream.range(0, n / size);
			(n > BLOCK ? range.parallel() : range).forEach(b -> work.accept(b * size));
		}
	}

	/** The butterflies k in [from, to) of the groups in [firstGroup, endGroup). */
	@FunctionalInterface
	private interface Butterflies {
		void run(int firstGroup, int endGroup, int from, int to);
	}
}
