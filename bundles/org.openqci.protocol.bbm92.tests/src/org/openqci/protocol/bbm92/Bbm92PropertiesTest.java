/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bbm92;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqci.core.spi.KeyRate;
import org.openqci.physics.RepeaterlessBounds;

/**
 * Properties over 0-500 km of fibre for many links, source positions and pair numbers: finite, never
 * negative, non-increasing in loss, below the PLOB bound of the whole channel, symmetric under
 * swapping Alice and Bob, and zero far away (1500 km) wherever there is background.
 */
class Bbm92PropertiesTest {

	static final List<FibreLink> LINKS = List.of(
			FibreLink.GYS,
			new FibreLink(0.2, 0.1, 1e-6, 0.01, 1.22, 0.5), // the catalogue defaults
			new FibreLink(0.2, 0.6, 1e-8, 0.005, 1.05, 1.0), // SNSPD-class detectors
			new FibreLink(0.16, 1.0, 0.0, 0.0, 1.0, 1.0), // ideal detectors, noiseless
			new FibreLink(0.25, 0.2, 1e-4, 0.02, 1.5, 0.5), // noisy
			new FibreLink(3.0, 0.3, 1e-7, 0.01, 1.1, 0.5)); // lossy short-wavelength fibre

	private static final double[] POSITIONS = { 0.0, 0.25, 0.5, 0.8 }; // 1 and 0.2 via the mirror check

	private static final double[] PAIR_NUMBERS = { 1e-5, 0.01, 0.1, 0.5, 1.0, 2.0 };

	private static final Bbm92Protocol MODEL = new Bbm92Protocol();

	@ParameterizedTest
	@FieldSource("LINKS")
	void fixedPairNumbers(FibreLink link) {
		for (double position : POSITIONS) {
			for (double mu : PAIR_NUMBERS) {
				double previous = Double.POSITIVE_INFINITY;
				for (double km = 0; km <= 500; km += 5) {
					KeyRate r = MODEL.evaluate(link.budget(km, mu), link.parameters(position));
					checkFinite(r, km);
					double rate = r.secretKeyPerPulse();
					assertTrue(rate >= 0.0);
					// non-increasing in loss (1e-12 relative for rounding)
					assertTrue(rate <= previous * (1 + 1e-12), position + "/" + mu + " rises at " + km + " km");
					double plob = RepeaterlessBounds.plob(link.channelTransmittance(km));
					assertTrue(rate <= plob, "above PLOB at " + km + " km: " + rate + " > " + plob);
					// the model is symmetric in Alice and Bob (identical detectors): s and 1 - s agree
					double mirrored = MODEL.evaluate(link.budget(km, mu), link.parameters(1 - position))
							.secretKeyPerPulse();
					assertEquals(rate, mirrored, 1e-12 * rate, "mirror at " + km + " km");
					previous = rate;
				}
				if (link.y0() > 0) {
					// with background clicks the key ends somewhere (the SNSPD-class link, source
					// in the middle, still has key at 500 km; none has at 1500 km)
					assertEquals(0.0, link.rate(1500, position, mu), "key after 1500 km");
				}
			}
		}
	}

	@ParameterizedTest
	@FieldSource("LINKS")
	void optimisedPairNumber(FibreLink link) {
		for (double position : new double[] { 0.0, 0.5 }) {
			double previous = Double.POSITIVE_INFINITY;
			int zeros = 0;
			for (double km = 0; km <= 500 && zeros < 3; km += 10) {
				double rate = link.optimised(km, position).value();
				assertTrue(rate >= 0.0 && !Double.isNaN(rate));
				// the maximiser resolves far better than the 1e-9 relative tolerance
				assertTrue(rate <= previous * (1 + 1e-9), position + " rises at " + km + " km");
				assertTrue(rate <= RepeaterlessBounds.plob(link.channelTransmittance(km)), "above PLOB");
				previous = rate;
				zeros = rate > 0.0 ? 0 : zeros + 1; // three zeros in a row end the scan (saves time)
			}
		}
	}

	private static void checkFinite(KeyRate r, double km) {
		assertTrue(Double.isFinite(r.secretKeyPerPulse()) && Double.isFinite(r.gain()) && Double.isFinite(r.qber()),
				"not finite at " + km + " km: " + r);
		for (Map.Entry<String, Double> e : r.details().entrySet()) {
			assertTrue(Double.isFinite(e.getValue()), "detail " + e.getKey() + " = " + e.getValue());
		}
	}
}
