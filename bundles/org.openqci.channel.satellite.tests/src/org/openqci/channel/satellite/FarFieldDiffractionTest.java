/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.satellite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The far-field diffraction integral, its Bessel functions and its published limits. */
class FarFieldDiffractionTest {

	@Test
	void besselFunctionsMatchTables() {
		// Abramowitz and Stegun, Table 9.1 (10 digits); the first zero of J0 (Table 9.5); tolerance 1e-10,
		// on both sides of the switch from the power series to the asymptotic expansion at x = 12.
		assertEquals(0.7651976866, Bessel.j0(1), 1e-10);
		assertEquals(0.4400505857, Bessel.j1(1), 1e-10);
		assertEquals(-0.2459357645, Bessel.j0(10), 1e-10);
		assertEquals(0.0434727462, Bessel.j1(10), 1e-10);
		assertEquals(0.0, Bessel.j0(2.404825557695773), 1e-12);
		assertEquals(-0.4400505857, Bessel.j1(-1), 1e-10);
		// continuity across x = 12 (the two methods agree to 1e-10)
		assertEquals(Bessel.j0(Math.nextDown(Bessel.SWITCH)), Bessel.j0(Bessel.SWITCH), 1e-10);
		assertEquals(Bessel.j1(Math.nextDown(Bessel.SWITCH)), Bessel.j1(Bessel.SWITCH), 1e-10);
		// J0(30) = -0.0863679835810403, J1(30) = -0.1187510626166229 (tables, 16 digits; tolerance 1e-12)
		assertEquals(-0.0863679835810403, Bessel.j0(30), 1e-12);
		assertEquals(-0.1187510626166229, Bessel.j1(30), 1e-12);
	}

	@Test
	void reproducesSatQumaDiffractionColumn() {
		// SatQuMA's loss file for its default input (channel/time_dependent_loss.py writes
		// FS_loss_th_m_90.00_wl_810nm_h_500.0km_h1_0.0km_aT_0.15m_aR_0.6m_w0_0.15m.csv: 810 nm, aperture
		// radii 0.15 m and 0.6 m, w0 = 0.15 m; a run of SatQuMA 2.0.0-beta stored in a public repository),
		// column eta_diff at the ranges of its Distance column (t = 0, 72, 100, 150, 256, 346 s of a zenith
		// pass). SatQuMA integrates the same Fraunhofer integral with adaptive quadrature: agreement to
		// 1e-9 relative (measured: 1e-15).
		double[][] rows = { { 500000.0, 0.3686675741878002 }, { 727126.3265297944, 0.1935768546014412 },
				{ 887341.5932528465, 0.1341100936297189 }, { 1207289.016279546, 0.07461707881712801 },
				{ 1936944.636719146, 0.02961231643311956 }, { 2571238.993907597, 0.01690316249567119 } };
		for (double[] row : rows) {
			double eta = FarFieldDiffraction.collected(0.15, 0.15, 0.6, row[0], 810e-9);
			assertEquals(row[1], eta, 1e-9 * row[1], "range " + row[0]);
		}
	}

	@Test
	void smallReceiverGivesKleinDegnanGain() {
		// Klein and Degnan, Appl. Opt. 13, 2134 (1974): far-field on-axis gain of a truncated Gaussian,
		// g(alpha) = (2 / alpha^2) (1 - exp(-alpha^2))^2, largest (0.8145) at alpha = a / w = 1.12. With a
		// receiver much smaller than the beam, g = 4 eta (1 - exp(-2 alpha^2)) / X^2 (see FarFieldDiffraction).
		double x = 1e-5; // corrections of order X^2
		double best = 0;
		double bestAlpha = 0;
		for (double alpha = 0.5; alpha <= 2.0; alpha += 0.005) {
			double g = 4 * FarFieldDiffraction.collected(alpha, x) * -Math.expm1(-2 * alpha * alpha) / (x * x);
			double closed = 2 / (alpha * alpha) * Math.pow(-Math.expm1(-alpha * alpha), 2);
			assertEquals(closed, g, 1e-9, "alpha " + alpha);
			if (g > best) {
				best = g;
				bestAlpha = alpha;
			}
		}
		assertEquals(1.12, bestAlpha, 0.01);
		assertEquals(0.8145, best, 5e-4);
	}

	@Test
	void uniformIlluminationGivesAiryEncircledEnergy() {
		// alpha -> 0 (beam much wider than the aperture): Rayleigh's encircled energy of the Airy pattern,
		// 1 - J0(X)^2 - J1(X)^2 (Born and Wolf, Sec. 8.5.2); alpha = 1e-4 leaves O(alpha^2) = 1e-8 of
		// Gaussian taper: tolerance 1e-7, from X = 0.5 to 150 (up to 512 quadrature nodes).
		for (double x : new double[] { 0.5, 2, 3.8317, 10, 50, 150 }) {
			double airy = 1 - Math.pow(Bessel.j0(x), 2) - Math.pow(Bessel.j1(x), 2);
			assertEquals(airy, FarFieldDiffraction.collected(1e-4, x), 1e-7, "X = " + x);
		}
	}

	@Test
	void equivalentDivergenceOfAnUntruncatedBeam() {
		// alpha -> infinity: lambda / (pi w), the Gaussian far-field half-angle (1/e^2 intensity)
		assertEquals(785e-9 / (Math.PI * 0.05), FarFieldDiffraction.equivalentDivergence(1.0, 0.05, 785e-9), 1e-15);
		// truncated at alpha = 1: on-axis intensity 4 (1 - e^-1)^2 / (1 - e^-2) / ... relative; theta grows
		assertTrue(FarFieldDiffraction.equivalentDivergence(0.15, 0.15, 785e-9) > 785e-9 / (Math.PI * 0.15));
	}

	@Test
	void collectionFallsWithRangeAndStaysAProbability() {
		for (double alpha : new double[] { 0.1, 0.89, 1, 3, 10 }) {
			double previous = 1.0;
			for (double x = 300; x > 1e-3; x /= 1.7) {
				double eta = FarFieldDiffraction.collected(alpha, x);
				assertTrue(eta >= 0 && eta <= 1 && eta <= previous + 1e-9, alpha + " " + x + ": " + eta);
				previous = eta;
			}
		}
		assertEquals(0.0, FarFieldDiffraction.collected(1, 0));
		assertEquals(0.0, FarFieldDiffraction.collected(0.15, 0.15, 0, 5e5, 785e-9));
	}
}
