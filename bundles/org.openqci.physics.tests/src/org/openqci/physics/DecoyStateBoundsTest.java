/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The vacuum + weak and two-decoy bounds of Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005): they must be
 * rigorous for any photon-number yields, tight for small decoys, and computed without losing
 * digits.
 */
class DecoyStateBoundsTest {

	private static final int MAX_PHOTONS = 120;

	/** Gains and error gains of weak coherent pulses for given yields Y_n and error rates e_n. */
	private record Channel(double[] yields, double[] errors) {

		double gain(double intensity) {
			double sum = 0.0;
			for (int n = 0; n < yields.length; n++) {
				sum += yields[n] * Poisson.probability(n, intensity);
			}
			return sum;
		}

		double qber(double intensity) {
			double sum = 0.0;
			for (int n = 0; n < yields.length; n++) {
				sum += errors[n] * yields[n] * Poisson.probability(n, intensity);
			}
			return sum / gain(intensity);
		}

		/** A lossy channel with dark counts: Y_n = 1 - (1 - Y0)(1 - eta)^n, e_n Y_n = Y0/2 + e_d eta_n. */
		static Channel lossy(double eta, double y0, double ed) {
			double[] y = new double[MAX_PHOTONS];
			double[] e = new double[MAX_PHOTONS];
			for (int n = 0; n < MAX_PHOTONS; n++) {
				double etaN = -Math.expm1(n * Math.log1p(-eta));
				y[n] = y0 + etaN * (1.0 - y0);
				e[n] = (0.5 * y0 + ed * etaN) / y[n];
			}
			return new Channel(y, e);
		}
	}

	@Test
	void boundsAreRigorousForArbitraryYields() {
		// 2000 random channels (fixed seed): any yields in [0, 1] and error rates in [0, 1/2]. The
		// bounds must hold up to rounding: tolerance 1e-12 absolute on Y1 and e1.
		Random random = new Random(20050720L);
		int useful = 0;
		for (int trial = 0; trial < 2000; trial++) {
			double[] y = new double[MAX_PHOTONS];
			double[] e = new double[MAX_PHOTONS];
			for (int n = 0; n < MAX_PHOTONS; n++) {
				y[n] = random.nextDouble();
				e[n] = 0.5 * random.nextDouble();
			}
			Channel c = new Channel(y, e);
			double mu = 0.2 + 0.8 * random.nextDouble();
			double nu1 = mu * (0.05 + 0.5 * random.nextDouble());
			double nu2 = trial % 2 == 0 ? 0.0 : nu1 * 0.5 * random.nextDouble();
			DecoyStateBounds.Estimate est = DecoyStateBounds.twoDecoys(c.gain(mu), c.gain(nu1), c.qber(nu1),
					c.gain(nu2), c.qber(nu2), mu, nu1, nu2);
			assertTrue(est.yieldLower() <= y[1] + 1e-12, "Y1L " + est.yieldLower() + " > Y1 " + y[1]);
			if (est.yieldLower() > 0.0) {
				assertTrue(est.errorUpper() >= e[1] - 1e-12, "e1U " + est.errorUpper() + " < e1 " + e[1]);
				useful++;
			}
			assertTrue(est.errorUpper() >= 0.0 && est.errorUpper() <= 0.5);
		}
		assertTrue(useful > 1000, "the bounds certified almost nothing: " + useful);
	}

	@Test
	void photonNumberSplittingAttackIsDetected() {
		// Eve blocks all single photons and lets every multi-photon pulse through: Y1 = 0. The
		// bound must certify no single-photon yield (tolerance: rounding, 1e-12).
		double[] y = new double[MAX_PHOTONS];
		double[] e = new double[MAX_PHOTONS];
		y[0] = 1e-6;
		e[0] = 0.5;
		for (int n = 2; n < MAX_PHOTONS; n++) {
			y[n] = 1.0;
		}
		Channel c = new Channel(y, e);
		DecoyStateBounds.Estimate est = DecoyStateBounds.vacuumPlusWeak(c.gain(0.5), c.gain(0.1), c.qber(0.1), y[0],
				0.5, 0.1);
		assertTrue(est.yieldLower() <= 1e-12, "Y1L = " + est.yieldLower());
	}

	@Test
	void vacuumPlusWeakIsTheTwoDecoyBoundWithAVacuumDecoy() {
		Channel c = Channel.lossy(0.045 * Math.pow(10, -0.021 * 60), 1.7e-6, 0.033);
		double mu = 0.48;
		double nu = 0.05;
		DecoyStateBounds.Estimate a = DecoyStateBounds.vacuumPlusWeak(c.gain(mu), c.gain(nu), c.qber(nu), c.gain(0),
				mu, nu);
		DecoyStateBounds.Estimate b = DecoyStateBounds.twoDecoys(c.gain(mu), c.gain(nu), c.qber(nu), c.gain(0), 0.5,
				mu, nu, 0.0);
		assertEquals(a, b);
	}

	@Test
	void boundsTightenAsTheWeakDecoyVanishes() {
		// GYS channel at 50 km: the relative gap of Y1L below Y1 shrinks with nu (about linearly);
		// at nu = 1e-3 it is below 1e-3, and the e1 bound is within 2e-3 relative (measured
		// 1.3e-3: the gap of e1U also scales with nu).
		double eta = 0.045 * Math.pow(10, -0.021 * 50);
		Channel c = Channel.lossy(eta, 1.7e-6, 0.033);
		double mu = 0.48;
		double previousGap = Double.POSITIVE_INFINITY;
		for (double nu : new double[] { 0.2, 0.1, 0.05, 0.01, 0.001 }) {
			DecoyStateBounds.Estimate est = DecoyStateBounds.vacuumPlusWeak(c.gain(mu), c.gain(nu), c.qber(nu),
					c.gain(0), mu, nu);
			double gap = (c.yields()[1] - est.yieldLower()) / c.yields()[1];
			assertTrue(gap > 0.0 && gap < previousGap, "gap " + gap + " at nu = " + nu);
			previousGap = gap;
		}
		DecoyStateBounds.Estimate est = DecoyStateBounds.vacuumPlusWeak(c.gain(mu), c.gain(1e-3), c.qber(1e-3),
				c.gain(0), mu, 1e-3);
		assertTrue(previousGap < 1e-3, "gap " + previousGap);
		assertEquals(c.errors()[1], est.errorUpper(), 2e-3 * c.errors()[1]);
	}

	@Test
	void keepsDigitsWhereTheBackgroundDominates() {
		// Very high loss (eta = 1e-9) and a tiny decoy (nu = 1e-6): the Y0 terms of the paper's
		// formula cancel to about 1e-6 of their size. Reference: the same formula in 50-digit
		// decimal arithmetic on the same double inputs. Tolerance 1e-12 relative for Y1L; 1e-9 for
		// e1U, whose input E_nu Q_nu is rounded once in double (error 1e-16 / nu relative).
		Channel c = Channel.lossy(1e-9, 1.7e-6, 0.033);
		double mu = 0.5;
		double nu = 1e-6;
		double qMu = c.gain(mu);
		double qNu = c.gain(nu);
		double eNu = c.qber(nu);
		double y0 = c.gain(0);
		DecoyStateBounds.Estimate est = DecoyStateBounds.vacuumPlusWeak(qMu, qNu, eNu, y0, mu, nu);

		MathContext mc = new MathContext(50);
		BigDecimal m = new BigDecimal(mu);
		BigDecimal n = new BigDecimal(nu);
		BigDecimal ratio = n.multiply(n).divide(m.multiply(m), mc);
		BigDecimal bracket = new BigDecimal(qNu).multiply(exp(n, mc), mc)
				.subtract(new BigDecimal(qMu).multiply(exp(m, mc), mc).multiply(ratio, mc), mc)
				.subtract(BigDecimal.ONE.subtract(ratio, mc).multiply(new BigDecimal(y0), mc), mc);
		BigDecimal y1 = m.divide(m.multiply(n, mc).subtract(n.multiply(n, mc), mc), mc).multiply(bracket, mc);
		BigDecimal e1 = new BigDecimal(eNu).multiply(new BigDecimal(qNu), mc).multiply(exp(n, mc), mc)
				.subtract(new BigDecimal("0.5").multiply(new BigDecimal(y0), mc), mc).divide(y1.multiply(n, mc), mc);

		assertEquals(y1.doubleValue(), est.yieldLower(), 1e-12 * y1.doubleValue());
		assertEquals(e1.doubleValue(), est.errorUpper(), 1e-9 * e1.doubleValue());
		// And the bound is still rigorous and nearly tight here (relative gap of order nu).
		assertTrue(est.yieldLower() <= c.yields()[1] && est.yieldLower() > (1 - 1e-5) * c.yields()[1]);
	}

	@Test
	void noBoundWhereTheConditionsFail() {
		Channel c = Channel.lossy(0.01, 1e-6, 0.01);
		assertSame(DecoyStateBounds.NONE, DecoyStateBounds.vacuumPlusWeak(c.gain(0.5), c.gain(0.5), c.qber(0.5), 1e-6,
				0.5, 0.5));
		assertSame(DecoyStateBounds.NONE, DecoyStateBounds.vacuumPlusWeak(c.gain(0.5), c.gain(0.6), c.qber(0.6), 1e-6,
				0.5, 0.6));
		assertSame(DecoyStateBounds.NONE, DecoyStateBounds.vacuumPlusWeak(c.gain(0.5), 1e-6, 0.5, 1e-6, 0.5, 0.0));
		// nu1 + nu2 must stay below mu
		assertSame(DecoyStateBounds.NONE, DecoyStateBounds.twoDecoys(c.gain(0.5), c.gain(0.3), c.qber(0.3),
				c.gain(0.25), c.qber(0.25), 0.5, 0.3, 0.25));
		// pure noise: Q = Y0 at every intensity certifies Y1 >= Y0 only; with Y0 = 0 nothing at all
		assertSame(DecoyStateBounds.NONE, DecoyStateBounds.vacuumPlusWeak(0.0, 0.0, 0.0, 0.0, 0.5, 0.1));
		assertEquals(0.0, DecoyStateBounds.NONE.yieldLower());
		assertEquals(0.5, DecoyStateBounds.NONE.errorUpper());
	}

	private static BigDecimal exp(BigDecimal x, MathContext mc) {
		BigDecimal sum = BigDecimal.ONE;
		BigDecimal term = BigDecimal.ONE;
		for (int k = 1; k < 200; k++) {
			term = term.multiply(x, mc).divide(BigDecimal.valueOf(k), mc);
			sum = sum.add(term, mc);
			if (term.abs().compareTo(BigDecimal.ONE.movePointLeft(60)) < 0) {
				break;
			}
		}
		return sum;
	}
}
