/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.BlockKey;
import org.openqci.physics.Maximiser;
import org.openqci.physics.Maximiser.Variable;

/**
 * The secret key of one satellite pass against SatQuMA's published example (J. S. Sidhu et al.,
 * npj Quantum Inf. 8, 18 (2022); code cnqo-qcomms/SatQuMA, version 1.1 example outputs
 * {@code out_Pec_0_QBERI_0_1.0GHz_opt.csv} and {@code out_multi-Pec-QBERI_1.0GHz.csv}): a 500 km zenith
 * pass, elevation above 10 deg, 1 GHz, P_ec = 1e-8, P_ap = 0.1 %, eps_sec = 1e-9, eps_cor = 1e-15,
 * with its fixed protocol parameters q_x = 0.7611, p1 = 0.7501, p2 = 0.1749, mu1 = 0.7921,
 * mu2 = 0.1707, mu3 = 0 ({@link SatQumaPass}). Published: SKL = 4.8613e7 bits and n_X = 1.22667e8 at
 * 26.99 dB zenith loss, 2.9140e6 bits (n_X = 7.74796e6) with 12 dB more, 4.2262e7 bits at QBER_I =
 * 0.5 %.
 * <p>
 * SatQuMA evaluates the same Lim et al. bounds on the same block (the counts summed over the pass),
 * with three choices of its own. An independent re-implementation of its code path, run on its loss
 * file, reproduces the published keys (4.86131e7 and 2.91404e6) and intermediate values (n_X,
 * s_X,0, s_X,1, s_Z,1, v_Z,1, phi_X) to 4 digits or better; replacing its choices one by one by ours
 * gives, at 27 dB and 39 dB:
 * <ol>
 * <li>error correction f_EC n_X h(E_X), f_EC = 1.16, instead of Tomamichel et al.'s finite-size
 * estimate (1.011 n_X h(E_X) here): -0.6 %, -0.6 %;</li>
 * <li>Hoeffding instead of Chernoff fluctuation terms (wider, more so for small blocks): -4.0 %,
 * -14.0 %;</li>
 * <li>no cap v_Z,1 &lt;= m_Z (SatQuMA bounds the single-photon errors by all Z errors; Lim et al.'s
 * Eq. (4) has no cap): -1.5 %, -14.1 %;</li>
 * <li>our loss model instead of the file (fitted within 2.1 %): +0.8 %, +1.0 %.</li>
 * </ol>
 * The result, 4.6041e7 and 2.1607e6 bits from the re-implementation, is what this model gives
 * (measured 4.6042e7 and 2.1607e6): 5.3 % and 25.9 % below the published values. The tolerances
 * follow: within 10 % at 27 dB and within 30 % at 39 dB below the published value (2 % above), and
 * within 0.5 % of the decomposed expectation.
 */
class SatQumaReferenceTest {

	private static final double[] SATQUMA_X = { 0.7611, 0.7501, 0.1749, 0.7921, 0.1707 };

	@Test
	void lossModelFollowsSatQumaLossFile() {
		// FS_loss_XI0.csv (3 significant digits), t = 0, 50, 100, 150, 200, 220 s: within 2.5 %
		// (the fit is within 2.1 % over all 441 points); elevations 90, 52.1, 31.1, 19.6, 12.4, 10.1 deg.
		double[][] rows = { { 0, 2.00e-3, 1.5708 }, { 50, 1.28e-3, 0.910 }, { 100, 6.10e-4, 0.542 },
				{ 150, 3.23e-4, 0.342 }, { 200, 1.94e-4, 0.216 }, { 220, 1.62e-4, 0.177 } };
		for (double[] row : rows) {
			assertEquals(row[1], SatQumaPass.efficiency(row[0]), 0.025 * row[1], "t = " + row[0]);
			assertEquals(row[2], SatQumaPass.geometry(row[0])[0], 0.0015, "elevation at t = " + row[0]);
			assertEquals(SatQumaPass.efficiency(row[0]), SatQumaPass.efficiency(-row[0]), 1e-18);
		}
		assertEquals(500e3, SatQumaPass.geometry(0)[1], 1e-6);
		assertTrue(Math.toDegrees(SatQumaPass.geometry(220)[0]) > 10.0);
	}

	@Test
	void publishedKeyWithSatQumasParameters() {
		// 26.99 dB at the zenith, QBER_I 0.1 %: published 4.8613e7 bits, n_X = 1.22667e8.
		BlockKey zenith27 = SatQumaPass.EXAMPLE.slotsKey(SATQUMA_X);
		assertEquals(1.22667e8, zenith27.details().get("nX"), 0.025 * 1.22667e8);
		assertWithin(4.8613e7, zenith27.secretBits(), 0.10, "27 dB");
		assertEquals(4.6041e7, zenith27.secretBits(), 0.005 * 4.6041e7, "decomposed expectation");
		// 12 dB more (38.99 dB): published 2.9140e6 bits, n_X = 7.74796e6
		BlockKey zenith39 = new SatQumaPass(12, 1e-3).slotsKey(SATQUMA_X);
		assertEquals(7.74796e6, zenith39.details().get("nX"), 0.025 * 7.74796e6);
		assertWithin(2.9140e6, zenith39.secretBits(), 0.30, "39 dB");
		assertEquals(2.1607e6, zenith39.secretBits(), 0.005 * 2.1607e6, "decomposed expectation");
		// QBER_I = 0.5 %: published 4.2262e7 bits; within 10 % as at 27 dB (measured 3.823e7, -9.5 %: the
		// Hoeffding terms and the missing cap weigh more with more errors)
		assertWithin(4.2262e7, new SatQumaPass(0, 5e-3).slotsKey(SATQUMA_X).secretBits(), 0.10, "QBER_I 0.5 %");
		// the key falls with the excess loss as in the published column (2 dB steps)
		double previous = Double.MAX_VALUE;
		for (double ls = 0; ls <= 12; ls += 2) {
			double key = new SatQumaPass(ls, 1e-3).key(SATQUMA_X);
			assertTrue(key < previous, ls + " dB");
			previous = key;
		}
	}

	@Test
	void optimisedPassKey() {
		// q_x, p1, p2, mu1, mu2 optimised over the whole pass (SatQuMA's example keeps them fixed): 6.332e7
		// bits (measured; the re-implementation of the class comment, optimised by Nelder-Mead from three
		// starts, finds 6.3318e7 at q_x = 0.930, p1 = 0.773, p2 = 0.142, mu1 = 0.707, mu2 = 0.228), tolerance
		// 1 %: 30 % above the published fixed-parameter key.
		List<Variable> box = List.of(Variable.linear(0.3, 0.999), Variable.linear(0.05, 0.98),
				Variable.linear(0.01, 0.6), Variable.linear(0.3, 1.0), Variable.linear(0.02, 0.5));
		Maximiser.Result best = Maximiser.maximise(SatQumaPass.EXAMPLE::key, box, SATQUMA_X);
		assertTrue(best.value() > SatQumaPass.EXAMPLE.key(SATQUMA_X));
		assertEquals(6.332e7, best.value(), 0.01 * 6.332e7);
		assertEquals(1.30, best.value() / 4.8613e7, 0.02);
	}

	/** Within {@code below} below and 2 % above the published value (see the class comment). */
	private static void assertWithin(double published, double ours, double below, String what) {
		assertTrue(ours > (1 - below) * published && ours < 1.02 * published,
				what + ": " + ours + " vs published " + published + " (ratio " + ours / published + ")");
	}
}
