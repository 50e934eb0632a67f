/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.mdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The Ma-Razavi detection model of {@link MdiLink} and the decoy bounds of {@link DecoyEstimate}
 * against the paper's formulas (evaluated in 48 digits by {@link PreciseMaRazavi}), their limits,
 * and the single-photon-pair expressions of Lo, Curty, Qi (2012) and Xu et al. (2013).
 */
class MdiLinkTest {

	/** Alice and Bob arms from 0 to 500 km of 0.2 dB/km fibre, relay in the middle or off-centre. */
	private static final double[][] ARMS = { { 0.145, 0.145 }, { 0.3, 0.02 }, { 1.0, 1.0 },
			{ 0.145 * 1e-5, 0.145 * 1e-5 }, { 0.145 * 1e-2, 0.145 * 1e-8 }, { 1e-12, 0.5 } };

	@Test
	void gainsAgreeWithThePapersFormulasEvaluatedExactly() {
		// Every gain (right and wrong coincidences, both bases) to 1e-12 relative, from 0 km to
		// 500 km, where the printed diagonal-basis formula loses all digits in double precision.
		for (double[] eta : ARMS) {
			for (double pd : new double[] { 0.0, 3.01e-6, 1e-3 }) {
				for (double[] mu : new double[][] { { 0.5, 0.5 }, { 0.01, 1.3 }, { 2.0, 1e-4 }, { 1e-6, 1e-6 } }) {
					MdiLink link = new MdiLink(eta[0], eta[1], pd, 0.02);
					MdiLink.Coincidences z = link.rectilinear(link.alice(mu[0]), link.bob(mu[1]));
					MdiLink.Coincidences x = link.diagonal(link.alice(mu[0]), link.bob(mu[1]));
					double[] exact = PreciseMaRazavi.gains(eta[0], mu[0], eta[1], mu[1], pd);
					String at = "eta " + eta[0] + "/" + eta[1] + " pd " + pd + " mu " + mu[0] + "/" + mu[1];
					assertClose(exact[0], z.right(), 1e-12, "Z right " + at);
					assertClose(exact[1], z.wrong(), 1e-12, "Z wrong " + at);
					assertClose(exact[2], x.right(), 1e-12, "X right " + at);
					assertClose(exact[3], x.wrong(), 1e-12, "X wrong " + at);
				}
			}
		}
	}

	@Test
	void decoyDifferencesAgreeWithExactDifferences() {
		// The mixed second differences e^(a+b)Q(a,b) - ... + e^(c+c')Q(c,c') of ArmTerms against the
		// same computed in 48 digits: 1e-11 relative, down to a weak decoy of 1e-6 at 500 km. The
		// wrong diagonal coincidences (index 3) subtract the I0(x) series, which cancels their leading
		// order nu^2 eta_a eta_b when both the decoy and the loss are small: 1e-9 there (worst case
		// measured 2.8e-11, nu = 1e-6 on lossless arms).
		for (double[] eta : ARMS) {
			for (double[] decoy : new double[][] { { 0.1, 0.0 }, { 1e-6, 0.0 }, { 0.3, 0.05 }, { 0.5, 0.499 } }) {
				double k = 1.7;
				double pd = 3.01e-6;
				MdiLink link = new MdiLink(eta[0], eta[1], pd, 0.0);
				ArmTerms a = ArmTerms.differences(link.alice(decoy[0]), link.alice(decoy[1]));
				ArmTerms b = ArmTerms.differences(link.bob(k * decoy[0]), link.bob(k * decoy[1]));
				double[] got = { link.rectilinear(a, b).right(), link.rectilinear(a, b).wrong(),
						link.diagonal(a, b).right(), link.diagonal(a, b).wrong() };
				double[] exact = PreciseMaRazavi.mixedDifferences(eta[0], eta[1], pd, decoy[0], k * decoy[0], decoy[1],
						k * decoy[1]);
				for (int i = 0; i < 4; i++) {
					assertClose(exact[i], got[i], i == 3 ? 1e-9 : 1e-11,
							"difference " + i + " eta " + eta[0] + "/" + eta[1] + " decoy " + decoy[0] + "/" + decoy[1]);
				}
			}
		}
	}

	@Test
	void diagonalToRectilinearGainRatio() {
		// Without dark counts, eta = 0.1 on both arms: Q_X / Q_Z = 2.000001, 2.000050, 2.010069 at
		// mu = 1e-5, 1e-3, 0.2 (independent implementation of the Ma-Razavi formulas, qkd test suite
		// "mdi_forward", published to 6 decimals; tolerance 1e-6).
		double[][] expected = { { 1e-5, 2.000001 }, { 1e-3, 2.000050 }, { 0.2, 2.010069 } };
		MdiLink link = new MdiLink(0.1, 0.1, 0.0, 0.015);
		for (double[] e : expected) {
			double ratio = link.diagonal(link.alice(e[0]), link.bob(e[0])).gain()
					/ link.rectilinear(link.alice(e[0]), link.bob(e[0])).gain();
			assertEquals(e[1], ratio, 1e-6, "mu = " + e[0]);
		}
	}

	@Test
	void errorRatesInTheirLimits() {
		// No dark counts: E_Z = e_d exactly (1e-14); E_X -> 1/4 + e_d/2 for weak pulses (two photons
		// from one sender announce a random Bell state), to 1e-6 at mu = 1e-6.
		for (double ed : new double[] { 0.0, 0.015, 0.05 }) {
			MdiLink link = new MdiLink(0.1, 0.3, 0.0, ed);
			assertEquals(ed, link.rectilinear(link.alice(0.4), link.bob(0.7)).errorRate(ed), 1e-14);
			MdiLink symmetric = new MdiLink(0.1, 0.1, 0.0, ed);
			assertEquals(0.25 + ed / 2, symmetric.diagonal(symmetric.alice(1e-6), symmetric.bob(1e-6)).errorRate(ed),
					1e-6);
		}
		// Only dark counts (both arms cut): every coincidence is random, E = 1/2, Q_Z = Q_X = 4 p_d^2 (1 - p_d)^2.
		double pd = 1e-4;
		MdiLink cut = new MdiLink(0.0, 0.0, pd, 0.015);
		double background = 4 * pd * pd * (1 - pd) * (1 - pd);
		assertClose(background, cut.rectilinear(cut.alice(0.5), cut.bob(0.5)).gain(), 1e-14, "Q_Z");
		assertClose(background, cut.diagonal(cut.alice(0.5), cut.bob(0.5)).gain(), 1e-14, "Q_X");
		assertEquals(0.5, cut.rectilinear(cut.alice(0.5), cut.bob(0.5)).errorRate(0.015), 1e-14);
		assertEquals(0.5, cut.diagonal(cut.alice(0.5), cut.bob(0.5)).errorRate(0.015), 1e-14);
	}

	@Test
	void singlePhotonPair() {
		// Y11 = (1-p_d)^2 [eta_a eta_b/2 + (2eta_a + 2eta_b - 3eta_a eta_b) p_d + 4(1-eta_a)(1-eta_b) p_d^2],
		// e11 Y11 = Y11/2 - (1/2 - e_d)(1-p_d)^2 eta_a eta_b/2, written out here (1e-14 relative).
		double ea = 0.03;
		double eb = 0.2;
		double pd = 1e-3;
		double ed = 0.02;
		MdiLink link = new MdiLink(ea, eb, pd, ed);
		double y11 = (1 - pd) * (1 - pd)
				* (ea * eb / 2 + (2 * ea + 2 * eb - 3 * ea * eb) * pd + 4 * (1 - ea) * (1 - eb) * pd * pd);
		assertClose(y11, link.singlePhotonPairYield(), 1e-14, "Y11");
		double e11 = (y11 / 2 - (0.5 - ed) * (1 - pd) * (1 - pd) * ea * eb / 2) / y11;
		assertClose(e11, link.singlePhotonPairError(), 1e-13, "e11");
		// Without dark counts: Y11 = eta_a eta_b / 2 (two of the four Bell states are identified) and e11 = e_d.
		MdiLink clean = new MdiLink(ea, eb, 0.0, ed);
		assertClose(ea * eb / 2, clean.singlePhotonPairYield(), 1e-15, "Y11 without dark counts");
		assertEquals(ed, clean.singlePhotonPairError(), 1e-15);
		assertEquals(0.5, new MdiLink(0, 0, 0, ed).singlePhotonPairError());
	}

	@Test
	void decoyBoundsApproachTheSinglePhotonPairAsTheDecoyVanishes() {
		// The (1,1) coefficient of the detection model is the Y11 of the formula: with nu = 1e-6 the
		// decoy bounds (both bases) agree with the exact Y11 to 1e-5 relative and e11U with e11 to
		// 1e-5 absolute (measured 1.4e-6 and 1e-6), at 0 km, 100 km and 450 km.
		for (double[] eta : new double[][] { { 0.145, 0.145 }, { 0.0145, 0.00145 }, { 0.145e-4, 0.145e-5 } }) {
			MdiLink link = new MdiLink(eta[0], eta[1], 3.01e-6, 0.015);
			DecoyEstimate e = DecoyEstimate.of(link, 0.5, 1e-6, 0.0, 1.0);
			double y11 = link.singlePhotonPairYield();
			assertClose(y11, e.yieldZ(), 1e-5, "Y11 Z");
			assertClose(y11, e.yieldX(), 1e-5, "Y11 X");
			assertEquals(link.singlePhotonPairError(), e.errorUpper(), 1e-5);
			assertTrue(e.yieldZ() <= y11 && e.errorUpper() >= link.singlePhotonPairError());
		}
	}

	@Test
	void decoyBoundsAreBoundsForRandomLinksAndIntensities() {
		// Y11L <= Y11 and e11U >= e11 (relative slack 1e-12 for rounding), including imperfect vacuum
		// decoys (omega > 0), unequal senders (k != 1) and asymmetric arms.
		Random random = new Random(20121);
		int certified = 0;
		for (int i = 0; i < 4000; i++) {
			double ea = Math.pow(10, -6 * random.nextDouble());
			double eb = Math.pow(10, -6 * random.nextDouble());
			double pd = Math.pow(10, -2 - 6 * random.nextDouble());
			double ed = 0.1 * random.nextDouble();
			double mu = Math.pow(10, -2 + 2.3 * random.nextDouble());
			double nu = mu * random.nextDouble();
			double omega = random.nextBoolean() ? 0.0 : nu * random.nextDouble();
			double k = Math.pow(10, -1 + 2 * random.nextDouble());
			MdiLink link = new MdiLink(ea, eb, pd, ed);
			DecoyEstimate e = DecoyEstimate.of(link, mu, nu, omega, k);
			double y11 = link.singlePhotonPairYield();
			String at = link + " mu " + mu + " nu " + nu + " omega " + omega + " k " + k;
			assertTrue(e.yieldZ() <= y11 * (1 + 1e-12), "Y11L_Z above Y11: " + at);
			assertTrue(e.yieldX() <= y11 * (1 + 1e-12), "Y11L_X above Y11: " + at);
			assertTrue(e.errorUpper() >= link.singlePhotonPairError() * (1 - 1e-12), "e11U below e11: " + at);
			if (e.isUseful()) {
				certified++;
			}
		}
		assertTrue(certified > 1000, "only " + certified + " useful estimates");
	}

	@Test
	void noBoundWithoutOrderedIntensities() {
		MdiLink link = new MdiLink(0.1, 0.1, 1e-6, 0.015);
		assertEquals(DecoyEstimate.NONE, DecoyEstimate.of(link, 0.5, 0.5, 0, 1));
		assertEquals(DecoyEstimate.NONE, DecoyEstimate.of(link, 0.5, 0.6, 0, 1));
		assertEquals(DecoyEstimate.NONE, DecoyEstimate.of(link, 0.5, 0.0, 0, 1));
		assertEquals(DecoyEstimate.NONE, DecoyEstimate.of(link, 0.5, 0.1, 0.1, 1));
		assertEquals(DecoyEstimate.NONE, DecoyEstimate.of(link, 0.5, 0.1, 0, 0));
		assertEquals(DecoyEstimate.NONE, DecoyEstimate.of(link, Double.NaN, 0.1, 0, 1));
		assertTrue(DecoyEstimate.of(link, 0.5, 0.1, 0, 1).isUseful());
	}

	private static void assertClose(double expected, double actual, double relative, String message) {
		double tolerance = relative * Math.abs(expected);
		assertTrue(Math.abs(expected - actual) <= tolerance || expected == actual,
				message + ": expected " + expected + " but was " + actual + " (relative error "
						+ Math.abs(expected - actual) / Math.abs(expected) + ")");
	}
}
