/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.physics.Maximiser;
import org.openqci.physics.Maximiser.Variable;

/**
 * The published numbers of Lim, Curty, Walenta, Xu, Zbinden, PRA 89, 022307 (2014), Sec. IV and
 * abstract (docs physics-references, "Finite-key decoy-state BB84"), with the paper's five free
 * parameters (q_x, p1, p2, mu1, mu2) maximised by the physics {@link Maximiser} (the asymptotic
 * model, the limit p1 -&gt; 1, has three: q_x, mu1, mu2). The paper gives these numbers in its text;
 * its Fig. 1 is not read here.
 */
class LimReferenceTest {

	private static final LimLink LIM = LimLink.LIM;

	@Test
	void blockSizesAt100Km() {
		// "at a fiber length of 100 km, the secret key rate obtained with n_X = 1e9 is about 1.75 times
		// the one based on n_X = 1e7". Measured 1.791 (an independent re-implementation got 1.79):
		// accepted within 0.06 of 1.75 (3.4 %), and within 0.005 of 1.791 so that a change shows.
		double r7 = LIM.optimised(100, 1e7).value();
		double r9 = LIM.optimised(100, 1e9).value();
		double ratio = r9 / r7;
		assertEquals(1.75, ratio, 0.06);
		assertEquals(1.791, ratio, 0.005);
		// Fig. 1: the curves rise with the block size towards the dashed asymptotic one.
		double previous = 0;
		for (double nX : new double[] { 1e4, 1e5, 1e6, 1e7, 1e9, 0 }) {
			double r = nX == 1e7 ? r7 : nX == 1e9 ? r9 : LIM.optimised(100, nX).value();
			assertTrue(r > previous, "n_X = " + nX + ": " + r + " not above " + previous);
			previous = r;
		}
	}

	@Test
	void asymptoticCurveLiesAboveEveryBlockSizeAt100Km() {
		// Fig. 1: the infinite-data curve bounds the finite-key curves from above. The asymptotic model
		// is the limit p1 -> 1 (decoys take a vanishing fraction of the pulses): with q_x, mu1, mu2
		// optimised it gives 1.6416e-4 per pulse at 100 km (q_x = 1, mu1 = 0.589, mu2 -> mu3; measured,
		// tested to 1e-3 relative), above the finite key for every block size up to the largest the
		// model accepts, n_X = 1e13 (1.349e-4, measured). When the model still had p1, p2 as parameters
		// the same search found only 1.334e-4 (the engine 1.12e-4), below the n_X = 1e13 curve.
		Maximiser.Result asymptotic = LIM.optimised(100, 0);
		assertEquals(1.6416e-4, asymptotic.value(), 1e-3 * 1.6416e-4);
		assertEquals(1.0, asymptotic.point(0), 1e-6, "q_x");
		assertEquals(0.589, asymptotic.point(3), 0.01, "mu1");
		double previous = 0;
		for (double nX : new double[] { 1e9, 1e13 }) {
			double r = LIM.optimised(100, nX).value();
			assertTrue(r > previous && r < asymptotic.value(),
					"n_X = " + nX + ": " + r + " not between " + previous + " and " + asymptotic.value());
			previous = r;
		}
		assertEquals(1.349e-4, previous, 0.005e-4);
	}

	@Test
	void smallBlocksReach129Km() {
		// "even if we use a block size of 1e4, cryptographic keys can still be distributed over a fiber
		// length of 135 km" (also the abstract). Measured 129.4-130.0 km (the optimum followed along the
		// fibre; near the cut-off q_x falls to about 0.05); an independent re-implementation got 125 km.
		// Accepted window [125, 136] km, and within 1 km of 129.7 km (129.4 to 130.0 km depending on
		// the maximiser's stopping tolerance).
		double km = LIM.maximumDistance(1e4, 120);
		assertTrue(km >= 125 && km <= 136, "maximum distance " + km);
		assertEquals(129.7, km, 1.0);
	}

	@Test
	void aFixedSecrecyLandsOnThePublishedNumbers() {
		// Not the paper's stated choice, but it shows which way and why we differ: with a fixed
		// eps_sec = 1e-10 instead of eps_sec = kappa l (about 1e-13 for the ~100-bit keys near the
		// 1e4 cut-off, 3e-7 for the 1e9 blocks at 100 km), the same bounds give 1.780 and 134.8 km,
		// next to the published 1.75 and 135 km (measured values; within 0.005 and 0.5 km).
		LimLink fixed = new LimLink(0.0, 0.0, 1e-10);
		assertEquals(1.780, fixed.optimised(100, 1e9).value() / fixed.optimised(100, 1e7).value(), 0.005);
		assertEquals(134.8, fixed.maximumDistance(1e4, 120), 0.5);
	}

	@Test
	void engineSearchFromTheExampleValuesFindsTheKey() {
		// The example optimises all five parameters over the descriptors' ranges the way the engine
		// does (log scale where a range spans more than a factor 100 or starts at 0, so mu and nu run
		// over [2e-6, 2]), seeded with the example's values (q_x 0.8, p1 0.5, p2 0.3, mu 0.45,
		// nu 0.15). At 100 km that is within 1 % of the polished optimum for n_X = 1e4 and 1e9 (either
		// side: neither search is exact where the key length has small kinks), and
		// following the optimum in 1 km steps with warm starts, as the engine does along a sweep, it
		// finds key at 125 km with n_X = 1e4, where the key exists only in a narrow region that a
		// search from scratch misses.
		List<Variable> five = List.of(engine(LimLink.FINITE, "basisProbability"), engine(LimLink.FINITE, "p1"),
				engine(LimLink.FINITE, "p2"), Variable.logarithmic(0, 2), Variable.logarithmic(0, 2));
		double[] seed = { 0.8, 0.5, 0.3, 0.45, 0.15 };
		for (double nX : new double[] { 1e4, 1e9 }) {
			double best = LIM.optimised(100, nX).value();
			double engine = Maximiser.maximise(x -> LIM.rate(100, nX, x), five, seed).value();
			assertEquals(1.0, engine / best, 0.01, nX + ": " + engine + " vs " + best);
		}
		assertEquals(0.0, Maximiser.maximise(x -> LIM.rate(125, 1e4, x), five, seed).value());
		double[] previous = seed;
		for (int km = 100; km <= 125; km++) {
			int at = km;
			Maximiser.Result r = Maximiser.maximiseFrom(x -> LIM.rate(at, 1e4, x), five, previous, seed);
			assertTrue(r.value() > 0, "key at " + km + " km when following the optimum");
			previous = r.point();
		}
	}

	/** The maximiser variable the engine builds for a descriptor (ExperimentResolver.variable). */
	private static Variable engine(org.openqci.core.spi.ProtocolModel model, String name) {
		ParameterDescriptor d = model.parameter(name).orElseThrow();
		return Variable.spanning(d.min(), d.max());
	}
}
