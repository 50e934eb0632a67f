/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.ParameterValues;

/**
 * The formulas of {@link LimFiniteKeyBounds} and {@link LimChannelModel}: against a plain second
 * implementation of Lim et al., Eqs. (1)-(5) ({@link LimEquations}), against the exact
 * photon-number statistics of the channel model, and in their limits.
 */
class LimFiniteKeyBoundsTest {

	private static final double ETA_BOB = 0.1;

	/** Parameter points (q_x, p1, p2, mu1, mu2) and distances: optima for 1e4 to 1e9 and off-optimum points. */
	private static final double[][] POINTS = { { 0.85, 0.38, 0.44, 0.41, 0.22 }, { 0.93, 0.76, 0.155, 0.44, 0.17 },
			{ 0.49, 0.027, 0.48, 0.51, 0.09 }, { 0.3, 0.2, 0.3, 0.8, 0.05 }, { 0.6, 0.5, 0.45, 0.3, 0.2 } };

	@Test
	void matchesThePlainImplementationAtAFixedSecrecy() {
		// Every bound and the key length to 1e-9 relative (both implementations use doubles; the
		// model rearranges the bounds as affine functions of the Hoeffding deviation).
		for (double[] x : POINTS) {
			for (double km : new double[] { 0, 50, 100 }) {
				for (double nX : new double[] { 1e5, 1e7, 1e9 }) {
					ParameterValues p = LimLink.finite(nX, x[0], x[1], x[2]).with("epsSecPerBit", 0.0)
							.with("epsSec", 1e-10);
					KeyRate r = LimLink.FINITE.evaluate(LimLink.LIM.budget(km, x[3], x[4]), p);
					LimEquations.Bounds b = plain(km, x, nX, 1e-10);
					String at = km + " km, n_X " + nX + ", x " + java.util.Arrays.toString(x);
					assertClose(b.pulses(), r.details().get("nPulses"), at);
					assertClose(b.sX0(), r.details().get("s_X0"), at);
					assertClose(b.sX1(), r.details().get("s_X1"), at);
					assertClose(b.sZ1(), r.details().get("s_Z1"), at);
					assertClose(b.vZ1(), r.details().get("v_Z1"), at);
					assertClose(b.phi(), r.details().get("phaseError"), at);
					assertClose(b.lambdaEC(), r.details().get("lambdaEC"), at);
					assertClose(b.qberX(), r.details().get("qberX"), at);
					double l = Math.max(0, Math.floor(b.bracket()));
					assertEquals(l, r.details().get("keyLength"), 1e-9 * Math.abs(b.bracket()) + 1e-9, at);
					assertEquals(l / b.pulses(), r.secretKeyPerPulse(), 1e-9 * r.secretKeyPerPulse(), at);
				}
			}
		}
	}

	@Test
	void secrecyPerKeyBitGivesTheLargestCertifiedLength() {
		// With eps_sec = kappa l (kappa = 1e-15) the key length must satisfy l <= L(kappa l) (L the
		// bracket of Eq. (1)); the model returns l with bounds computed at some eps <= kappa l, and the
		// largest certified length is at most 2 bits longer.
		int keys = 0;
		for (double[] x : POINTS) {
			for (double km : new double[] { 0, 60, 120 }) {
				for (double nX : new double[] { 1e4, 1e6, 1e9 }) {
					KeyRate r = LimLink.FINITE.evaluate(LimLink.LIM.budget(km, x[3], x[4]),
							LimLink.finite(nX, x[0], x[1], x[2]));
					double l = r.details().get("keyLength");
					if (l == 0) {
						// no length c >= 1 with c <= L(kappa c), checked at a few c up to n_X
						for (double c = 1; c <= nX; c *= 3) {
							assertTrue(c > plain(km, x, nX, 1e-15 * c).bracket(), "a key of " + c + " bits was missed");
						}
						continue;
					}
					keys++;
					double eps = r.details().get("epsSec");
					assertTrue(eps <= 1e-15 * l * (1 + 1e-12), "eps_sec " + eps + " above kappa l");
					LimEquations.Bounds b = plain(km, x, nX, eps);
					assertEquals(l, Math.floor(b.bracket()), 1e-9 * l + 1e-6, "l is floor L(eps)");
					assertClose(b.sX1(), r.details().get("s_X1"), "bounds at the reported eps");
					assertTrue(l <= plain(km, x, nX, 1e-15 * l).bracket(), "l <= L(kappa l)");
					assertTrue(l + 3 > plain(km, x, nX, 1e-15 * (l + 3)).bracket(), "a longer key was missed");
				}
			}
		}
		assertTrue(keys > 20, "too few points with key: " + keys);
	}

	@Test
	void decoyBoundsHoldAndTightenAsTheDecoysVanish() {
		// Without fluctuations Eqs. (2)-(4) bound the exact per-pulse single-photon statistics of the
		// channel model: Y_n = (1 + p_ap)[1 - (1 - Y0)(1 - eta)^n] and
		// e_n Y_n = Y0/2 + e_mis [1 - (1 - eta)^n] + p_ap [1 - (1 - Y0)(1 - eta)^n] / 2, so that
		// s_0 = tau0 Y_0, s_1 = tau1 Y_1, v_1 = tau1 e_1 Y_1 (per pulse, per q_x^2). s_0 is tight as
		// mu3 -> 0, s_1 and v_1 as mu2, mu3 -> 0 (to 1e-2 relative at mu2 = 1e-3, mu3 = 1e-6).
		double eta = ETA_BOB * LimLink.transmittance(40);
		LimChannelModel link = new LimChannelModel(eta, LimLink.Y0, 5e-3, 0.04);
		double y0 = 1.04 * LimLink.Y0;
		double y1 = 1.04 * (1 - (1 - LimLink.Y0) * (1 - eta));
		double ey1 = LimLink.Y0 / 2 + 5e-3 * eta + 0.04 * (1 - (1 - LimLink.Y0) * (1 - eta)) / 2;
		for (double[] m : new double[][] { { 0.5, 0.1, 2e-4 }, { 0.6, 0.2, 0.05 }, { 0.5, 1e-3, 1e-6 } }) {
			ThreeIntensities s = new ThreeIntensities(m[0], m[1], m[2], 0.6, 0.3);
			double tau0 = 0.6 * Math.exp(-m[0]) + 0.3 * Math.exp(-m[1]) + 0.1 * Math.exp(-m[2]);
			double tau1 = 0.6 * m[0] * Math.exp(-m[0]) + 0.3 * m[1] * Math.exp(-m[1]) + 0.1 * m[2] * Math.exp(-m[2]);
			LimFiniteKeyBounds.Result r = LimFiniteKeyBounds.asymptotic(link, s, 1.0, 1.16);
			double s1 = r.singleX();
			double v1 = r.errorsZ();
			assertTrue(r.vacuumX() <= tau0 * y0 * (1 + 1e-12), "s0 " + r.vacuumX() + " above " + tau0 * y0);
			assertTrue(s1 <= tau1 * y1 * (1 + 1e-12), "s1 " + s1 + " above " + tau1 * y1);
			assertTrue(v1 >= tau1 * ey1 * (1 - 1e-12), "v1 " + v1 + " below " + tau1 * ey1);
			assertEquals(v1 / s1, r.phaseError(), 1e-12);
			if (m[1] < 0.01) {
				assertEquals(tau0 * y0, r.vacuumX(), 1e-2 * tau0 * y0);
				assertEquals(tau1 * y1, s1, 1e-2 * tau1 * y1);
				assertEquals(tau1 * ey1, v1, 1e-2 * tau1 * ey1);
			}
		}
	}

	@Test
	void gammaIsTheFormulaOfEq5() {
		// gamma(a, b, c, d) against the printed form, to 1e-12 relative; 0 at b = 0 (its limit).
		double[][] args = { { 1e-10, 0.02, 3e6, 6e8 }, { 1e-15, 0.3, 500, 4000 }, { 1e-5, 1e-4, 1e9, 1e9 } };
		for (double[] a : args) {
			double g = LimFiniteKeyBounds.gamma(Math.log(21 / a[0]), a[1], a[2], a[3]);
			assertEquals(LimEquations.gamma(a[0], a[1], a[2], a[3]), g, 1e-12 * g);
		}
		assertEquals(0.0, LimFiniteKeyBounds.gamma(30, 0.0, 1e6, 1e6));
		assertTrue(LimFiniteKeyBounds.gamma(30, 1e-9, 1e6, 1e6) < 1e-6);
	}

	@Test
	void channelModelOfSectionIV() {
		// D_k = 1 - (1 - 2 p_dc) e^(-eta k), R_k = D_k (1 + p_ap),
		// e_k = p_dc + e_mis (1 - e^(-eta k)) + p_ap D_k / 2, at eta = 1e-3, k = 0.5 (1e-12 relative:
		// the closed form 1 - e^(-x) written here loses about 1e-13 at x = 5e-4).
		LimChannelModel link = new LimChannelModel(1e-3, 1.2e-6, 5e-3, 0.04);
		double d = 1 - (1 - 1.2e-6) * Math.exp(-5e-4);
		assertEquals(d, link.detection(0.5), 1e-12 * d);
		assertEquals(1.04 * d, link.click(0.5), 1e-12 * d);
		double e = 6e-7 + 5e-3 * (1 - Math.exp(-5e-4)) + 0.02 * d;
		assertEquals(e, link.error(0.5), 1e-12 * e);
		assertEquals(e / (1.04 * d), link.qber(0.5), 1e-12);
		// background and afterpulses alone: error rate 1/2
		assertEquals(0.5, new LimChannelModel(0, 1e-5, 0.1, 0.3).qber(0.5), 1e-15);
		assertEquals(0.0, new LimChannelModel(0, 0, 0.1, 0.3).qber(0.5));
	}

	@Test
	void largeBlocksApproachTheAsymptoticRate() {
		// At the same parameters the finite key per pulse rises with n_X towards the asymptotic one:
		// n_X = 1e13 within 1e-3 below it (measured 1.0e-4; the fluctuation terms fall as n_X^-1/2).
		double[] x = { 0.7, 0.5, 0.35, 0.45, 0.15 };
		double asymptotic = LimLink.LIM.rate(50, 0, x);
		double previous = 0;
		for (double nX : new double[] { 1e6, 1e8, 1e10, 1e12, 1e13 }) {
			double r = LimLink.LIM.rate(50, nX, x);
			assertTrue(r > previous && r < asymptotic, nX + ": " + r + " vs " + asymptotic);
			previous = r;
		}
		assertEquals(asymptotic, previous, 1e-3 * asymptotic);
	}

	@Test
	void asymptoticRateScalesAsTheSiftedFraction() {
		// R is proportional to q_x^2 (1e-12 relative).
		double[] x = { 1.0, 0.7, 0.2, 0.45, 0.15 };
		double full = LimLink.LIM.rate(30, 0, x);
		x[0] = 0.5;
		assertEquals(0.25 * full, LimLink.LIM.rate(30, 0, x), 1e-12 * full);
	}

	private static LimEquations.Bounds plain(double km, double[] x, double nX, double eps) {
		double eta = ETA_BOB * LimLink.transmittance(km);
		return LimEquations.evaluate(eta, 6e-7, 0.04, 5e-3, new double[] { x[3], x[4], LimLink.MU3 },
				new double[] { x[1], x[2], 1 - x[1] - x[2] }, x[0], nX, eps, 1e-15, 1.16);
	}

	private static void assertClose(double expected, double actual, String message) {
		assertEquals(expected, actual, 1e-9 * Math.abs(expected) + 1e-9, message);
	}
}
