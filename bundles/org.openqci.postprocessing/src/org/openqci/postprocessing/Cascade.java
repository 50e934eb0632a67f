/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.util.ArrayDeque;
import java.util.SplittableRandom;

import org.openqci.physics.Entropy;

/**
 * Cascade error correction (G. Brassard and L. Salvail, "Secret-key reconciliation by public
 * discussion", EUROCRYPT '93, LNCS 765, 410), in the parametrisation that J. Martinez-Mateo,
 * C. Pacher, M. Peev, A. Ciurana and V. Martin, "Demystifying the information reconciliation
 * protocol Cascade", Quantum Inf. Comput. 15, 453 (2015), call the original one: four passes,
 * first block size {@code k1 = ceil(0.73 / QBER)}, doubled in every further pass, a fresh shared
 * random permutation of the positions before every pass but the first.
 *
 * <p>In each pass Alice discloses the parity of every block; Bob corrects one error in every
 * block whose parity differs by BINARY search (Alice discloses the parity of the left half at
 * every step). A corrected bit changes the parity of the blocks that contain it in the other
 * passes; those that now differ are searched in turn (the cascade) until no block of the passes
 * so far differs. Alice's key is only read through the parities she discloses, each counted as
 * one leaked bit: that count, not an assumed efficiency, is what error correction leaks.
 */
public final class Cascade {

	/** The passes of the original protocol. */
	public static final int PASSES = 4;

	/**
	 * The outcome of a reconciliation.
	 *
	 * @param corrected   Bob's key after correction (errors may remain: verification finds them)
	 * @param leakedBits  the parity bits Alice disclosed
	 * @param corrections the bits Bob flipped
	 * @param exchanges   the question-and-answer rounds on the classical channel if the searches
	 *                    of one wave run side by side: per pass one for the block parities, then per
	 *                    wave (the blocks that differ at its start) one per halving of its largest
	 *                    block
	 */
	public record Result(BitString corrected, long leakedBits, int corrections, long exchanges) implements
			ErrorCorrection.Outcome {

		/**
		 * The reconciliation efficiency {@code f = leak / (n h(QBER))}: 1 is the Shannon limit.
		 *
		 * @param qber the error rate the efficiency is relative to
		 */
		public double efficiency(double qber) {
			return leakedBits / (corrected.length() * Entropy.binary(qber));
		}
	}

	private Cascade() {
	}

	/**
	 * Corrects Bob's key towards Alice's.
	 *
	 * @param alice Alice's key, read only through the parities she discloses
	 * @param bob   Bob's key (not changed: the result holds a corrected copy)
	 * @param qber  the error rate both sides assume (from parameter estimation), in (0, 0.5)
	 * @param seed  the seed of the shared permutations (public)
	 * @return Bob's corrected key and what was disclosed
	 */
	public static Result reconcile(BitString alice, BitString bob, double qber, long seed) {
		if (alice.length() != bob.length()) {
			throw new IllegalArgumentException("Alice has " + alice.length() + " bits, Bob " + bob.length());
		}
		if (!(qber > 0 && qber < 0.5)) {
			throw new IllegalArgumentException("QBER " + qber + " is outside (0, 0.5)");
		}
		return new Run(alice, bob.copy(), qber, seed).run();
	}

	/** The first block size of the original protocol, {@code ceil(0.73 / QBER)}, at most n. */
	public static int firstBlockSize(double qber, int n) {
		return (int) Math.max(1, Math.min(n, Math.ceil(0.73 / qber)));
	}

	/** One reconciliation: the passes' permutations, block parities and the cascade. */
	private static final class Run {
		private final BitString alice;
		private final BitString bob;
		private final int n;
		private final int[][] order = new int[PASSES][];
		private final int[][] rank = new int[PASSES][];
		private final int[] blockSize = new int[PASSES];
		private final boolean[][] differs = new boolean[PASSES][];
		private final ArrayDeque<long[]> pending = new ArrayDeque<>();
		private long leaked;
		private int corrections;
		private int passesDone;
		private long exchanges;

		Run(BitString alice, BitString bob, double qber, long seed) {
			this.alice = alice;
			this.bob = bob;
			this.n = alice.length();
			SplittableRandom random = new SplittableRandom(seed);
			int k = firstBlockSize(qber, Math.max(1, n));
			for (int pass = 0; pass < PASSES; pass++) {
				order[pass] = pass == 0 ? identity(n) : shuffled(n, random);
				rank[pass] = inverse(order[pass]);
				blockSize[pass] = k;
				k = (int) Math.min(Math.max(1, n), 2L * k);
			}
		}

		Result run() {
			for (int pass = 0; pass < PASSES && n > 0; pass++) {
				int size = blockSize[pass];
				int blocks = (n + size - 1) / size;
				differs[pass] = new boolean[blocks];
				for (int b = 0; b < blocks; b++) {
					int from = b * size;
					int to = Math.min(n, from + size);
					leaked++;
					if (alice.parity(order[pass], from, to) != bob.parity(order[pass], from, to)) {
						differs[pass][b] = true;
						pending.add(new long[] { pass, b });
					}
				}
				passesDone = pass + 1;
				exchanges++;
				drain();
			}
			return new Result(bob, leaked, corrections, exchanges);
		}

		/**
		 * Searches every block that differs, in the passes done so far, until none does, in waves:
		 * the blocks that differ at the start of a wave are searched (one after another here, so
		 * that a block a search in the same wave has already evened out is skipped), the blocks
		 * their corrections make differ form the next wave.
		 */
		private void drain() {
			while (!pending.isEmpty()) {
				int wave = pending.size();
				int deepest = 0;
				for (int i = 0; i < wave; i++) {
					long[] next = pending.poll();
					int pass = (int) next[0];
					int block = (int) next[1];
					if (differs[pass][block]) {
						int from = block * blockSize[pass];
						deepest = Math.max(deepest, halvings(Math.min(n, from + blockSize[pass]) - from));
						correct(binarySearch(pass, block));
					}
				}
				exchanges += deepest;
			}
		}

		/** The halvings of BINARY in a block of {@code size} bits, ceil(log2 size). */
		private static int halvings(int size) {
			return 32 - Integer.numberOfLeadingZeros(Math.max(1, size) - 1);
		}

		/** BINARY: halves the block, Alice disclosing the left half's parity, to one wrong bit. */
		private int binarySearch(int pass, int block) {
			int from = block * blockSize[pass];
			int to = Math.min(n, from + blockSize[pass]);
			int[] positions = order[pass];
			while (to - from > 1) {
				int mid = (from + to) >>> 1;
				leaked++;
				if (alice.parity(positions, from, mid) != bob.parity(positions, from, mid)) {
					to = mid;
				} else {
					from = mid;
				}
			}
			return positions[from];
		}

		/** Flips a bit of Bob's and updates which blocks differ in every pass done so far. */
		private void correct(int position) {
			bob.flip(position);
			corrections++;
			for (int pass = 0; pass < passesDone; pass++) {
				int block = rank[pass][position] / blockSize[pass];
				differs[pass][block] = !differs[pass][block];
				if (differs[pass][block]) {
					pending.add(new long[] { pass, block });
				}
			}
		}

		private static int[] identity(int n) {
			int[] order = new int[n];
			for (int i = 0; i < n; i++) {
				order[i] = i;
			}
			return order;
		}

		private static int[] shuffled(int n, SplittableRandom random) {
			int[] order = identity(n);
			for (int i = n - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int t = order[i];
				order[i] = order[j];
				order[j] = t;
			}
			return order;
		}

		private static int[] inverse(int[] order) {
			int[] rank = new int[order.length];
			for (int i = 0; i < order.length; i++) {
				rank[order[i]] = i;
			}
			return rank;
		}
	}
}
