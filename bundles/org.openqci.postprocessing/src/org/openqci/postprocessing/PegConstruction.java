/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Builds a Tanner graph without 4-cycles by progressive edge growth (X.-Y. Hu, E. Eleftheriou and
 * D. M. Arnold, "Regular and irregular progressive edge-growth Tanner graphs", IEEE Trans. Inf.
 * Theory 51, 386 (2005)) with the tree expansion cut at depth one: the variables are placed in
 * order of increasing degree, and each new edge of variable {@code v} goes to a check of the
 * lowest current degree (ties broken at random from the seed) among those that share no variable
 * with a check {@code v} already has. That keeps the girth at least 6 and the check degrees
 * concentrated on two consecutive values, like full PEG, but costs only the two-step
 * neighbourhood per edge instead of a breadth-first search of the whole graph (which takes tens of
 * seconds for 2^15 columns). Deterministic: the same arguments give the same matrix.
 */
final class PegConstruction {

	private PegConstruction() {
	}

	/**
	 * A code of {@code n} columns and {@code m} rows with the variable degrees of
	 * {@code distribution}.
	 *
	 * @throws IllegalStateException if some edge cannot be placed without a 4-cycle
	 */
	static LdpcCode build(DegreeDistribution distribution, int n, int m, long seed) {
		int[] degrees = distribution.degrees();
		int[] counts = distribution.nodeCounts(n);
		int[] columnStart = new int[n + 1];
		int v0 = 0;
		for (int j = 0; j < degrees.length; j++) {
			for (int i = 0; i < counts[j]; i++, v0++) {
				columnStart[v0 + 1] = columnStart[v0] + degrees[j];
			}
		}
		int edges = columnStart[n];
		int[] columnChecks = new int[edges];
		Checks checks = new Checks(m, edges / m + 2);
		int[] stamp = new int[m];
		Arrays.fill(stamp, -1);
		SplittableRandom random = new SplittableRandom(seed);
		for (int v = 0; v < n; v++) {
			int from = columnStart[v];
			for (int e = from; e < columnStart[v + 1]; e++) {
				int c = checks.lowestUnmarked(stamp, v, random);
				if (c < 0) {
					throw new IllegalStateException("no check left for edge " + (e - from) + " of variable " + v
							+ " without a 4-cycle");
				}
				columnChecks[e] = c;
				checks.connect(c, v);
				// every check that shares a variable with c would now close a 4-cycle through v
				for (int k = 0, size = checks.degree(c); k < size; k++) {
					int u = checks.variable(c, k);
					int uEnd = u == v ? e + 1 : columnStart[u + 1];
					for (int f = columnStart[u]; f < uEnd; f++) {
						stamp[columnChecks[f]] = v;
					}
				}
			}
		}
		return new LdpcCode(distribution, n, m, columnStart, columnChecks);
	}

	/**
	 * The checks' variables as they grow, and the checks ordered by current degree in buckets
	 * ({@code order[bucket[d] .. bucket[d+1])} have degree {@code d}) so that a lowest-degree check
	 * is found without a scan of all of them.
	 */
	private static final class Checks {
		private final int[][] variables;
		private final int[] degree;
		private final int[] order;
		private final int[] position;
		private int[] bucket;

		Checks(int m, int capacity) {
			variables = new int[m][capacity];
			degree = new int[m];
			order = new int[m];
			position = new int[m];
			for (int c = 0; c < m; c++) {
				order[c] = c;
				position[c] = c;
			}
			bucket = new int[capacity + 2];
			Arrays.fill(bucket, 1, bucket.length, m);
		}

		int degree(int c) {
			return degree[c];
		}

		int variable(int c, int k) {
			return variables[c][k];
		}

		/** A check of the lowest degree whose stamp is not {@code v}, or -1. */
		int lowestUnmarked(int[] stamp, int v, SplittableRandom random) {
			for (int d = 0; d + 1 < bucket.length; d++) {
				int start = bucket[d];
				int size = bucket[d + 1] - start;
				if (size == 0) {
					continue;
				}
				int offset = random.nextInt(size);
				for (int k = 0; k < size; k++) {
					int c = order[start + (offset + k) % size];
					if (stamp[c] != v) {
						return c;
					}
				}
			}
			return -1;
		}

		/** Adds variable {@code v} to check {@code c}, moving {@code c} to the next bucket. */
		void connect(int c, int v) {
			int d = degree[c];
			if (d == variables[c].length) {
				variables[c] = Arrays.copyOf(variables[c], 2 * d);
			}
			variables[c][d] = v;
			if (d + 2 >= bucket.length) {
				int old = bucket.length;
				bucket = Arrays.copyOf(bucket, 2 * old);
				Arrays.fill(bucket, old, bucket.length, bucket[old - 1]);
			}
			// swap c with the last check of bucket d, then shrink bucket d by one
			int last = bucket[d + 1] - 1;
			int other = order[last];
			order[position[c]] = other;
			position[other] = position[c];
			order[last] = c;
			position[c] = last;
			bucket[d + 1]--;
			degree[c] = d + 1;
		}
	}
}
