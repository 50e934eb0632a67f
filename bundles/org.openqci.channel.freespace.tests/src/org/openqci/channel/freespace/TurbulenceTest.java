/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.freespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rytov variance, long-term beam radius and beam wander (Andrews & Phillips 2005). */
class TurbulenceTest {

	@Test
	void rytovVarianceOfANumericCase() {
		// Cn2 = 1e-14 m^-2/3, 1550 nm, 1 km: k = 4.0537e6 /m, sigma_R^2 = 1.23 Cn2 k^(7/6) L^(11/6)
		// = 0.19910 (weak fluctuations); spherical wave 0.5 Cn2 k^(7/6) L^(11/6) = 0.080933.
		// Reference values evaluated separately in double precision.
		double k = Turbulence.wavenumber(1550e-9);
		assertEquals(4.053667940115862e6, k, 1e-6);
		assertEquals(0.19909543851127043, Turbulence.rytovVariance(1e-14, k, 1000), 1e-14);
		assertEquals(0.08093310508588226, Turbulence.sphericalRytovVariance(1e-14, k, 1000), 1e-15);
		// the 144 km Canary path at 850 nm and Cn2 = 1e-15: strong fluctuations, sigma_R^2 = 363
		assertEquals(363.46068997872777, Turbulence.rytovVariance(1e-15, Turbulence.wavenumber(850e-9), 1.44e5),
				1e-9);
		// scaling: Cn2, L^(11/6), lambda^(-7/6)
		double base = Turbulence.rytovVariance(1e-15, k, 2000);
		assertEquals(2 * base, Turbulence.rytovVariance(2e-15, k, 2000), 1e-15 * base);
		assertEquals(Math.pow(2, 11.0 / 6.0) * base, Turbulence.rytovVariance(1e-15, k, 4000), 1e-14 * base);
		assertEquals(0.0, Turbulence.rytovVariance(0, k, 2000));
	}

	@Test
	void longTermRadiusAgreesWithTheFriedParameterForm() {
		// A&P: W_LT^2 - W^2 = 1.63 sigma_R^(12/5) Lambda W^2 = 3.26 sigma_R^(12/5) L / k.
		// Dios, Rubio, Rodriguez, Comeron, Appl. Opt. 43, 3866 (2004): W_LT^2 - W^2 = 2 (4 L / (k r0))^2
		// with the spherical-wave Fried parameter r0 = (0.423 (3/8) k^2 Cn2 L)^(-3/5). Both scale as
		// Cn2^(6/5) k^(2/5) L^(16/5); the coefficients are 38.1 and 32, 19 % apart.
		for (double[] c : new double[][] { { 1e-15, 850e-9, 1.44e5 }, { 1e-14, 1550e-9, 5e3 }, { 3e-17, 405e-9, 3e4 } }) {
			double cn2 = c[0], k = Turbulence.wavenumber(c[1]), length = c[2];
			double broadening = Turbulence.longTermRadiusSquared(0.0, Turbulence.rytovVariance(cn2, k, length), k,
					length);
			double r0 = Math.pow(0.423 * 3.0 / 8.0 * k * k * cn2 * length, -0.6);
			double dios = 2 * Math.pow(4 * length / (k * r0), 2);
			assertEquals(38.08 / 32, broadening / dios, 0.01);
		}
		// the 144 km link: W_LT^2 - W^2 = 75.05 m^2 (r0 = 1.39 cm): a beam some 17 m across
		double k = Turbulence.wavenumber(850e-9);
		assertEquals(75.0530050322983,
				Turbulence.longTermRadiusSquared(0.0, Turbulence.rytovVariance(1e-15, k, 1.44e5), k, 1.44e5), 1e-9);
		assertEquals(0.5, Turbulence.longTermRadiusSquared(0.5, 0.0, k, 1.44e5));
	}

	@Test
	void beamWanderOfTheCanaryLink() {
		// <r_c^2> = 2.42 Cn2 L^3 W0^(-1/3): 1e-15, 144 km, W0 = 0.0479 m (15 cm aperture): 19.9 m^2,
		// i.e. 4.5 m rms: far more than the 1 m receiver, so the long-term beam governs the mean
		double w0 = GaussianBeam.waistRadius(0.15);
		assertEquals(0.04786295147542136, w0, 1e-16);
		assertEquals(19.90228847947378, Turbulence.beamWanderVariance(1e-15, 1.44e5, w0), 1e-10);
		assertEquals(0.0, Turbulence.beamWanderVariance(0, 1.44e5, w0));
		assertEquals(Double.POSITIVE_INFINITY, Turbulence.beamWanderVariance(1e-15, 1.44e5, 0));
		// the wander is part of the long-term spread, not more than it
		double k = Turbulence.wavenumber(850e-9);
		double w2 = GaussianBeam.radiusSquared(w0, 850e-9, 1.44e5);
		double lt = Turbulence.longTermRadiusSquared(w2, Turbulence.rytovVariance(1e-15, k, 1.44e5), k, 1.44e5);
		assertTrue(Turbulence.beamWanderVariance(1e-15, 1.44e5, w0) < lt - w2);
	}
}
