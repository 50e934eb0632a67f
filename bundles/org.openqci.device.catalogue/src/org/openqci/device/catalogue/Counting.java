/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import java.util.random.RandomGenerator;

/** The counting statistics of the simulated detectors: dead time, afterpulses, Poisson noise. */
final class Counting {

	/** Below this mean, Poisson samples are drawn exactly; above it, from the normal approximation. */
	private static final double EXACT_POISSON_LIMIT = 50;

	private Counting() {
	}

	/**
	 * The rate a detector with non-paralysable dead time {@code tau} registers when events arrive
	 * at rate {@code r}: R = r / (1 + r tau).
	 */
	static double deadTimeCorrected(double r, double tau) {
		return r / (1 + r * tau);
	}

	/**
	 * The count rate of a single-photon detector: detected photons plus dark counts, times
	 * (1 + afterpulse probability), corrected for the dead time. Gated detectors are treated like
	 * free-running ones whose incident rate is the rate of photons arriving within gates.
	 */
	static double detectorRate(double efficiency, double incidentRate, double darkCountRate,
			double afterpulseProbability, double deadTime) {
		double raw = (efficiency * incidentRate + darkCountRate) * (1 + afterpulseProbability);
		return deadTimeCorrected(raw, deadTime);
	}

	/** A Poisson-distributed count of the given mean. */
	static long poisson(RandomGenerator random, double mean) {
		if (!(mean > 0)) {
			return 0;
		}
		if (mean < EXACT_POISSON_LIMIT) {
			double limit = Math.exp(-mean);
			long k = 0;
			double product = random.nextDouble();
			while (product > limit) {
				k++;
				product *= random.nextDouble();
			}
			return k;
		}
		return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
	}

	/** A rate measured by counting for {@code seconds}: a Poisson count divided by the time. */
	static double measuredRate(RandomGenerator random, double rate, double seconds) {
		return poisson(random, rate * seconds) / seconds;
	}

	/** The error function (Abramowitz and Stegun 7.1.26, absolute error below 1.5e-7). */
	static double erf(double x) {
		double t = 1 / (1 + 0.3275911 * Math.abs(x));
		double polynomial = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t
				+ 0.254829592) * t;
		double y = 1 - polynomial * Math.exp(-x * x);
		return x < 0 ? -y : y;
	}
}
