/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The loss spectra of G.652.D and pure-silica-core fibre at named wavelengths. */
class FibreSpectrumTest {

	private static final FibreSpectrum G652D = FibreSpectrum.G652D;
	private static final FibreSpectrum PSCF = FibreSpectrum.PURE_SILICA_CORE;

	@Test
	void g652dAtNamedWavelengths() {
		// the values written in the Javadoc table (tolerance 0.0005 dB/km, rounding of the table)
		assertEquals(0.330, G652D.dbPerKm(1310, 0), 5e-4);
		assertEquals(0.299, G652D.dbPerKm(1383, 0), 5e-4);
		assertEquals(0.208, G652D.dbPerKm(1490, 0), 5e-4);
		assertEquals(0.190, G652D.dbPerKm(1550, 0), 5e-4);
		assertEquals(0.205, G652D.dbPerKm(1625, 0), 5e-4);
		// inside the maxima of G.652.D datasheets: 0.32-0.35 at 1310, 0.18-0.20 at 1550, 0.20-0.23 at 1625
		assertTrue(G652D.dbPerKm(1310, 0) <= 0.35);
		assertTrue(G652D.dbPerKm(1550, 0) <= 0.20 && G652D.dbPerKm(1550, 0) >= 0.18);
		assertTrue(G652D.dbPerKm(1625, 0) <= 0.23);
		// low water peak (G.652.D): 1383 nm no worse than 1310 nm, but the peak is there
		assertTrue(G652D.dbPerKm(1383, 0) <= G652D.dbPerKm(1310, 0));
		assertTrue(G652D.dbPerKm(1383, 0) > G652D.dbPerKm(1360, 0) - 0.02);
		assertTrue(G652D.dbPerKm(1383, 0) - interpolated(G652D, 1340, 1430, 1383) > 0.02);
	}

	@Test
	void pureSilicaCoreAtNamedWavelengths() {
		assertEquals(0.273, PSCF.dbPerKm(1310, 0), 5e-4);
		assertEquals(0.155, PSCF.dbPerKm(1550, 0), 5e-4);
		assertEquals(0.174, PSCF.dbPerKm(1625, 0), 5e-4);
		// below the maxima of G.654.C ultra-low-loss fibre (Corning SMF-28 ULL: 0.31, 0.17, 0.20)
		assertTrue(PSCF.dbPerKm(1310, 0) < 0.31);
		assertTrue(PSCF.dbPerKm(1550, 0) < 0.17);
		assertTrue(PSCF.dbPerKm(1625, 0) < 0.20);
		// and below standard fibre at every wavelength of the O to U bands
		for (double nm = 1260; nm <= 1675; nm += 1) {
			assertTrue(PSCF.dbPerKm(nm, 0) < G652D.dbPerKm(nm, 0), nm + " nm");
		}
	}

	@Test
	void minimumLiesInTheCBandAndLossRisesTowardsTheBandEdges() {
		assertEquals(1570, argMin(G652D), 3);
		assertEquals(1563, argMin(PSCF), 3);
		assertEquals(0.188, G652D.dbPerKm(1570, 0), 5e-4);
		for (FibreSpectrum s : new FibreSpectrum[] { G652D, PSCF }) {
			assertTrue(s.dbPerKm(1260, 0) > s.dbPerKm(1310, 0), s.name()); // Rayleigh
			assertTrue(s.dbPerKm(1675, 0) > s.dbPerKm(1625, 0), s.name()); // infrared edge
			for (double nm = 1260; nm <= 1675; nm += 0.5) {
				double a = s.dbPerKm(nm, 0);
				assertTrue(Double.isFinite(a) && a > 0.1 && a < 0.5, s.name() + " " + nm);
			}
		}
	}

	@Test
	void modelZeroUsesTheGivenAttenuationEverywhere() {
		assertSame(FibreSpectrum.GIVEN, FibreSpectrum.of(0));
		assertSame(G652D, FibreSpectrum.of(1));
		assertSame(PSCF, FibreSpectrum.of(2));
		assertEquals(0.21, FibreSpectrum.GIVEN.dbPerKm(1310, 0.21));
		assertEquals(3.5, FibreSpectrum.GIVEN.dbPerKm(1675, 3.5));
	}

	private static double argMin(FibreSpectrum s) {
		double best = Double.MAX_VALUE;
		double at = 0;
		for (double nm = 1260; nm <= 1675; nm += 0.5) {
			double a = s.dbPerKm(nm, 0);
			if (a < best) {
				best = a;
				at = nm;
			}
		}
		return at;
	}

	private static double interpolated(FibreSpectrum s, double from, double to, double at) {
		double a = s.dbPerKm(from, 0);
		double b = s.dbPerKm(to, 0);
		return a + (b - a) * (at - from) / (to - from);
	}
}
