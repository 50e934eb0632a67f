/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.openqci.physics.Entropy;

/**
 * Cascade error correction (G. Brassard and L. Salvail, "Secret-key reconciliation by public
 * discussion", EUROCRYPT '93, LNCS 765, 410) in two parametrisations from J. Martinez-Mateo,
 * C. Pacher, M. Peev, A. Ciurana and V. Martin, "Demystifying the information reconciliation
 * protocol Cascade", Quantum Inf. Comput. 15, 453 (2015), arXiv:1407.3257: the
 * {@linkplain Variant#ORIGINAL original} one and an {@linkplain Variant#OPTIMISED optimised} one.
 *
 * <p>In each pass the positions are shuffled by a fresh shared random permutation (not in the
 * first) and cut into blocks; Alice discloses the parity of every block; Bob corrects one error
 * in every block whose parity differs by BINARY search (Alice discloses the parity of the left
 * half at every step). A corrected bit changes the parity of the blocks that contain it in the
 * other passes; those that now differ are searched in turn (the cascade) until no block of the
 * passes so far differs. Alice's key is only read through the parities she discloses, each
 * counted as one leaked bit: that count, not an assumed efficiency, is what error correction
 * leaks.
 */
public final class Cascade {

	/** The passes of the original protocol. */
	public static final int PASSES = 4;

	/** The two parametrisations of the protocol. */
	public enum Variant {

		/**
		 * Four passes, first block size {@code k1 = ceil(0.73 / QBER)}, doubled in every further
		 * pass; every parity BINARY needs is disclosed again.
		 */
		ORIGINAL("Cascade (original)", PASSES, false),

		/**
		 * The changes Martinez-Mateo et al. (2015) find most effective: block sizes that are
		 * powers of two, so that BINARY wastes no parity ({@code k1 = 2^round(log2(1/QBER))},
		 * {@code k2 = 4 k1}, {@code n/2} from the third pass on), {@value #OPTIMISED_PASSES}
		 * passes, and the reuse of every sub-block parity Alice has disclosed (or that follows
		 * from two she has) in later searches of the same block.
		 */
		OPTIMISED("Cascade (optimised)", OPTIMISED_PASSES, true);

		private final String title;
		private final int passes;
		private final boolean reusesParities;

		Variant(String title, int passes, boolean reusesParities) {
			this.title = title;
			this.passes = passes;
			this.reusesParities = reusesParities;
		}

		/** The variant's name for reports. */
		public String title() {
			return title;
		}

		/** The number of passes. */
		public int passes() {
			return passes;
		}

		/** The block size of pass {@code pass} (from 0) for a key of {@code n} bits, in [1, n]. */
		public int blockSize(int pass, double qber, int n) {
			int max = Math.max(1, n);
			if (this == ORIGINAL) {
				return (int) Math.min(max, (long) firstBlockSize(qber, max) << pass);
			}
			long k1 = 1L << Math.min(30, Math.round(Math.log(1 / qber) / Math.log(2)));
			long size = switch (pass) {
			case 0 -> k1;
			case 1 -> 4 * k1;
			default -> max / 2;
			};
			return (int) Math.max(1, Math.min(max, size));
		}
	}

	/** The passes of the optimised variant. */
	public static final int OPTIMISED_PASSES = 14;

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
		return reconcile(Variant.ORIGINAL, alice, bob, qber, seed);
	}

	/**
	 * Corrects Bob's key towards Alice's with the given variant of the protocol; see
	 * {@link #reconcile(BitString, BitString, double, long)}.
	 */
	public static Result reconcile(Variant variant, BitString alice, BitString bob, double qber, long seed) {
		if (alice.length() != bob.length()) {
			throw new IllegalArgumentException("Alice has " + alice.length() + " bits, Bob " + bob.length());
		}
		if (!(qber > 0 && qber < 0.5)) {
			throw new IllegalArgumentException("QBER " + qber + " is outside (0, 0.5)");
		}
		return new Run(variant, alice, bob.copy(), qber, seed).run();
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
		private final int passes;
		private final double qber;
		private final Variant variant;
		private final SplittableRandom random;
		private final int[][] order;
		private final int[][] rank;
		private final int[] blockSize;
		private final boolean[][] differs;
		/** Per pass, Alice's known parity of every node of every block's BINARY tree: -1 unknown. */
		private final byte[][] known;
		private final int[] treeSize;
		private final ArrayDeque<long[]> pending = new ArrayDeque<>();
		private long leaked;
		private int corrections;
		private int passesDone;
		private long exchanges;

		Run(Variant variant, BitString alice, BitString bob, double qber, long seed) {
			this.variant = variant;
			this.alice = alice;
			this.bob = bob;
			this.n = alice.length();
			this.qber = qber;
			this.passes = variant.passes();
			this.random = new SplittableRandom(seed);
			this.order = new int[passes][];
			this.rank = new int[passes][];
			this.blockSize = new int[passes];
			this.differs = new boolean[passes][];
			this.known = new byte[passes][];
			this.treeSize = new int[passes];
		}

		Result run() {
			for (int pass = 0; pass < passes && n > 0; pass++) {
				order[pass] = pass == 0 ? identity(n) : shuffled(n, random);
				rank[pass] = inverse(order[pass]);
				int size = variant.blockSize(pass, qber, n);
				blockSize[pass] = size;
				int blocks = (n + size - 1) / size;
				if (variant.reusesParities) {
					treeSize[pass] = Integer.highestOneBit(Math.max(1, size - 1)) << 1;
					known[pass] = new byte[blocks * 2 * treeSize[pass]];
					Arrays.fill(known[pass], (byte) -1);
				}
				differs[pass] = new boolean[blocks];
				for (int b = 0; b < blocks; b++) {
					int from = b * size;
					int to = Math.min(n, from + size);
					leaked++;
					int parity = alice.parity(order[pass], from, to);
					remember(pass, b, 1, parity);
					if (parity != bob.parity(order[pass], from, to)) {
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

		/**
		 * BINARY: halves the block to one wrong bit, Alice disclosing the left half's parity at
		 * every step unless it is known (the optimised variant remembers the parities disclosed,
		 * and the right half's follows from its parent's and the left half's).
		 */
		private int binarySearch(int pass, int block) {
			int from = block * blockSize[pass];
			int to = Math.min(n, from + blockSize[pass]);
			int[] positions = order[pass];
			int node = 1;
			while (to - from > 1) {
				int mid = (from + to) >>> 1;
				int left = recalled(pass, block, 2 * node);
				if (left < 0) {
					leaked++;
					left = alice.parity(positions, from, mid);
					remember(pass, block, 2 * node, left);
					int parent = recalled(pass, block, node);
					if (parent >= 0) {
						remember(pass, block, 2 * node + 1, parent ^ left);
					}
				}
				if (left != bob.parity(positions, from, mid)) {
					to = mid;
					node = 2 * node;
				} else {
					from = mid;
					node = 2 * node + 1;
				}
			}
			return positions[from];
		}

		/** Alice's parity of a node of a block's BINARY tree if known (optimised variant), else -1. */
		private int recalled(int pass, int block, int node) {
			return known[pass] == null ? -1 : known[pass][block * 2 * treeSize[pass] + node];
		}

		private void remember(int pass, int block, int node, int parity) {
			if (known[pass] != null) {
				known[pass][block * 2 * treeSize[pass] + node] = (byte) parity;
			}
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
