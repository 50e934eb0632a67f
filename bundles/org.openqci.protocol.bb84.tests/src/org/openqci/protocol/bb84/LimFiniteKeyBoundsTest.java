/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.ParameterValues;
import org.openqci.physics.Maximiser;
import org.openqci.physics.Maximiser.Variable;

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
		// s_0 = tau0 Y_0, s_1 = tau1 Y_1, v_1 = tau1 e_1 Y_1 (per pulse, per q_x^2), with the asymptotic
		// model's tau0 = e^(-mu1), tau1 = mu1 e^(-mu1) (the limit p1 -> 1). s_0 is tight as mu3 -> 0,
		// s_1 and v_1 as mu2, mu3 -> 0 (to 1e-2 relative at mu2 = 1e-3, mu3 = 1e-6).
		double eta = ETA_BOB * LimLink.transmittance(40);
		LimChannelModel link = new LimChannelModel(eta, LimLink.Y0, 5e-3, 0.04);
		double y0 = 1.04 * LimLink.Y0;
		double y1 = 1.04 * (1 - (1 - LimLink.Y0) * (1 - eta));
		double ey1 = LimLink.Y0 / 2 + 5e-3 * eta + 0.04 * (1 - (1 - LimLink.Y0) * (1 - eta)) / 2;
		for (double[] m : new double[][] { { 0.5, 0.1, 2e-4 }, { 0.6, 0.2, 0.05 }, { 0.5, 1e-3, 1e-6 } }) {
			double tau0 = Math.exp(-m[0]);
			double tau1 = m[0] * Math.exp(-m[0]);
			LimFiniteKeyBounds.Result r = LimFiniteKeyBounds.asymptotic(link, m[0], m[1], m[2], 1.0, 1.16);
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
	void largeBlocksApproachTheAsymptoticRateFromBelow() {
		// At the same q_x = 0.9 and intensities (0.5, 0.1, 2e-4), 50 km, the finite key per pulse with
		// p1 and p2 optimised rises with n_X towards the asymptotic one (the limit p1 -> 1): the decoy
		// fraction 1 - p1 falls from 0.96 (n_X = 1e6) to 0.019 (1e13, the largest block kappa = 1e-15
		// allows), and the finite key stays below the asymptotic one with a gap shrinking about as
		// n_X^-1/4. Measured ratios 0.145 (1e6), 0.515, 0.820, 0.944, 0.970 (1e13); tested within 0.005.
		double[] x = { 0.9, Double.NaN, Double.NaN, 0.5, 0.1 }; // the asymptotic model reads no p1, p2
		double asymptotic = LimLink.LIM.rate(50, 0, x);
		double previous = 0;
		for (double nX : new double[] { 1e6, 1e8, 1e10, 1e12, 1e13 }) {
			double r = optimisedOverProbabilities(50, nX, x);
			assertTrue(r > previous && r < asymptotic, nX + ": " + r + " vs " + asymptotic);
			previous = r;
		}
		assertEquals(0.970, previous / asymptotic, 0.005);
	}

	@Test
	void asymptoticRateIsNeverBelowTheFiniteKey() {
		// At the same q_x and intensities no block size and no probabilities p1, p2 beat the asymptotic
		// key: the fluctuation terms only lower the bounds, and without them the key is convex in
		// (p1, p2) and largest at the signal corner p1 -> 1 for these signal intensities (0.3 to 0.6).
		double[][] points = { { 0.85, 0.41, 0.22 }, { 0.93, 0.44, 0.17 }, { 0.5, 0.3, 0.2 }, { 0.99, 0.6, 0.05 } };
		double[] probabilities = { 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.98 };
		int keys = 0;
		for (double[] point : points) {
			for (double km : new double[] { 0, 50, 100, 150 }) {
				double asymptotic = LimLink.LIM.rate(km, 0, new double[] { point[0], 0, 0, point[1], point[2] });
				for (double nX : new double[] { 1e4, 1e7, 1e10, 1e13 }) {
					for (double p1 : probabilities) {
						for (double p2 : probabilities) {
							if (p1 + p2 >= 1) {
								continue;
							}
							double r = LimLink.LIM.rate(km, nX, new double[] { point[0], p1, p2, point[1], point[2] });
							assertTrue(r <= asymptotic, km + " km, n_X " + nX + ", p " + p1 + ", " + p2 + ": " + r
									+ " above " + asymptotic);
							keys += r > 0 ? 1 : 0;
						}
					}
				}
			}
		}
		assertTrue(keys > 500, "too few points with key: " + keys);
	}

	@Test
	void asymptoticRateIsTheLimitOfSmallDecoyProbabilities() {
		// The model equals the former asymptotic formula with probabilities (LimEquations.asymptotic:
		// e^k / p_k, tau_n and E_X over all three intensities) at p1 = 1 - 2e-9, p2 = p3 = 1e-9, to
		// 1e-6 relative, and approaches it from the corner as p1 grows.
		int keys = 0;
		for (double[] x : POINTS) {
			for (double km : new double[] { 0, 50, 100, 150 }) {
				double eta = ETA_BOB * LimLink.transmittance(km);
				double[] mu = { x[3], x[4], LimLink.MU3 };
				double model = LimLink.LIM.rate(km, 0, x);
				double limit = LimEquations.asymptotic(eta, 6e-7, 0.04, 5e-3, mu, new double[] { 1 - 2e-9, 1e-9, 1e-9 },
						x[0], 1.16);
				assertEquals(limit, model, 1e-6 * limit, km + " km, x " + java.util.Arrays.toString(x));
				double previous = 0;
				for (double p1 : new double[] { 0.5, 0.9, 0.99, 0.999 }) {
					double former = LimEquations.asymptotic(eta, 6e-7, 0.04, 5e-3, mu,
							new double[] { p1, (1 - p1) / 2, (1 - p1) / 2 }, x[0], 1.16);
					assertTrue(former >= previous && former <= model * (1 + 1e-12), p1 + ": " + former);
					previous = former;
				}
				keys += model > 0 ? 1 : 0;
			}
		}
		assertTrue(keys >= 15, "too few points with key: " + keys);
	}

	@Test
	void asymptoticRateScalesAsTheSiftedFraction() {
		// R is proportional to q_x^2 (1e-12 relative).
		double[] x = { 1.0, Double.NaN, Double.NaN, 0.45, 0.15 };
		double full = LimLink.LIM.rate(30, 0, x);
		x[0] = 0.5;
		assertEquals(0.25 * full, LimLink.LIM.rate(30, 0, x), 1e-12 * full);
	}

	/** The finite key per pulse at q_x, mu1, mu2 of x, maximised over the decoy fraction 1 - p1 and p2 / (1 - p1). */
	private static double optimisedOverProbabilities(double km, double nX, double[] x) {
		return Maximiser.maximise(
				y -> LimLink.LIM.rate(km, nX, new double[] { x[0], 1 - y[0], y[0] * y[1], x[3], x[4] }),
				List.of(Variable.logarithmic(1e-7, 0.99), Variable.linear(0.01, 0.99))).value();
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
