/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.util.Arrays;

/**
 * The variable-node degree distribution of an irregular LDPC ensemble of rate {@code rate}, in the
 * edge perspective of T. J. Richardson, M. A. Shokrollahi and R. L. Urbanke, "Design of
 * capacity-approaching irregular low-density parity-check codes", IEEE Trans. Inf. Theory 47, 619
 * (2001): {@code lambda[j]} is the fraction of edges attached to variable nodes of degree
 * {@code degrees[j]}. The check-node degrees follow from the rate: every check gets
 * {@code floor(E/m)} or {@code ceil(E/m)} edges.
 *
 * @param rate    the design rate {@code 1 - m/n}
 * @param degrees the variable-node degrees, increasing
 * @param lambda  the edge fractions of those degrees (they sum to 1 within rounding)
 * @param source  where the distribution is published
 */
record DegreeDistribution(double rate, int[] degrees, double[] lambda, String source) {

	DegreeDistribution {
		if (degrees.length != lambda.length || degrees.length == 0) {
			throw new IllegalArgumentException("degrees and edge fractions differ in number");
		}
		degrees = degrees.clone();
		lambda = lambda.clone();
	}

	/**
	 * The number of variable nodes of each degree in a code of {@code n} nodes: the node fraction
	 * {@code (lambda_i / i) / sum_j (lambda_j / j)} times {@code n}, rounded by largest remainder so
	 * that the counts sum to {@code n}.
	 */
	int[] nodeCounts(int n) {
		double total = 0;
		for (int j = 0; j < degrees.length; j++) {
			total += lambda[j] / degrees[j];
		}
		int[] counts = new int[degrees.length];
		double[] remainder = new double[degrees.length];
		int assigned = 0;
		for (int j = 0; j < degrees.length; j++) {
			double exact = n * (lambda[j] / degrees[j]) / total;
			counts[j] = (int) Math.floor(exact);
			remainder[j] = exact - counts[j];
			assigned += counts[j];
		}
		while (assigned < n) {
			int best = 0;
			for (int j = 1; j < degrees.length; j++) {
				if (remainder[j] > remainder[best]) {
					best = j;
				}
			}
			counts[best]++;
			remainder[best] = -1;
			assigned++;
		}
		return counts;
	}

	@Override
	public int[] degrees() {
		return degrees.clone();
	}

	@Override
	public double[] lambda() {
		return lambda.clone();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DegreeDistribution d && d.rate == rate && Arrays.equals(d.degrees, degrees)
				&& Arrays.equals(d.lambda, lambda);
	}

	@Override
	public int hashCode() {
		return Double.hashCode(rate) * 31 + Arrays.hashCode(degrees);
	}

	@Override
	public String toString() {
		return "rate " + rate + " " + Arrays.toString(degrees) + " " + Arrays.toString(lambda) + " (" + source + ")";
	}
}
