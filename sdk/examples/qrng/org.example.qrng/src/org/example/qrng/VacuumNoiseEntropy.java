/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.qrng;

/**
 * Worst-case min-entropy of a digitised vacuum-noise sample. The quantum (vacuum) noise is
 * Gaussian with standard deviation {@code sigmaQ}; the electronic noise adds to it and is taken
 * as known to an adversary. For any known offset, the most likely ADC bin of width {@code delta}
 * has at most the probability of a bin centred on the Gaussian's mean,
 * {@code P_max = erf(delta / (2 sqrt(2) sigmaQ))}, so {@code H_min = -log2 P_max} bits per sample
 * (ignoring the ADC's range limits, which a range of several standard deviations makes small).
 */
final class VacuumNoiseEntropy {

	private VacuumNoiseEntropy() {
	}

	/**
	 * Min-entropy per sample, in bits.
	 *
	 * @param quantumVariance    variance of the vacuum noise
	 * @param electronicVariance variance of the electronic noise
	 * @param adcBits            ADC resolution
	 * @param adcRange           full range (plus and minus) in standard deviations of the total noise
	 */
	static double minEntropy(double quantumVariance, double electronicVariance, int adcBits, double adcRange) {
		if (quantumVariance <= 0) {
			return 0;
		}
		double sigmaTotal = Math.sqrt(quantumVariance + electronicVariance);
		double delta = 2 * adcRange * sigmaTotal / Math.pow(2, adcBits);
		double pMax = erf(delta / (2 * Math.sqrt(2 * quantumVariance)));
		return Math.min(adcBits, -Math.log(pMax) / Math.log(2));
	}

	/**
	 * The error function, from the series {@code erf x = 2/sqrt(pi) sum (-1)^n x^(2n+1) / (n! (2n+1))}
	 * for {@code |x| < 3} (summed to double precision), and the leading term of the asymptotic
	 * series, {@code 1 - exp(-x^2) / (x sqrt(pi))}, beyond.
	 */
	static double erf(double x) {
		double a = Math.abs(x);
		if (a >= 3) {
			return Math.signum(x) * (1 - Math.exp(-a * a) / (a * Math.sqrt(Math.PI)));
		}
		double term = a;
		double sum = a;
		for (int n = 1; n < 100 && Math.abs(term) > 1e-17 * sum; n++) {
			term *= -a * a / n;
			sum += term / (2 * n + 1);
		}
		return Math.signum(x) * 2 / Math.sqrt(Math.PI) * sum;
	}
}
