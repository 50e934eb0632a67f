/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The chain on synthetic blocks: keys agree, failures abort with a reason, lengths obey the bound. */
class DistillationTest {

	private static SiftedBlock block(int n, double qber, long tests, long testErrors, long seed) {
		BitString[] keys = CascadeTest.keys(n, qber, new SplittableRandom(seed));
		return new SiftedBlock(keys[0], keys[1], new long[] { n }, new long[] { tests }, new long[] { testErrors },
				10L * n);
	}

	@Test
	void theFinalKeysAgreeAndHaveTheBoundsLengthLessAuthentication() {
		SiftedBlock block = block(100_000, 0.02, 10_000, 200, 1);
		long[] leakSeen = new long[1];
		Distillation distillation = new Distillation(ErrorCorrection.cascade(), (b, leak) -> {
			leakSeen[0] = leak;
			return 50_000 - leak / 4;
		}, 0.11);
		BlockResult r = distillation.process(block, 5);
		assertEquals(null, r.aborted());
		assertEquals(r.finalKeyAlice(), r.finalKeyBob());
		assertEquals(r.leakedBits(), leakSeen[0], "the bound sees the measured leakage");
		assertEquals(50_000 - leakSeen[0] / 4 - r.authenticationBits(), r.finalBits());
		assertEquals(r.exchanges() * 2 * Distillation.TAG_BITS, r.authenticationBits());
		assertEquals(0.02, r.testQber(), 1e-12);
		assertTrue(r.testQberUpper() > 0.02 && r.testQberUpper() < 0.0235, "Wilson upper " + r.testQberUpper());
		assertTrue(r.efficiency() > 1.05 && r.efficiency() < 1.3, "f = " + r.efficiency());
	}

	@Test
	void aQberAboveTheThresholdAbortsBeforeErrorCorrection() {
		BlockResult r = new Distillation(ErrorCorrection.cascade(), (b, leak) -> 1_000, 0.11)
				.process(block(10_000, 0.12, 1_000, 123, 2), 1);
		assertEquals("aborted: QBER 12.30 % above 11.00 %", r.aborted());
		assertEquals(0, r.finalBits());
		assertEquals(0, r.leakedBits());
	}

	@Test
	void keysThatStillDifferFailVerificationAndGiveNoKey() {
		ErrorCorrection nothing = new ErrorCorrection() {
			@Override
			public String id() {
				return "none";
			}

			@Override
			public String name() {
				return "no correction";
			}

			@Override
			public Outcome correct(BitString alice, BitString bob, double qber, long seed) {
				return new Cascade.Result(bob.copy(), 0, 0, 0);
			}
		};
		BlockResult r = new Distillation(nothing, (b, leak) -> 5_000, 0.11).process(block(10_000, 0.01, 1_000, 10, 3),
				1);
		assertEquals("aborted: verification failed, the keys differ after no correction", r.aborted());
		assertEquals(0, r.finalBits());
	}

	@Test
	void aBoundWithNothingLeftGivesNoKey() {
		BlockResult r = new Distillation(ErrorCorrection.cascade(), (b, leak) -> leak / 2, 0.11)
				.process(block(10_000, 0.01, 1_000, 10, 4), 1);
		assertTrue(r.aborted().startsWith("no key"), r.aborted());
	}
}
