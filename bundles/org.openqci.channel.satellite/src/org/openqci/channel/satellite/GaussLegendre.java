/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.satellite;

/**
 * Gauss-Legendre quadrature on [0, 1]: the n nodes are the zeros of the Legendre polynomial P_n
 * (found by Newton's method from the estimate cos(pi (i - 1/4) / (n + 1/2))) and the weights
 * 2 / [(1 - x^2) P_n'(x)^2], mapped from [-1, 1] to [0, 1] (Abramowitz and Stegun, Eq. 25.4.29). A
 * rule of n nodes integrates polynomials of degree 2n - 1 exactly. The rules are computed once, for
 * a fixed ladder of orders, when the class is loaded; they are immutable and thread-safe.
 */
final class GaussLegendre {

	/** The orders available, smallest first. */
	private static final int[] ORDERS = { 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512 };

	private static final GaussLegendre[] RULES = new GaussLegendre[ORDERS.length];

	static {
		for (int i = 0; i < ORDERS.length; i++) {
			RULES[i] = new GaussLegendre(ORDERS[i]);
		}
	}

	/** Nodes in (0, 1). */
	final double[] nodes;
	/** Weights, summing to 1. */
	final double[] weights;

	private GaussLegendre(int n) {
		nodes = new double[n];
		weights = new double[n];
		for (int i = 0; i < (n + 1) / 2; i++) {
			double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
			double derivative = 0.0;
			for (int iteration = 0; iteration < 100; iteration++) {
				// P_n(x) and P_n'(x) by the three-term recurrence
				double p0 = 1.0;
				double p1 = x;
				for (int k = 2; k <= n; k++) {
					double p2 = ((2.0 * k - 1.0) * x * p1 - (k - 1.0) * p0) / k;
					p0 = p1;
					p1 = p2;
				}
				derivative = n * (x * p1 - p0) / (x * x - 1.0);
				double step = p1 / derivative;
				x -= step;
				if (Math.abs(step) < 1e-16) {
					break;
				}
			}
			double w = 2.0 / ((1.0 - x * x) * derivative * derivative);
			// map [-1, 1] to [0, 1]: t = (1 + x) / 2, weight w / 2
			nodes[i] = 0.5 * (1.0 - x);
			nodes[n - 1 - i] = 0.5 * (1.0 + x);
			weights[i] = 0.5 * w;
			weights[n - 1 - i] = 0.5 * w;
		}
	}

	/** The smallest available rule with at least {@code n} nodes (the largest if none has). */
	static GaussLegendre atLeast(double n) {
		for (int i = 0; i < ORDERS.length; i++) {
			if (ORDERS[i] >= n) {
				return RULES[i];
			}
		}
		return RULES[RULES.length - 1];
	}

	/** The number of nodes. */
	int order() {
		return nodes.length;
	}
}
