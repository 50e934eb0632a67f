/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.freespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Kim model, Kim, McArthur, Korevaar, Proc. SPIE 4214, 26 (2001): sigma = (3.91 / V)
 * (lambda / 550 nm)^(-q(V)). The expected values were computed separately from that formula
 * (double precision, independent script); the weather names are those of the International
 * Visibility Code as tabulated in the free-space-optics literature.
 */
class AtmosphericExtinctionTest {

	private static void check(double visibility, double wavelength, double perKm, double dbPerKm) {
		assertEquals(perKm, AtmosphericExtinction.extinctionPerKm(visibility, wavelength), 1e-12 * perKm,
				"sigma at V = " + visibility + " km, " + wavelength + " nm");
		assertEquals(dbPerKm, AtmosphericExtinction.attenuationDbPerKm(visibility, wavelength), 1e-12 * dbPerKm,
				"dB/km at V = " + visibility + " km, " + wavelength + " nm");
	}

	@Test
	void fogHasNoWavelengthDependence() {
		// thick fog, V = 0.2 km (q = 0): 19.55 /km = 84.90 dB/km at every wavelength
		for (double lambda : new double[] { 550, 785, 850, 1550 }) {
			check(0.2, lambda, 19.55, 84.90457121208573);
		}
		// moderate fog, V = 0.5 km, still q = 0
		check(0.5, 1550, 7.82, 33.96182848483429);
	}

	@Test
	void lightFogAndHaze() {
		// light fog V = 1 km (q = 0.5), thin fog V = 2 km (q = 0.66), haze V = 4 km (q = 1.0)
		check(1, 785, 3.2728286914093294, 14.213714408937124);
		check(1, 1550, 2.329122082978768, 10.115248683166868);
		check(2, 850, 1.4667957597691264, 6.3702130454681924);
		check(4, 850, 0.6380308153033063, 2.7709326237045873);
		check(4, 1550, 0.35411729455606816, 1.5379118697220884);
	}

	@Test
	void clearAir() {
		// light haze V = 10 km and clear V = 23 km (q = 1.3), exceptionally clear V = 100 km (q = 1.6)
		check(10, 850, 0.2220259056874703, 0.9642462567964016);
		check(23, 550, 0.17, 0.7383006192355281);
		check(23, 850, 0.09653300247281318, 0.4192375029549572);
		check(23, 1550, 0.04420681337048398, 0.19198775109328084);
		check(100, 850, 0.01948438845705196, 0.08461962390157081);
		check(100, 1550, 0.007451202109036402, 0.03236015959500381);
	}

	@Test
	void visibilityIsTheTwoPercentContrastDistanceAt550nm() {
		// Koschmieder: over the visibility V at 550 nm the transmittance is 2 % (3.91 = -ln 0.02, rounded)
		for (double v : new double[] { 0.3, 3, 23, 200 }) {
			double t = Math.exp(-AtmosphericExtinction.extinctionPerKm(v, 550) * v);
			assertEquals(0.02, t, 0.02 * 0.005, "V = " + v); // exp(-3.91) = 0.02004
		}
	}

	@Test
	void exponentIsContinuousBelowFiftyKilometres() {
		assertEquals(0.0, AtmosphericExtinction.kimExponent(0.5), 1e-15);
		assertEquals(0.5, AtmosphericExtinction.kimExponent(1.0), 1e-15);
		assertEquals(0.5, AtmosphericExtinction.kimExponent(1.0 + 1e-12), 1e-11);
		assertEquals(1.3, AtmosphericExtinction.kimExponent(6.0), 1e-15);
		assertEquals(1.3, AtmosphericExtinction.kimExponent(6.0 + 1e-12), 1e-11);
		// Kruse's step at 50 km is kept (q = 1.3 up to 50 km, 1.6 above)
		assertEquals(1.3, AtmosphericExtinction.kimExponent(50.0));
		assertEquals(1.6, AtmosphericExtinction.kimExponent(50.0 + 1e-9));
		// longer wavelengths suffer less in haze and clear air
		assertTrue(AtmosphericExtinction.extinctionPerKm(23, 1550) < AtmosphericExtinction.extinctionPerKm(23, 850));
	}
}
