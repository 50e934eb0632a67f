/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import java.util.Arrays;

/** The latencies of one demand's served requests, kept all for exact percentiles. */
final class Latencies {

	private double[] values = new double[64];
	private int count;
	private double sum;
	private boolean sorted;

	void add(double latency) {
		if (count == values.length) {
			values = Arrays.copyOf(values, 2 * count);
		}
		values[count++] = latency;
		sum += latency;
		sorted = false;
	}

	/** The mean, NaN if there are none. */
	double mean() {
		return count == 0 ? Double.NaN : sum / count;
	}

	/** The p-quantile by nearest rank (the ceil(p n)-th smallest, the smallest for p = 0), NaN if there are none. */
	double quantile(double p) {
		if (count == 0) {
			return Double.NaN;
		}
		if (!sorted) {
			Arrays.sort(values, 0, count);
			sorted = true;
		}
		int rank = (int) Math.ceil(p * count);
		return values[Math.min(count, Math.max(1, rank)) - 1];
	}
}
