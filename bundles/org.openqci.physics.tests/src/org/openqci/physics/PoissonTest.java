/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Poisson photon statistics, in particular the multi-photon probability at tiny intensities. */
class PoissonTest {

	@ParameterizedTest
	@ValueSource(doubles = { 1e-9, 1e-6, 1e-3, 0.1, 0.48, 0.999, 1.0, 2.0, 10.0 })
	void probabilitiesSumToOne(double mu) {
		// P(0) + P(1) + P(n >= 2) = 1 to rounding: tolerance 1e-15 absolute.
		double sum = Poisson.probability(0, mu) + Poisson.probability(1, mu) + Poisson.multiPhotonProbability(mu);
		assertEquals(1.0, sum, 1e-15);
	}

	@ParameterizedTest
	@ValueSource(doubles = { 1e-12, 1e-8, 1e-4, 1e-2 })
	void multiPhotonKeepsRelativePrecisionAtSmallMu(double mu) {
		// Series e^-mu (mu^2/2 + ... + mu^7/7!); the remainder is below 1e-16 relative for
		// mu <= 1e-2: tolerance 1e-13 relative. (The closed form 1 - (1+mu) e^-mu loses all
		// digits at mu = 1e-8.)
		double series = Math.exp(-mu) * mu * mu
				* (1.0 / 2 + mu * (1.0 / 6 + mu * (1.0 / 24 + mu * (1.0 / 120 + mu * (1.0 / 720 + mu / 5040)))));
		assertEquals(series, Poisson.multiPhotonProbability(mu), 1e-13 * series);
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0.3, 0.5, 0.9, 1.5, 3.0 })
	void multiPhotonMatchesClosedFormAtModerateMu(double mu) {
		// No cancellation problem here: tolerance 1e-14 relative.
		double closed = 1.0 - (1.0 + mu) * Math.exp(-mu);
		assertEquals(closed, Poisson.multiPhotonProbability(mu), 1e-14 * closed);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 5, 20, 150 })
	void probabilityMatchesDefinition(int n) {
		// mu^n e^-mu / n! via logarithms; tolerance 1e-12 relative.
		double mu = 3.7;
		double log = n * Math.log(mu) - mu;
		for (int k = 2; k <= n; k++) {
			log -= Math.log(k);
		}
		double expected = Math.exp(log);
		assertEquals(expected, Poisson.probability(n, mu), 1e-12 * expected);
	}

	@ParameterizedTest
	@ValueSource(ints = { -1 })
	void rejectsNegativePhotonNumbers(int n) {
		assertThrows(IllegalArgumentException.class, () -> Poisson.probability(n, 1.0));
	}
}
