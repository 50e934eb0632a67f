/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import java.util.SplittableRandom;

/** The random draws of the simulator, all from one seeded stream. */
final class Sampling {

	/** Above this variance a binomial is drawn from its normal approximation. */
	private static final double NORMAL_VARIANCE = 1_000;

	private Sampling() {
	}

	/** The number of failures before the first success of probability {@code p} (geometric). */
	static long failuresBeforeSuccess(double p, SplittableRandom random) {
		return failuresBeforeSuccess(p, Math.log1p(-p), random);
	}

	/** The same with {@code log(1 - p)} given, for a {@code p} used many times. */
	static long failuresBeforeSuccess(double p, double logMiss, SplittableRandom random) {
		if (p >= 1) {
			return 0;
		}
		if (p <= 0) {
			return Long.MAX_VALUE;
		}
		double u = 1 - random.nextDouble(); // in (0, 1]
		double gap = Math.floor(Math.log(u) / logMiss);
		return gap >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) gap;
	}

	/** A Poisson draw of mean {@code lambda}, by inversion (the means here are small). */
	static int poisson(double lambda, SplittableRandom random) {
		return inversion(lambda, 0, Math.exp(-lambda), random.nextDouble());
	}

	/** A Poisson draw of mean {@code lambda} conditioned on being at least 1, from a uniform {@code u}. */
	static int zeroTruncatedPoisson(double lambda, double u) {
		double atLeastOne = -Math.expm1(-lambda);
		// P(1) / P(>= 1) = lambda e^-lambda / (1 - e^-lambda); walk the probabilities from k = 1.
		return inversion(lambda, 1, lambda * Math.exp(-lambda) / atLeastOne, u);
	}

	private static int inversion(double lambda, int first, double firstProbability, double u) {
		int k = first;
		double p = firstProbability;
		double cumulative = p;
		while (u > cumulative && k < 1_000) {
			k++;
			p *= lambda / k;
			cumulative += p;
		}
		return k;
	}

	/**
	 * A binomial draw: exact (the successes found by geometric skips) while the variance is at
	 * most {@value #NORMAL_VARIANCE}, otherwise from the normal approximation, rounded and clamped
	 * (its error in distribution is then far below the statistical spread of what it counts).
	 */
	static long binomial(long n, double p, SplittableRandom random) {
		if (n <= 0 || p <= 0) {
			return 0;
		}
		if (p >= 1) {
			return n;
		}
		if (p > 0.5) {
			return n - binomial(n, 1 - p, random);
		}
		double variance = n * p * (1 - p);
		if (variance > NORMAL_VARIANCE) {
			long draw = Math.round(n * p + Math.sqrt(variance) * random.nextGaussian());
			return Math.max(0, Math.min(n, draw));
		}
		long successes = 0;
		long position = failuresBeforeSuccess(p, random);
		while (position < n) {
			successes++;
			long gap = failuresBeforeSuccess(p, random);
			position = gap >= n - position ? n : position + 1 + gap;
		}
		return successes;
	}
}
