/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqci.physics.Entropy;

/**
 * The key length from observed counts equals Lim et al.'s finite key of the expected statistics
 * when the observed counts are the expected ones and the leakage is f_EC n_X h(E_X): the two
 * code paths evaluate the same Eqs. (1)-(5).
 */
class ObservedFiniteKeyTest {

	@Test
	void expectedCountsGiveTheFiniteKeyOfTheExpectedStatistics() {
		double[] mu = { 0.5, 0.1, 0.0002 };
		double[] p = { 0.7, 0.2, 0.1 };
		double qx = 0.8;
		double nX = 1e9; // large counts: rounding them to whole numbers moves the bounds by little
		double eta = 0.1 * Math.pow(10, -0.2 * 50 / 10);
		LimChannelModel link = new LimChannelModel(eta, 6e-7, 0.01, 0);
		ThreeIntensities s = new ThreeIntensities(mu[0], mu[1], mu[2], p[0], p[1]);
		LimParameters parameters = new LimParameters(qx, p[0], p[1], nX, 0, 1e-10, 1e-15, 1.16);
		LimFiniteKeyBounds.Result expected = LimFiniteKeyBounds.finiteKey(link, s, qx, parameters);

		double[] r = new double[3];
		double[] err = new double[3];
		double sumR = 0;
		double sumE = 0;
		for (int k = 0; k < 3; k++) {
			double signal = link.signal(mu[k]);
			r[k] = link.y0() + (1 - link.y0()) * signal;
			err[k] = 0.5 * link.y0() + link.misalignment() * signal;
			sumR += p[k] * r[k];
			sumE += p[k] * err[k];
		}
		double pulses = nX / (qx * qx * sumR);
		long[] key = new long[3];
		long[] test = new long[3];
		long[] errors = new long[3];
		for (int k = 0; k < 3; k++) {
			key[k] = Math.round(pulses * qx * qx * p[k] * r[k]);
			test[k] = Math.round(pulses * (1 - qx) * (1 - qx) * p[k] * r[k]);
			errors[k] = Math.round(pulses * (1 - qx) * (1 - qx) * p[k] * err[k]);
		}
		long leaked = Math.round(1.16 * nX * Entropy.binary(sumE / sumR));

		ObservedFiniteKey.Result observed = ObservedFiniteKey.length(mu, p,
				new ObservedFiniteKey.Counts(key, test, errors), leaked, 1e-10, 1e-15);

		assertTrue(expected.keyLength() > 1e5, "a block with a key: " + expected.keyLength());
		assertEquals(expected.keyLength(), observed.length(), 1e-4 * expected.keyLength());
		assertEquals(expected.singleX(), observed.singlePhotons(), 1e-4 * expected.singleX());
		assertEquals(expected.phaseError(), observed.phaseErrorRate(), 1e-5);
	}

	@Test
	void moreLeakageMeansAShorterKeyBitForBit() {
		double[] mu = { 0.5, 0.1, 0.0002 };
		double[] p = { 0.7, 0.2, 0.1 };
		ObservedFiniteKey.Counts counts = new ObservedFiniteKey.Counts(new long[] { 4_000_000, 230_000, 1_000 },
				new long[] { 250_000, 14_400, 60 }, new long[] { 2_600, 210, 30 });
		long a = ObservedFiniteKey.length(mu, p, counts, 500_000, 1e-10, 1e-15).length();
		long b = ObservedFiniteKey.length(mu, p, counts, 600_000, 1e-10, 1e-15).length();
		assertTrue(a > 0);
		assertEquals(100_000, a - b);
	}

	@Test
	void invalidIntensitiesOrCountsAreRefused() {
		ObservedFiniteKey.Counts counts = new ObservedFiniteKey.Counts(new long[3], new long[3], new long[3]);
		assertThrows(IllegalArgumentException.class,
				() -> ObservedFiniteKey.length(new double[] { 0.1, 0.2, 0 }, new double[] { 0.5, 0.3, 0.2 }, counts, 0,
						1e-10, 1e-15));
		assertThrows(IllegalArgumentException.class,
				() -> new ObservedFiniteKey.Counts(new long[] { 1, 2 }, new long[3], new long[3]));
		assertEquals(0, ObservedFiniteKey.length(new double[] { 0.5, 0.1, 0 }, new double[] { 0.5, 0.3, 0.2 }, counts,
				0, 1e-10, 1e-15).length());
	}
}
