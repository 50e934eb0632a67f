/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Cascade against J. Martinez-Mateo et al., Quantum Inf. Comput. 15, 453 (2015): the original
 * protocol's efficiency for 10^4-bit keys, read from their figure as f about 1.13 at 1 % QBER,
 * 1.15 at 2 %, 1.17-1.18 at 4-5 % and 1.21 at 8-10 %; tolerance 0.02 (the acceptance's), on the
 * mean over 200 keys (standard error about 0.002).
 */
class CascadeTest {

	private static final int N = 10_000;

	/** Alice's key and Bob's copy through a binary symmetric channel of error rate {@code qber}. */
	static BitString[] keys(int n, double qber, SplittableRandom random) {
		BitString alice = BitString.random(n, random);
		BitString bob = alice.copy();
		for (int i = 0; i < n; i++) {
			if (random.nextDouble() < qber) {
				bob.flip(i);
			}
		}
		return new BitString[] { alice, bob };
	}

	@ParameterizedTest(name = "QBER {0}: f = {1}")
	@CsvSource({ "0.01, 1.13", "0.02, 1.15", "0.04, 1.175", "0.05, 1.175", "0.08, 1.21", "0.10, 1.21" })
	void originalEfficiencyAtTenThousandBitsMatchesMartinezMateo2015(double qber, double published) {
		SplittableRandom random = new SplittableRandom(2015);
		int runs = 200;
		double sum = 0;
		int unequal = 0;
		for (int run = 0; run < runs; run++) {
			BitString[] keys = keys(N, qber, random);
			Cascade.Result result = Cascade.reconcile(keys[0], keys[1], qber, run);
			sum += result.efficiency(qber);
			unequal += result.corrected().equals(keys[0]) ? 0 : 1;
		}
		assertEquals(published, sum / runs, 0.02);
		assertTrue(unequal <= 2, unequal + " of " + runs + " keys still differ after four passes");
	}

	/**
	 * The optimised variant (power-of-two blocks, 14 passes, parities reused): Martinez-Mateo et
	 * al. report about 1.055-1.06 for their best variants at 1.5-3 % QBER; ours is within 0.02 of
	 * 1.06 there (measured 1.061-1.073), and below 1.10 and at least 0.04 below the original at
	 * every QBER from 1 to 10 % (measured 1.061-1.091), 200 keys of 10^4 bits each. As for the
	 * original, a key may keep an even number of errors that no pass separates (measured: 1 of
	 * the 1 600 keys); verification catches it.
	 */
	@ParameterizedTest(name = "QBER {0}")
	@CsvSource({ "0.01", "0.015", "0.02", "0.025", "0.03", "0.04", "0.05", "0.08", "0.10" })
	void optimisedVariantLeaksLessThanTheOriginal(double qber) {
		SplittableRandom random = new SplittableRandom(2014);
		int runs = 200;
		double original = 0;
		double optimised = 0;
		int unequal = 0;
		for (int run = 0; run < runs; run++) {
			BitString[] keys = keys(N, qber, random);
			Cascade.Result result = Cascade.reconcile(Cascade.Variant.OPTIMISED, keys[0], keys[1], qber, run);
			unequal += result.corrected().equals(keys[0]) ? 0 : 1;
			optimised += result.efficiency(qber) / runs;
			original += Cascade.reconcile(keys[0], keys[1], qber, run).efficiency(qber) / runs;
		}
		assertTrue(unequal <= 2, unequal + " of " + runs + " keys still differ");
		assertTrue(optimised < 1.10, "f = " + optimised);
		assertTrue(optimised < original - 0.04, "optimised f = " + optimised + ", original f = " + original);
		if (qber >= 0.015 && qber <= 0.03) {
			assertEquals(1.06, optimised, 0.02);
		}
	}

	@Test
	void optimisedBlockSizesArePowersOfTwoThenHalfTheKey() {
		assertEquals(64, Cascade.Variant.OPTIMISED.blockSize(0, 0.02, N));
		assertEquals(32, Cascade.Variant.OPTIMISED.blockSize(0, 0.03, N));
		assertEquals(256, Cascade.Variant.OPTIMISED.blockSize(1, 0.02, N));
		assertEquals(N / 2, Cascade.Variant.OPTIMISED.blockSize(2, 0.02, N));
		assertEquals(N / 2, Cascade.Variant.OPTIMISED.blockSize(13, 0.02, N));
		assertEquals(37, Cascade.Variant.ORIGINAL.blockSize(0, 0.02, N));
		assertEquals(296, Cascade.Variant.ORIGINAL.blockSize(3, 0.02, N));
	}

	@Test
	void correctsEveryErrorOfATypicalKeyAndCountsWhatAliceDisclosed() {
		SplittableRandom random = new SplittableRandom(7);
		BitString[] keys = keys(N, 0.03, random);
		int errors = keys[0].distance(keys[1]);
		Cascade.Result result = Cascade.reconcile(keys[0], keys[1], 0.03, 11);
		assertEquals(keys[0], result.corrected());
		assertEquals(errors, result.corrections(), "each error flipped once");
		int k1 = Cascade.firstBlockSize(0.03, N);
		assertEquals(25, k1);
		long topLevelParities = 0;
		for (int pass = 0, k = k1; pass < Cascade.PASSES; pass++, k *= 2) {
			topLevelParities += (N + k - 1) / k;
		}
		assertTrue(result.leakedBits() > topLevelParities + errors * 4L, "binary searches disclose parities too");
		assertTrue(keys[1].distance(keys[0]) == errors, "Bob's input is not changed");
	}

	@Test
	void equalKeysLeakOnlyTheBlockParities() {
		BitString key = BitString.random(1000, new SplittableRandom(1));
		Cascade.Result result = Cascade.reconcile(key, key.copy(), 0.01, 3);
		// blocks of 73, 146, 292, 584 bits: 14 + 7 + 4 + 2 parities
		assertEquals(27, result.leakedBits());
		assertEquals(0, result.corrections());
	}

	@Test
	void refusesKeysOfDifferentLengthsAndImpossibleErrorRates() {
		BitString a = BitString.zeros(10);
		assertThrows(IllegalArgumentException.class, () -> Cascade.reconcile(a, BitString.zeros(11), 0.01, 0));
		assertThrows(IllegalArgumentException.class, () -> Cascade.reconcile(a, a, 0, 0));
		assertThrows(IllegalArgumentException.class, () -> Cascade.reconcile(a, a, 0.5, 0));
	}
}
