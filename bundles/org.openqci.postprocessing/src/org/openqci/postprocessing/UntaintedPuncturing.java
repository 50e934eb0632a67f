/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The puncturing pattern of D. Elkouss, J. Martinez-Mateo and V. Martin, "Untainted puncturing
 * for irregular low-density parity-check codes", IEEE Wireless Commun. Lett. 1, 585 (2012),
 * arXiv:1103.6149: among the variables that are still untainted (no check of theirs touches a
 * punctured variable) puncture one whose two-step neighbourhood is smallest (ties broken at
 * random from a fixed seed), then taint every variable that shares a check with it, until none is
 * left untainted. Every check then has at most one punctured variable, so every punctured bit is
 * recoverable in one step. The neighbourhood size {@code 1 + sum (d_c - 1)} over the variable's
 * checks is exact because the codes have no 4-cycles.
 */
final class UntaintedPuncturing {

	private static final long SEED = 0x5EED_B1A5L;

	private UntaintedPuncturing() {
	}

	/** The variables of {@code code} to puncture, in order; as many as the rule allows. */
	static int[] order(LdpcCode code) {
		int n = code.n();
		int[] columnStart = code.columnStart();
		int[] columnChecks = code.columnChecks();
		int[] rowStart = code.rowStart();
		int[] rowVariables = code.rowVariables();
		SplittableRandom random = new SplittableRandom(SEED);
		long[] keys = new long[n];
		for (int v = 0; v < n; v++) {
			long size = 1;
			for (int e = columnStart[v]; e < columnStart[v + 1]; e++) {
				size += code.checkDegree(columnChecks[e]) - 1;
			}
			keys[v] = size << 52 | (random.nextLong() & 0xF_FFFF_FFFFL) << 20 | v;
		}
		Arrays.sort(keys);
		boolean[] tainted = new boolean[n];
		int[] order = new int[n];
		int count = 0;
		for (long key : keys) {
			int v = (int) (key & 0xF_FFFF);
			if (tainted[v]) {
				continue;
			}
			order[count++] = v;
			for (int e = columnStart[v]; e < columnStart[v + 1]; e++) {
				int c = columnChecks[e];
				for (int f = rowStart[c]; f < rowStart[c + 1]; f++) {
					tainted[rowVariables[f]] = true;
				}
			}
		}
		return Arrays.copyOf(order, count);
	}
}
