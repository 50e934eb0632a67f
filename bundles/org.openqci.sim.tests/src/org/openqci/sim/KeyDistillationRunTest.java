/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.postprocessing.BlockResult;
import org.openqci.postprocessing.Distillation;
import org.openqci.postprocessing.ErrorCorrection;

/**
 * From pulses to final keys: a decoy-state BB84 link of 25 km (eta_Bob 10 %, 0.2 dB/km, p_dc
 * 3e-7 per detector, e_d 1 %; mu 0.5, 0.1, 2e-4 sent with 0.5, 0.3, 0.2; key basis 0.7)
 * simulated in blocks of 3e8 pulses, sifted and distilled with Cascade, verification, Lim et
 * al.'s bound on the observed counts with eps_sec 1e-10, eps_cor 1e-15, and Toeplitz hashing.
 */
class KeyDistillationRunTest {

	private static final double[] MU = { 0.5, 0.1, 0.0002 };
	private static final double[] P = { 0.5, 0.3, 0.2 };

	private static DecoyBb84Link link(double km, double misalignment) {
		double eta = 0.1 * Math.pow(10, -0.2 * km / 10);
		return new DecoyBb84Link(MU, P, 0.7, eta, 1 - Math.sqrt(1 - 6e-7), misalignment, 0, 0);
	}

	private static Distillation distillation() {
		return new Distillation(ErrorCorrection.cascade(), new DecoyBb84KeyBound(MU, P, 1e-10, 1e-15), 0.11);
	}

	@Test
	void bothSidesEndWithTheSameSecretKey() {
		KeyDistillationRun run = new KeyDistillationRun(new DecoyBb84Simulator(link(25, 0.01), 1), distillation(),
				300_000_000L, 1e9, 7);
		List<BlockResult> results = new ArrayList<>();
		KeyDistillationRun.Summary summary = run.run(2, (i, t, r) -> results.add(r), () -> false);

		assertEquals(2, summary.blocks());
		assertEquals(0.6, summary.seconds(), 1e-12);
		for (BlockResult r : results) {
			assertNull(r.aborted(), r.siftedBits() + " sifted, leaked " + r.leakedBits() + ", authentication "
					+ r.authenticationBits() + ", test QBER " + r.testQber());
			assertTrue(r.finalBits() > 100_000, "final key of " + r.finalBits() + " bits from " + r.siftedBits());
			assertEquals(r.finalKeyAlice(), r.finalKeyBob());
			assertTrue(r.efficiency() > 1.0 && r.efficiency() < 1.3, "f = " + r.efficiency());
			assertEquals(0.01, r.testQber(), 0.003);
		}
		assertTrue(summary.finalBits() < summary.siftedBits() - summary.leakedBits());
	}

	@Test
	void aBlockAboveTheAbortThresholdEndsWithoutKeyAndSaysWhy() {
		KeyDistillationRun run = new KeyDistillationRun(new DecoyBb84Simulator(link(10, 0.2), 2), distillation(),
				20_000_000L, 1e9, 3);
		List<BlockResult> results = new ArrayList<>();
		KeyDistillationRun.Summary summary = run.run(1, (i, t, r) -> results.add(r), () -> false);
		assertEquals(1, summary.blocksAborted());
		assertTrue(results.get(0).aborted().matches("aborted: QBER \\d+\\.\\d\\d % above 11\\.00 %"),
				results.get(0).aborted());
		assertTrue(results.get(0).testQber() > 0.15, "e_d = 20 %: " + results.get(0).testQber());
		assertEquals(0, results.get(0).finalBits());
	}

	@Test
	void aCancelledRunStopsBeforeTheNextBlock() {
		KeyDistillationRun run = new KeyDistillationRun(new DecoyBb84Simulator(link(25, 0.01), 1), distillation(),
				1_000_000L, 1e9, 7);
		int[] calls = { 0 };
		KeyDistillationRun.Summary summary = run.run(10, (i, t, r) -> { }, () -> calls[0]++ >= 3);
		assertEquals(3, summary.blocks());
	}
}
