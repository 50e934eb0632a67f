/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PLOB and TGW against the values in docs physics-references ("Repeaterless bounds"). */
class RepeaterlessBoundsTest {

	@Test
	void publishedValues() {
		// Reference values have 7 significant digits: relative tolerance 1e-6.
		assertEquals(0.1520031, RepeaterlessBounds.plob(0.1), 1e-6 * 0.1520031);
		assertEquals(1.442767e-4, RepeaterlessBounds.plob(1e-4), 1e-6 * 1.442767e-4);
		assertEquals(0.2895066, RepeaterlessBounds.tgw(0.1), 1e-6 * 0.2895066);
	}

	@ParameterizedTest
	@ValueSource(doubles = { 1e-12, 1e-15, 1e-200 })
	void noPrecisionLossAtTinyTransmittance(double eta) {
		// Series: -log2(1 - eta) = (eta + eta^2/2) / ln 2, log2((1+eta)/(1-eta)) = 2 eta / ln 2 up
		// to O(eta^3); relative tolerance 1e-14 (a few ulp). A naive -log2(1 - eta) would be off
		// by ~1e-4 relative at eta = 1e-12 and return 0 at 1e-200.
		double ln2 = Math.log(2.0);
		double plob = (eta + eta * eta / 2.0) / ln2;
		assertEquals(plob, RepeaterlessBounds.plob(eta), 1e-14 * plob);
		double tgw = 2.0 * eta / ln2;
		assertEquals(tgw, RepeaterlessBounds.tgw(eta), 1e-14 * tgw);
	}

	@Test
	void endpoints() {
		assertEquals(0.0, RepeaterlessBounds.plob(0.0));
		assertEquals(0.0, RepeaterlessBounds.tgw(0.0));
		assertEquals(Double.POSITIVE_INFINITY, RepeaterlessBounds.plob(1.0));
		assertEquals(Double.POSITIVE_INFINITY, RepeaterlessBounds.tgw(1.0));
		assertTrue(Double.isNaN(RepeaterlessBounds.plob(Double.NaN)));
	}

	@Test
	void tgwIsLooserThanPlobAndBothExceedEta() {
		for (int i = 1; i < 1000; i++) {
			double eta = i / 1000.0;
			double plob = RepeaterlessBounds.plob(eta);
			assertTrue(RepeaterlessBounds.tgw(eta) >= plob, "TGW < PLOB at " + eta);
			// -log2(1 - eta) >= eta / ln 2 > eta: the ideal single-photon key (eta per pulse) is below.
			assertTrue(plob > eta, "PLOB <= eta at " + eta);
		}
	}
}
