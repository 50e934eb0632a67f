/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqci.core.spi.DetectionScheme;
import org.openqci.core.spi.KeyRate;
import org.openqci.physics.RepeaterlessBounds;

/** GG02 reproduces published numbers, the textbook formulas, high-precision values and known limits. */
class Gg02ReferenceTest {

	private static final double LN2 = Math.log(2.0);

	/**
	 * Lodewyck et al., PRA 76, 042305 (2007), the 25 km operating point: V_A = 18.5, T = 0.302,
	 * xi = 0.005, eta = 0.606, v_el = 0.041, beta = 0.898, homodyne, collective attacks, trusted
	 * detector. Published (4 decimals): I_AB = 1.0436, chi_BE = 0.9020, K = 0.0352 bit/symbol. (The
	 * parameters and values were taken from an independent public re-implementation that pins them
	 * as Lodewyck's; we could not check the table number in the paper.) Tolerance: half a unit of
	 * the last published digit.
	 */
	@Test
	void lodewyck2007OperatingPoint() {
		KeyRate r = CvLink.lodewyck(DetectionScheme.HOMODYNE).evaluate(0.302, 18.5);
		assertEquals(1.0436, r.details().get("I_AB"), 0.5e-4);
		assertEquals(0.9020, r.details().get("chi_BE"), 0.5e-4);
		assertEquals(0.0352, r.secretKeyPerPulse(), 0.5e-4);
		assertEquals(1.0, r.gain());
		assertEquals(0.0, r.qber());
		// SNR = eta T V_A / (1 + v_el + eta T xi) = 3.2496
		assertEquals(0.606 * 0.302 * 18.5 / (1.041 + 0.606 * 0.302 * 0.005), r.details().get("SNR"), 1e-12);
	}

	/**
	 * Values of beta I_AB - chi_BE computed from the literal formulas (see {@link LiteralFormulas})
	 * with 160-digit arithmetic (mpmath); at T = 1e-10 and 1e-25 double-precision evaluation of the
	 * literal formulas gives noise, the model must still give 10 correct digits.
	 */
	@ParameterizedTest(name = "{0} V_A={1} T={2} xi={3} eta={4} v_el={5} beta={6}")
	@CsvSource({
			"HOMODYNE,   4,    1e-10, 0.01,  0.606, 0.041, 0.95, 1.6796795286770688e-10, 1.4826106657370691e-10",
			"HETERODYNE, 4,    1e-10, 0.01,  0.606, 0.041, 0.95, 1.6796795287753373e-10, 1.4826106658328148e-10",
			"HOMODYNE,   4,    1e-25, 0.001, 0.606, 0.041, 0.95, 1.6796795288736058e-25, 1.3896240819420161e-25",
			"HOMODYNE,   100,  1e-25, 0,     1,     0,     1,    7.2134752044448173e-24, 7.1422880491927238e-24",
			"HETERODYNE, 100,  1e-25, 0,     1,     0,     1,    7.2134752044448173e-24, 7.1422880491927238e-24",
			"HETERODYNE, 0.01, 1e-25, 0.001, 0.5,   0.1,   0.98, 3.2788523656567352e-28, 2.1543152577453339e-27",
			"HETERODYNE, 18.5, 0.302, 0.005, 0.606, 0.041, 0.898, 1.3925773087933329,    1.2457539782000406",
			"HOMODYNE,   18.5, 1,     0.005, 0.606, 0.041, 0.898, 1.7765694713553922,    0.15336582331049258",
			"HETERODYNE, 18.5, 1,     0.005, 0.606, 0.041, 0.898, 2.6728554955602985,    0.27382292434729958" })
	void highPrecisionValues(DetectionScheme scheme, double va, double t, double xi, double eta, double vel,
			double beta, double mutual, double holevo) {
		KeyRate r = new CvLink(scheme, eta, vel, beta, xi).evaluate(t, va);
		assertEquals(mutual, r.details().get("I_AB"), 1e-12 * mutual);
		assertEquals(holevo, r.details().get("chi_BE"), 1e-10 * holevo);
		double key = beta * mutual - holevo;
		assertEquals(Math.max(key, 0.0), r.secretKeyPerPulse(), 1e-9 * Math.abs(key));
	}

	/** The rearranged evaluation agrees with the printed formulas where the latter are accurate. */
	@ParameterizedTest
	@EnumSource(value = DetectionScheme.class, names = { "HOMODYNE", "HETERODYNE" })
	void agreesWithTheLiteralFormulas(DetectionScheme scheme) {
		boolean het = scheme == DetectionScheme.HETERODYNE;
		double[][] detectors = { { 1.0, 0.0 }, { 0.606, 0.041 }, { 0.5, 0.2 }, { 0.1, 1.0 } };
		for (double t : new double[] { 1.0, 0.9, 0.5, 0.302, 0.1, 1e-2, 1e-3 }) {
			for (double va : new double[] { 0.01, 0.3, 1, 4, 18.5, 100 }) {
				for (double xi : new double[] { 0, 1e-3, 0.05, 1.0, 5.0 }) {
					if (t == 1.0 && xi == 0.0) {
						continue; // a pure state: the printed form loses half the digits (sqrt of ~0)
					}
					for (double[] det : detectors) {
						KeyRate r = new CvLink(scheme, det[0], det[1], 1.0, xi).evaluate(t, va);
						String at = scheme + " T=" + t + " V_A=" + va + " xi=" + xi + " eta=" + det[0];
						assertEquals(LiteralFormulas.mutualInformation(het, va, t, xi, det[0], det[1]),
								r.details().get("I_AB"), 1e-12, at);
						assertEquals(LiteralFormulas.holevo(het, va, t, xi, det[0], det[1]), r.details().get("chi_BE"),
								1e-10, at);
					}
				}
			}
		}
	}

	/**
	 * Ideal detection, xi = 0, beta = 1 and V_A -&gt; infinity (V_A = 1e9): homodyne gives
	 * K = -(1/2) log2(1 - T), half the PLOB bound, and heterodyne K = [-ln(1 - T)/T - 1] / ln 2 (the
	 * limit of the formulas, derived here); both tend to T / (2 ln 2) at small T. Tolerance 1e-5
	 * relative: the finite V_A and rounding (I_AB is about 15 bits here).
	 */
	@Test
	void infiniteModulationLimit() {
		CvLink hom = CvLink.ideal(DetectionScheme.HOMODYNE);
		CvLink het = CvLink.ideal(DetectionScheme.HETERODYNE);
		for (double t : new double[] { 1e-6, 1e-4, 1e-3, 0.01, 0.1, 0.302, 0.5, 0.9, 0.99 }) {
			double halfPlob = 0.5 * RepeaterlessBounds.plob(t);
			assertEquals(halfPlob, hom.rate(t, 1e9), 1e-5 * halfPlob, "homodyne at T=" + t);
			double heterodyne = (-Math.log1p(-t) / t - 1.0) / LN2;
			assertEquals(heterodyne, het.rate(t, 1e9), 1e-5 * heterodyne, "heterodyne at T=" + t);
		}
		for (double t : new double[] { 1e-5, 1e-6 }) {
			double small = t / (2.0 * LN2);
			// relative corrections O(T) from the limit and O(1/(T V_A)) from finite V_A
			assertEquals(small, hom.rate(t, 1e9), 1e-3 * small);
			assertEquals(small, het.rate(t, 1e9), 1e-3 * small);
		}
	}

	/** G(n) of a thermal mode: G(0) = 0, G(1) = 2 bits, G(n) ~ log2(e n) for large n, and its differences. */
	@Test
	void thermalEntropy() {
		assertEquals(0.0, BosonicEntropy.g(0.0));
		assertEquals(0.0, BosonicEntropy.g(-1.0));
		assertEquals(2.0, BosonicEntropy.g(1.0), 1e-15);
		assertEquals(1.5 * Math.log(1.5) / LN2 - 0.5 * Math.log(0.5) / LN2, BosonicEntropy.g(0.5), 1e-15);
		assertEquals(Math.log(Math.E * 1e12) / LN2, BosonicEntropy.g(1e12), 1e-11);
		assertEquals(1e-30 * (1 - Math.log(1e-30)) / LN2, BosonicEntropy.g(1e-30), 1e-42);
		assertTrue(BosonicEntropy.g(Double.MIN_VALUE) >= 0.0);
		// difference of two large, close photon numbers: G'(n) = log2(1 + 1/n)
		double n = 50.0;
		double dn = 1e-9;
		assertEquals(dn * Math.log1p(1 / n) / LN2, BosonicEntropy.difference(n + dn, n, dn), 1e-8 * dn);
		assertEquals(BosonicEntropy.g(3.0) - BosonicEntropy.g(0.25), BosonicEntropy.difference(3.0, 0.25, 2.75), 1e-15);
		assertEquals(BosonicEntropy.g(2e-7) - BosonicEntropy.g(1e-7), BosonicEntropy.difference(2e-7, 1e-7, 1e-7),
				1e-20);
	}
}
