/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.physics.RepeaterlessBounds;

/**
 * Properties every BB84 variant must have, over many distances and parameter sets: no NaN, never
 * negative, non-increasing in distance (so zero beyond the cut-off), and never above the PLOB
 * bound of the channel transmittance.
 */
class RatePropertiesTest {

	private static final List<ProtocolModel> MODELS = List.of(new SinglePhotonBb84(), new InfiniteDecoyBb84(),
			new VacuumWeakDecoyBb84(), new GllpBb84());

	private static final List<FibreLink> LINKS = List.of(
			FibreLink.GYS,
			new FibreLink(0.2, 0.1, 1e-6, 0.01, 1.22, 0.5), // the catalogue defaults
			new FibreLink(0.2, 0.6, 1e-8, 0.005, 1.05, 1.0), // SNSPD-class detector, efficient BB84
			new FibreLink(0.16, 1.0, 0.0, 0.0, 1.0, 1.0), // ideal detector, noiseless
			new FibreLink(0.25, 0.2, 1e-4, 0.02, 1.5, 0.5), // noisy
			new FibreLink(0.2, 0.05, 1e-5, 0.1, 1.16, 0.5), // high misalignment
			new FibreLink(3.0, 0.3, 1e-7, 0.01, 1.1, 0.5)); // lossy short-wavelength fibre

	/** Intensities (mu, nu) at which the fixed-intensity properties are checked. */
	private static final double[][] INTENSITIES = { { 0.5, 0.1 }, { 0.1, 0.02 }, { 1.0, 0.2 }, { 0.02, 0.005 },
			{ 2.0, 0.01 } };

	static Stream<Arguments> modelsAndLinks() {
		List<Arguments> args = new ArrayList<>();
		for (ProtocolModel m : MODELS) {
			for (FibreLink l : LINKS) {
				args.add(Arguments.of(m, l));
			}
		}
		return args.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("modelsAndLinks")
	void fixedIntensities(ProtocolModel model, FibreLink link) {
		for (double[] intensity : INTENSITIES) {
			double previous = Double.POSITIVE_INFINITY;
			for (double km = 0; km <= 400; km += 2.5) {
				double mu = intensity[0];
				PhotonStatistics statistics = model.supportedSources().iterator().next();
				if (statistics == PhotonStatistics.SINGLE_PHOTON) {
					mu = Math.min(mu, 1.0); // emission probability
				}
				KeyRate r = model.evaluate(link.budget(km, statistics, mu, intensity[1], 0.0), link.parameters());
				checkFinite(r, model, km);
				double rate = r.secretKeyPerPulse();
				assertTrue(rate >= 0.0);
				// Non-increasing in distance; equal values allowed (both zero). Tolerance: 1e-12
				// relative for rounding.
				assertTrue(rate <= previous * (1 + 1e-12), model.id() + " rises at " + km + " km: " + rate + " > "
						+ previous);
				// PLOB of the channel transmittance (key per pulse <= key per channel use)
				double plob = RepeaterlessBounds.plob(link.channelTransmittance(km));
				assertTrue(rate <= plob, model.id() + " above PLOB at " + km + " km: " + rate + " > " + plob);
				previous = rate;
			}
			if (link.y0() > 0) {
				// With background counts the key ends somewhere: nothing is left after 400 km of
				// fibre for any of these links (a noiseless link has key at every distance).
				assertEquals(0.0, model.evaluate(link.budget(400, statistics(model), 0.5, 0.1, 0.0),
						link.parameters()).secretKeyPerPulse(), "no key after 400 km of fibre");
			}
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("modelsAndLinks")
	void optimisedSignalIntensity(ProtocolModel model, FibreLink link) {
		double previous = Double.POSITIVE_INFINITY;
		for (double km = 0; km <= 300; km += 5) {
			double rate = link.optimised(model, km, 0.01).value();
			assertFalse(Double.isNaN(rate));
			assertTrue(rate >= 0.0);
			// Optimised rates are non-increasing too; the maximiser's relative accuracy is far better
			// than 1e-9, which is the tolerance here.
			assertTrue(rate <= previous * (1 + 1e-9), model.id() + " rises at " + km + " km");
			assertTrue(rate <= RepeaterlessBounds.plob(link.channelTransmittance(km)), model.id() + " above PLOB");
			previous = rate;
		}
	}

	private static PhotonStatistics statistics(ProtocolModel model) {
		return model.supportedSources().iterator().next();
	}

	private static void checkFinite(KeyRate r, ProtocolModel model, double km) {
		assertTrue(Double.isFinite(r.secretKeyPerPulse()) && Double.isFinite(r.gain()) && Double.isFinite(r.qber()),
				model.id() + " not finite at " + km + " km: " + r);
		for (Map.Entry<String, Double> e : r.details().entrySet()) {
			assertTrue(Double.isFinite(e.getValue()), model.id() + " detail " + e.getKey() + " = " + e.getValue());
		}
	}
}
