/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.mdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.physics.RepeaterlessBounds;

/**
 * Properties both MDI-QKD models must have over many links, relay positions and intensities: no
 * NaN from 0 to 500 km, never negative, non-increasing in distance (so zero beyond the cut-off),
 * never above the PLOB bound of the whole channel, the finite-decoy rate never above the
 * infinite-decoy rate, and a relay off centre costing key at the same total loss.
 */
class MdiRatePropertiesTest {

	private static final InfiniteDecoyMdi INFINITE = new InfiniteDecoyMdi();
	private static final VacuumWeakDecoyMdi VACUUM_WEAK = new VacuumWeakDecoyMdi();
	private static final List<ProtocolModel> MODELS = List.of(INFINITE, VACUUM_WEAK);

	private static final List<MdiFibre> LINKS = List.of(
			MdiFibre.LCQ,
			new MdiFibre(0.2, 0.6, 2e-8, 0.005, 1.05, 1.0), // SNSPD-class detectors
			new MdiFibre(0.16, 1.0, 0.0, 0.0, 1.0, 1.0), // ideal detectors, noiseless
			new MdiFibre(0.25, 0.2, 1e-4, 0.02, 1.5, 0.25), // noisy, random bases
			new MdiFibre(0.2, 0.05, 1e-5, 0.1, 1.16, 1.0), // high misalignment
			new MdiFibre(3.0, 0.3, 1e-7, 0.01, 1.1, 1.0)); // lossy short-wavelength fibre

	/** Intensities (mu, nu) at which the fixed-intensity properties are checked. */
	private static final double[][] INTENSITIES = { { 0.5, 0.1 }, { 0.1, 0.02 }, { 1.0, 0.2 }, { 0.02, 0.005 },
			{ 2.0, 0.01 }, { 0.5, 1e-6 } };

	/** Relay position f and Bob's intensity ratio k. */
	private static final double[][] RELAYS = { { 0.5, 1.0 }, { 0.2, 3.0 }, { 1.0, 1.0 }, { 0.0, 0.2 } };

	static Stream<Arguments> links() {
		List<Arguments> args = new ArrayList<>();
		for (MdiFibre l : LINKS) {
			args.add(Arguments.of(l));
		}
		return args.stream();
	}

	@ParameterizedTest
	@MethodSource("links")
	void fixedIntensitiesFromZeroToFiveHundredKilometres(MdiFibre link) {
		for (double[] relay : RELAYS) {
			for (double[] intensity : INTENSITIES) {
				double previousInfinite = Double.POSITIVE_INFINITY;
				double previousWeak = Double.POSITIVE_INFINITY;
				for (double km = 0; km <= 500; km += 5) {
					String at = link + " f " + relay[0] + " k " + relay[1] + " mu " + intensity[0] + " nu "
							+ intensity[1] + " at " + km + " km";
					KeyRate inf = INFINITE.evaluate(link.budget(km, intensity[0], intensity[1], 0.0),
							link.parameters(relay[0], relay[1]));
					KeyRate weak = VACUUM_WEAK.evaluate(link.budget(km, intensity[0], intensity[1], 0.0),
							link.parameters(relay[0], relay[1]));
					checkFinite(inf, at);
					checkFinite(weak, at);
					// non-increasing in distance (equal values allowed: both zero); 1e-12 for rounding
					assertTrue(inf.secretKeyPerPulse() <= previousInfinite * (1 + 1e-12), "infinite rises, " + at);
					assertTrue(weak.secretKeyPerPulse() <= previousWeak * (1 + 1e-12), "vacuum+weak rises, " + at);
					// PLOB of the whole channel (key per pulse pair <= key per channel use)
					double plob = RepeaterlessBounds.plob(link.channelTransmittance(km));
					assertTrue(inf.secretKeyPerPulse() <= plob, "above PLOB, " + at);
					// bounds never beat the exact single-photon-pair values
					assertTrue(weak.secretKeyPerPulse() <= inf.secretKeyPerPulse() * (1 + 1e-12),
							"vacuum+weak above infinite decoy, " + at + ": " + weak + " vs " + inf);
					previousInfinite = inf.secretKeyPerPulse();
					previousWeak = weak.secretKeyPerPulse();
				}
				if (link.y0() >= 1e-6) {
					// with background counts of 1e-6 and more the key ends before 500 km of fibre (with
					// SNSPD-class detectors, p_d = 1e-8, MDI-QKD still has key after 100 dB)
					assertEquals(0.0, previousInfinite, "infinite decoy at 500 km, " + link);
					assertEquals(0.0, previousWeak, "vacuum + weak at 500 km, " + link);
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("links")
	void optimisedSignalIntensity(MdiFibre link) {
		for (ProtocolModel model : MODELS) {
			double previous = Double.POSITIVE_INFINITY;
			for (double km = 0; km <= 500 && previous > 0; km += 15) {
				double rate = link.optimised(model, km, 0.01, 0.5, 1);
				assertFalse(Double.isNaN(rate));
				assertTrue(rate >= 0.0);
				// the maximiser's relative accuracy is far better than the 1e-9 allowed here
				assertTrue(rate <= previous * (1 + 1e-9), model.id() + " rises at " + km + " km");
				assertTrue(rate <= RepeaterlessBounds.plob(link.channelTransmittance(km)), model.id() + " above PLOB");
				previous = rate;
			}
		}
	}

	@ParameterizedTest
	@MethodSource("links")
	void rateFallsSmoothlyWithTheLoss(MdiFibre link) {
		// In steps of 5 dB of channel loss (mu = 0.3, nu = 0.01, relay in the middle) log10 R first
		// drops by 0.5 per step (R proportional to the transmittance), then ever faster towards the
		// cut-off: every drop is at least 0.45 and no drop is smaller than the one before (0.02 slack),
		// i.e. no kinks, plateaus or revivals, until the rate is 0.
		for (ProtocolModel model : MODELS) {
			double step = 5.0 / link.attenuation();
			double previous = model.evaluate(link.budget(0, 0.3, 0.01, 0), link.symmetric()).secretKeyPerPulse();
			double previousDrop = 0.0;
			for (double km = step; km <= 500 && previous > 0; km += step) {
				double r = model.evaluate(link.budget(km, 0.3, 0.01, 0), link.symmetric()).secretKeyPerPulse();
				if (r == 0.0) {
					break;
				}
				double drop = Math.log10(previous / r);
				String at = model.id() + " " + link + " at " + km + " km: drop " + drop + " after " + previousDrop;
				assertTrue(drop >= 0.45, at);
				assertTrue(drop >= previousDrop - 0.02, at);
				previous = r;
				previousDrop = drop;
			}
		}
	}

	@ParameterizedTest
	@MethodSource("links")
	void relaySideDoesNotMatter(MdiFibre link) {
		// The model is symmetric under exchanging Alice and Bob: f, k, mu <-> 1 - f, 1/k, k mu (1e-10).
		for (ProtocolModel model : MODELS) {
			for (double km : new double[] { 0, 37, 120 }) {
				double a = model.evaluate(link.budget(km, 0.4, 0.05, 0), link.parameters(0.3, 2.0)).secretKeyPerPulse();
				double b = model.evaluate(link.budget(km, 0.8, 0.1, 0), link.parameters(0.7, 0.5)).secretKeyPerPulse();
				assertEquals(a, b, 1e-10 * a + 1e-300, model.id() + " at " + km + " km");
			}
		}
	}

	@Test
	void offCentreRelayCostsKeyAtTheSameTotalLoss() {
		for (MdiFibre link : List.of(MdiFibre.LCQ, LINKS.get(3))) {
			for (ProtocolModel model : MODELS) {
				double reachSymmetric = reach(model, link, 0.5);
				double reachAsymmetric = reach(model, link, 0.2);
				assertTrue(reachAsymmetric < reachSymmetric, model.id() + " " + link + ": " + reachAsymmetric + " vs "
						+ reachSymmetric);
				// at 60 % and 80 % of the symmetric reach, with mu optimised (and Bob's intensity ratio
				// too for the asymmetric link), the symmetric relay gives more key
				for (double share : new double[] { 0.6, 0.8 }) {
					double km = share * reachSymmetric;
					double symmetric = link.optimised(model, km, 0.01, 0.5, 1);
					double asymmetric = link.optimisedWithRatio(model, km, 0.01, 0.2);
					assertTrue(asymmetric < symmetric,
							model.id() + " at " + km + " km: " + asymmetric + " vs " + symmetric);
				}
			}
		}
		// Close to the senders the off-centre relay can give marginally more key in this model: the
		// same Y11 (proportional to eta_a eta_b) but a smaller rectilinear gain to correct. Measured
		// +0.14 % at 20 km (LCQ link, f = 0.25); checked to stay below 1 %.
		double near = MdiFibre.LCQ.optimised(INFINITE, 20, 0, 0.5, 1);
		assertEquals(near, MdiFibre.LCQ.optimised(INFINITE, 20, 0, 0.25, 1), 0.01 * near);
		// e_d = 10 %: 1 - h(e11) < f h(E_Z) at every intensity, no key even at 0 km
		assertEquals(0.0, LINKS.get(4).optimised(INFINITE, 0, 0, 0.5, 1));
	}

	/**
	 * The reach to 2 km with mu the best of 25 log-spaced values in [0.01, 2] (a cheap lower bound
	 * of the optimised reach, enough to compare relay positions).
	 */
	private static double reach(ProtocolModel model, MdiFibre link, double relay) {
		double lo = 0;
		double hi = 500;
		while (hi - lo > 2) {
			double mid = 0.5 * (lo + hi);
			double best = 0;
			for (int i = 0; i <= 24; i++) {
				best = Math.max(best, link.rate(model, mid, 0.01 * Math.pow(200, i / 24.0), 0.01, relay, 1));
			}
			if (best > 0) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	private static void checkFinite(KeyRate r, String at) {
		assertTrue(Double.isFinite(r.secretKeyPerPulse()) && Double.isFinite(r.gain()) && Double.isFinite(r.qber()),
				"not finite, " + at + ": " + r);
		assertTrue(r.secretKeyPerPulse() >= 0.0);
		for (Map.Entry<String, Double> e : r.details().entrySet()) {
			assertTrue(Double.isFinite(e.getValue()), "detail " + e.getKey() + " = " + e.getValue() + ", " + at);
		}
	}
}
