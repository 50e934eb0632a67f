/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Raman spectrum of silica and the forward and backward scattered power of Eraerds et al.
 * (2010) and Patel et al. (2012).
 */
class RamanScatteringTest {

	private static final double A = CoexistenceNoise.perKm(0.2); // 0.2 dB/km as 1/km
	private static final double RHO_DL = 1e-9 * 0.6; // rho dlambda for the shape tests (1/km)

	@Test
	void spectrumPeaksAt13Point2Terahertz() {
		// Hollenbeck and Cantrell's spectrum peaks at 440 cm^-1 = 13.2 THz, the main silica Raman
		// band (Agrawal, Nonlinear Fiber Optics, ch. 8: peak near 13 THz); tolerance 3 cm^-1
		assertEquals(440, RamanScattering.PEAK_SHIFT, 3);
		assertEquals(1.0, RamanScattering.gainShape(RamanScattering.PEAK_SHIFT), 1e-12);
		assertTrue(RamanScattering.gainShape(300) < 1 && RamanScattering.gainShape(600) < 1);
		// the gain falls steeply above 15 THz: below 20 % of the peak at 20 THz (667 cm^-1)
		assertTrue(RamanScattering.gainShape(667) < 0.2);
	}

	@Test
	void pseudoVoigtSumMatchesTheTransformOfTheResponseFunction() {
		// Im H(nu) = integral_0^inf h(t) sin(2 pi c nu t) dt with Hollenbeck and Cantrell's h(t),
		// integrated numerically (0.25 fs steps to 10 ps), normalised at 440 cm^-1; tolerance 4 %
		double c = 2.99792458e10; // cm/s
		int n = 40000;
		double dt = 0.25e-15;
		double[] h = new double[n];
		for (int k = 1; k < n; k++) {
			double t = k * dt;
			for (int i = 0; i < RamanScattering.POSITION.length; i++) {
				double g = Math.PI * c * RamanScattering.GAUSSIAN_WIDTH[i] * t;
				h[k] += RamanScattering.AMPLITUDE[i] * Math.exp(-Math.PI * c * RamanScattering.LORENTZIAN_WIDTH[i] * t)
						* Math.exp(-g * g / 4) * Math.sin(2 * Math.PI * c * RamanScattering.POSITION[i] * t);
			}
		}
		double reference = transform(h, dt, 440, c);
		for (double nu : new double[] { 30, 100, 200, 300, 600, 800, 1000, 1180 }) {
			double exact = transform(h, dt, nu, c) / reference;
			double model = RamanScattering.gainShape(nu) / RamanScattering.gainShape(440);
			assertEquals(exact, model, 0.04 * exact, nu + " cm^-1");
		}
	}

	private static double transform(double[] h, double dt, double nu, double c) {
		double s = 0;
		for (int k = 1; k < h.length; k++) {
			s += h[k] * Math.sin(2 * Math.PI * c * nu * k * dt);
		}
		return s * dt;
	}

	@Test
	void antiStokesSideIsWeightedByTheBoltzmannFactor() {
		// detailed balance: anti-Stokes / Stokes = n / (n + 1) = exp(-h c nu / (k T))
		for (double nu : new double[] { 20, 100, 440, 1180 }) {
			for (double t : new double[] { 77, 300, 350 }) {
				double ratio = RamanScattering.thermalShape(-nu, t) / RamanScattering.thermalShape(nu, t);
				double boltzmann = Math.exp(-RamanScattering.H * RamanScattering.C * nu * 100
						/ (RamanScattering.K_B * t));
				assertEquals(boltzmann, ratio, 1e-9 * boltzmann, nu + " cm^-1, " + t + " K");
			}
		}
		// near the pump both sides grow with temperature, as n ~ k T / (h nu)
		assertTrue(RamanScattering.thermalShape(30, 350) > RamanScattering.thermalShape(30, 300));
		// finite and continuous at zero shift
		double zero = RamanScattering.thermalShape(0, 300);
		assertTrue(Double.isFinite(zero) && zero > 0);
		assertEquals(zero, RamanScattering.thermalShape(0.01, 300), 1e-3 * zero);
		assertEquals(0.0, RamanScattering.thermalShape(-1180, 1), 1e-300);
	}

	@Test
	void crossSectionsAtNamedWavelengths() {
		// the values written in the Javadoc (tolerance 2 %)
		assertEquals(5.27e-9, RamanScattering.crossSection(1530, 1550, 300), 0.02 * 5.27e-9);
		assertEquals(7.33e-9, RamanScattering.crossSection(1570, 1550, 300), 0.02 * 7.33e-9);
		assertEquals(1.19e-8, RamanScattering.crossSection(1660, 1550, 300), 0.02 * 1.19e-8);
		assertEquals(2.27e-12, RamanScattering.crossSection(1310, 1550, 300), 0.02 * 2.27e-12);
		assertEquals(4.70e-10, RamanScattering.crossSection(1550, 1310, 300), 0.02 * 4.70e-10);
		// Patel et al. put the quantum channel at 1310 nm, on the anti-Stokes side far from
		// 1550 nm data, where the scattering is more than three orders of magnitude weaker than
		// between C-band channels
		assertTrue(RamanScattering.crossSection(1310, 1550, 300) < 1e-3 * RamanScattering.crossSection(1530, 1550, 300));
	}

	@Test
	void forwardNoiseRisesPeaksAtOneOverAlphaAndFalls() {
		// P_f = P rho dl L exp(-a L) for equal attenuations: maximum at L = 1/a = 21.715 km at
		// 0.2 dB/km, where P_f = P rho dl / (a e)
		double peakLength = 1 / A;
		assertEquals(21.715, peakLength, 1e-3);
		double best = 0;
		double at = 0;
		for (double km = 0; km <= 200; km += 0.001) {
			double pf = RamanScattering.forwardPower(1e-3, RHO_DL, A, A, km);
			if (pf > best) {
				best = pf;
				at = km;
			}
		}
		assertEquals(peakLength, at, 0.002);
		assertEquals(1e-3 * RHO_DL / (A * Math.E), best, 1e-9 * best);
		assertTrue(RamanScattering.forwardPower(1e-3, RHO_DL, A, A, 5) < RamanScattering.forwardPower(1e-3, RHO_DL, A, A,
				15));
		assertTrue(RamanScattering.forwardPower(1e-3, RHO_DL, A, A, 100) < RamanScattering.forwardPower(1e-3, RHO_DL, A,
				A, 50));
		assertEquals(0.0, RamanScattering.forwardPower(1e-3, RHO_DL, A, A, 0));
	}

	@Test
	void backwardNoiseSaturatesAndExceedsForward() {
		// P_b = P rho dl (1 - exp(-2 a L)) / (2 a) -> P rho dl / (2 a), never decreasing
		double saturation = 1e-3 * RHO_DL / (2 * A);
		assertEquals(saturation, RamanScattering.backwardPower(1e-3, RHO_DL, A, A, 2000), 1e-12 * saturation);
		assertEquals(0.99 * saturation, RamanScattering.backwardPower(1e-3, RHO_DL, A, A, 50), 1e-9 * saturation);
		double previous = 0;
		for (double km = 0; km <= 300; km += 1) {
			double pb = RamanScattering.backwardPower(1e-3, RHO_DL, A, A, km);
			assertTrue(pb >= previous);
			assertTrue(pb >= RamanScattering.forwardPower(1e-3, RHO_DL, A, A, km));
			previous = pb;
		}
	}

	@Test
	void backwardToForwardRatioIsSinhOverItsArgument() {
		// Eraerds et al. write P_f = P_out rho L dl and P_b = P_out rho dl sinh(a L) / a, so
		// P_b / P_f = sinh(a L) / (a L): 1 at 0 km, 1.0357 at 10 km, 1.2360 at 25 km, 2.1498 at 50 km, 10.856 at 100 km
		double[][] expected = { { 1e-6, 1.0 }, { 10, 1.0357 }, { 25, 1.2360 }, { 50, 2.1498 }, { 100, 10.856 } };
		for (double[] e : expected) {
			double ratio = RamanScattering.backwardPower(1e-3, RHO_DL, A, A, e[0])
					/ RamanScattering.forwardPower(1e-3, RHO_DL, A, A, e[0]);
			assertEquals(e[1], ratio, 2e-4 * e[1], e[0] + " km");
			assertEquals(Math.sinh(A * e[0]) / (A * e[0]), ratio, 1e-9 * ratio);
			// and the P_out forms themselves
			double pOut = 1e-3 * Math.exp(-A * e[0]);
			assertEquals(pOut * RHO_DL * e[0], RamanScattering.forwardPower(1e-3, RHO_DL, A, A, e[0]), 1e-12 * pOut);
			assertEquals(pOut * RHO_DL * Math.sinh(A * e[0]) / A,
					RamanScattering.backwardPower(1e-3, RHO_DL, A, A, e[0]), 1e-12 * pOut);
		}
	}

	@Test
	void unequalAttenuationsMatchTheIntegrals() {
		// quantum 0.19 dB/km, classical 0.33 dB/km (1550 nm quantum, 1310 nm classical in G.652.D);
		// the closed forms against a midpoint-rule integration of the defining integrals
		double aq = CoexistenceNoise.perKm(0.19);
		double ac = CoexistenceNoise.perKm(0.33);
		for (double length : new double[] { 1, 20, 80 }) {
			int n = 200000;
			double dz = length / n;
			double f = 0;
			double b = 0;
			for (int k = 0; k < n; k++) {
				double z = (k + 0.5) * dz;
				f += Math.exp(-ac * z - aq * (length - z)) * dz;
				b += Math.exp(-(ac + aq) * (length - z)) * dz;
			}
			assertEquals(f, RamanScattering.forwardPower(1, 1, aq, ac, length), 1e-8 * f, length + " km");
			assertEquals(b, RamanScattering.backwardPower(1, 1, aq, ac, length), 1e-8 * b, length + " km");
			// swapping the attenuations leaves the forward form unchanged
			assertEquals(RamanScattering.forwardPower(1, 1, aq, ac, length),
					RamanScattering.forwardPower(1, 1, ac, aq, length), 1e-12);
		}
		// continuous where the attenuations meet
		double near = RamanScattering.forwardPower(1, 1, A, A * (1 + 1e-9), 50);
		assertEquals(RamanScattering.forwardPower(1, 1, A, A, 50), near, 1e-8 * near);
		// lossless fibre: both grow linearly
		assertEquals(30.0, RamanScattering.forwardPower(1, 1, 0, 0, 30), 1e-12);
		assertEquals(30.0, RamanScattering.backwardPower(1, 1, 0, 0, 30), 1e-12);
	}
}
