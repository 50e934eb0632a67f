/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.freespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ParameterValues;

/** Diffraction of the Gaussian beam: the waist relation, the closed form and the far field. */
class GaussianBeamTest {

	private static double gain(double alphaSquared) {
		double t = -Math.expm1(-alphaSquared);
		return 2.0 / alphaSquared * t * t;
	}

	@Test
	void waistIsTheEquivalentOfTheOptimallyTruncatedBeam() {
		double x = GaussianBeam.OPTIMUM_TRUNCATION_SQUARED;
		// the optimum of g(alpha) = (2/alpha^2)(1 - exp(-alpha^2))^2: exp(x) = 1 + 2x
		assertEquals(1.0 + 2.0 * x, Math.exp(x), 1e-12);
		assertEquals(gain(x), GaussianBeam.OPTIMUM_GAIN, 1e-15);
		assertTrue(gain(x * 1.01) < GaussianBeam.OPTIMUM_GAIN && gain(x * 0.99) < GaussianBeam.OPTIMUM_GAIN);
		// Klein & Degnan, Appl. Opt. 13, 2134 (1974): alpha = 1.12, g = 0.8145 (their rounding)
		assertEquals(1.12, Math.sqrt(x), 0.005);
		assertEquals(0.8145, GaussianBeam.OPTIMUM_GAIN, 5e-5);
		// the untruncated Gaussian with the same far-field gain: 2 w0^2 / a^2 = g_max
		double w0 = GaussianBeam.waistRadius(0.2);
		assertEquals(GaussianBeam.OPTIMUM_GAIN, 2.0 * w0 * w0 / (0.1 * 0.1), 1e-14);
		assertEquals(0.31908634316947576, GaussianBeam.WAIST_PER_APERTURE, 1e-15);
	}

	@Test
	void diffractionMatchesTheClosedFormWithoutTurbulenceOrJitter() {
		// w0 = 0.319086 D_T, z_R = pi w0^2 / lambda, w = w0 sqrt(1 + (L/z_R)^2),
		// eta = 1 - exp(-2 (D_R/2)^2 / w^2); written out here independently of the model's code
		double[][] cases = { { 0.1, 0.3, 850, 0.0 }, { 0.1, 0.3, 850, 2.5 }, { 0.15, 1.0, 850, 144 },
				{ 0.05, 0.05, 1550, 10 }, { 0.3, 0.2, 405, 50 }, { 0.02, 0.5, 1550, 300 } };
		for (double[] c : cases) {
			double dt = c[0], dr = c[1], lambda = c[2] * 1e-9, length = c[3] * 1e3;
			double w0 = 0.31908634316947576 * dt;
			double zr = Math.PI * w0 * w0 / lambda;
			double w = w0 * Math.sqrt(1.0 + (length / zr) * (length / zr));
			double expected = 1.0 - Math.exp(-2.0 * (dr / 2) * (dr / 2) / (w * w));
			FreeSpaceLink link = new FreeSpaceLink(c[3], c[2], dt, dr, 23, 0, 0, 0, 0, 100, 1, 1);
			assertEquals(expected, link.geometricTransmittance(), 1e-12 * expected, Arrays.toString(c));
			assertEquals(w * w, link.diffractionRadiusSquared(), 1e-12 * w * w);
			assertEquals(zr, GaussianBeam.rayleighRange(w0, lambda), 1e-12 * zr);
		}
	}

	@Test
	void budgetIsTheProductOfItsFactors() {
		// no turbulence, no jitter: T = eta_geo exp(-sigma L) 10^(-loss/10), to 1e-12 relative
		FreeSpaceChannel channel = new FreeSpaceChannel();
		ParameterValues p = ParameterValues.defaults(channel).with("length", 20).with("cn2", 0)
				.with("pointingJitter", 0).with("opticalLoss", 4.5).with("visibility", 40);
		double w0 = 0.31908634316947576 * 0.1;
		double w2 = w0 * w0 + Math.pow(850e-9 * 20e3 / (Math.PI * w0), 2);
		double eta = 1.0 - Math.exp(-2 * 0.15 * 0.15 / w2);
		double sigma = 3.91 / 40 * Math.pow(850.0 / 550.0, -1.3);
		double expected = eta * Math.exp(-sigma * 20) * Math.pow(10, -0.45);
		assertEquals(expected, channel.budget(p).transmittance(), 1e-12 * expected);
	}

	@Test
	void farFieldApproachesTheFriisBudgetOfTheTruncatedTransmitter() {
		// Far field (L >> z_R, D_R << w): eta -> g_max (pi D_T D_R / (4 lambda L))^2, i.e. the Friis
		// equation G_T A_R / (4 pi L^2) with G_T = g_max (pi D_T / lambda)^2 (Klein & Degnan 1974).
		double dt = 0.05, dr = 0.1, lambda = 850e-9;
		double previousError = Double.POSITIVE_INFINITY;
		for (double km : new double[] { 50, 100, 200, 500 }) {
			double length = km * 1e3;
			FreeSpaceLink link = new FreeSpaceLink(km, 850, dt, dr, 500, 0, 0, 0, 0, 100, 1, 1);
			double friis = GaussianBeam.OPTIMUM_GAIN * Math.pow(Math.PI * dt / lambda, 2) * (Math.PI * dr * dr / 4)
					/ (4 * Math.PI * length * length);
			assertEquals(friis, GaussianBeam.farFieldTransmittance(dt, dr, lambda, length), 1e-12 * friis);
			double error = Math.abs(link.geometricTransmittance() / friis - 1);
			assertTrue(error < previousError, "converges to the far field");
			previousError = error;
		}
		// at 500 km (z_R = 0.94 km, w = 8.5 m): within 2e-4 relative
		assertTrue(previousError < 2e-4, "far-field error " + previousError);
	}

	@Test
	void collectedFractionLimits() {
		assertEquals(0.0, GaussianBeam.collectedFraction(0, 1.0));
		assertEquals(1.0, GaussianBeam.collectedFraction(0.1, 0.0));
		assertEquals(0.0, GaussianBeam.collectedFraction(0.1, Double.POSITIVE_INFINITY));
		assertEquals(1.0, GaussianBeam.collectedFraction(100, 1e-2), 1e-15);
		// aperture radius = beam radius: 1 - e^-2
		assertEquals(1 - Math.exp(-2), GaussianBeam.collectedFraction(2.0, 1.0), 1e-15);
		// small aperture: 2 a^2 / w^2 without cancellation
		assertEquals(2e-16, GaussianBeam.collectedFraction(2e-8, 1.0), 1e-28);
		assertEquals(Double.POSITIVE_INFINITY, GaussianBeam.radiusSquared(0, 850e-9, 1));
		assertEquals(0.0, GaussianBeam.radiusSquared(0, 850e-9, 0));
	}
}
