/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

/**
 * A binary LDPC parity-check matrix of {@code m} rows and {@code n} columns, stored sparse twice:
 * by rows ({@code rowStart}, {@code rowVariables}: the variables of check {@code c} are
 * {@code rowVariables[rowStart[c] .. rowStart[c+1])}) for decoding, and by columns for the
 * construction and the puncturing pattern. Immutable; shared by all threads.
 *
 * <p>{@code punctureOrder} lists the variables that may be punctured, in the order they are
 * punctured: the first {@code p} of them are the punctured positions of a frame with {@code p}
 * punctured bits (see {@link UntaintedPuncturing}).
 */
final class LdpcCode {

	private final DegreeDistribution distribution;
	private final int n;
	private final int m;
	private final int[] rowStart;
	private final int[] rowVariables;
	private final int[] columnStart;
	private final int[] columnChecks;
	private final int[] punctureOrder;

	LdpcCode(DegreeDistribution distribution, int n, int m, int[] columnStart, int[] columnChecks) {
		this.distribution = distribution;
		this.n = n;
		this.m = m;
		this.columnStart = columnStart;
		this.columnChecks = columnChecks;
		this.rowStart = new int[m + 1];
		for (int e = 0; e < columnChecks.length; e++) {
			rowStart[columnChecks[e] + 1]++;
		}
		for (int c = 0; c < m; c++) {
			rowStart[c + 1] += rowStart[c];
		}
		this.rowVariables = new int[columnChecks.length];
		int[] fill = new int[m];
		for (int v = 0; v < n; v++) {
			for (int e = columnStart[v]; e < columnStart[v + 1]; e++) {
				int c = columnChecks[e];
				rowVariables[rowStart[c] + fill[c]++] = v;
			}
		}
		this.punctureOrder = UntaintedPuncturing.order(this);
	}

	/** The degree distribution the code was built from. */
	DegreeDistribution distribution() {
		return distribution;
	}

	/** The frame length (columns). */
	int n() {
		return n;
	}

	/** The syndrome length (rows). */
	int m() {
		return m;
	}

	/** The rate {@code 1 - m/n} (the design rate; the true rate is at least this). */
	double rate() {
		return 1 - m / (double) n;
	}

	/** The number of edges (ones in the matrix). */
	int edges() {
		return rowVariables.length;
	}

	/** Row pointers, {@code m + 1} of them (not copied: do not change). */
	int[] rowStart() {
		return rowStart;
	}

	/** The variables of every row, row after row (not copied: do not change). */
	int[] rowVariables() {
		return rowVariables;
	}

	/** Column pointers, {@code n + 1} of them (not copied: do not change). */
	int[] columnStart() {
		return columnStart;
	}

	/** The checks of every column, column after column (not copied: do not change). */
	int[] columnChecks() {
		return columnChecks;
	}

	/** The degree of variable {@code v}. */
	int variableDegree(int v) {
		return columnStart[v + 1] - columnStart[v];
	}

	/** The degree of check {@code c}. */
	int checkDegree(int c) {
		return rowStart[c + 1] - rowStart[c];
	}

	/** The most bits that can be punctured. */
	int maxPunctured() {
		return punctureOrder.length;
	}

	/** The {@code i}-th variable to puncture. */
	int punctured(int i) {
		return punctureOrder[i];
	}

	/** The syndrome {@code H x} of a frame of {@code n} bits (0 or 1), into {@code syndrome}. */
	void syndrome(byte[] frame, byte[] syndrome) {
		for (int c = 0; c < m; c++) {
			int parity = 0;
			for (int e = rowStart[c]; e < rowStart[c + 1]; e++) {
				parity ^= frame[rowVariables[e]];
			}
			syndrome[c] = (byte) parity;
		}
	}
}
