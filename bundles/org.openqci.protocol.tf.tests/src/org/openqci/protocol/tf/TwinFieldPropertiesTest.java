/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.tf;

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
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.physics.RepeaterlessBounds;

/**
 * Properties every twin-field model must have over many links and settings: finite everywhere on
 * 0-600 km including 0 km, never negative, non-increasing in loss, never above the capacity of the
 * chain with one middle node, -log2(1 - min(t_A, t_B)), and zero for infeasible settings; with the
 * free parameters optimised, sqrt(t) scaling at high loss and a crossing of PLOB of the whole
 * channel.
 */
class TwinFieldPropertiesTest {

	private static final List<ProtocolModel> MODELS = List.of(new SnsTwinField(), new SnsDecoyTwinField(),
			new Cal19TwinField());

	private static final List<TwinFieldFibre> LINKS = List.of(
			TwinFieldFibre.wangYuHu(0.03),
			TwinFieldFibre.wangYuHu(0.45),
			new TwinFieldFibre(0.2, 0.3, 1e-8, 0.01, 1.16), // typical SNSPD
			new TwinFieldFibre(0.167, 0.6, 1e-10, 0.02, 1.1), // ultra-low-loss fibre
			new TwinFieldFibre(0.2, 1.0, 0.0, 0.0, 1.0), // ideal detector, noiseless
			new TwinFieldFibre(0.2, 0.2, 1e-5, 0.05, 1.2), // noisy
			new TwinFieldFibre(3.0, 0.5, 1e-7, 0.1, 1.1)); // lossy short-wavelength fibre

	/** (mu, nu, epsilon, phi) at which the fixed-setting properties are checked. */
	private static final double[][] SETTINGS = { { 0.3, 0.05, 0.05, 0.0 }, { 0.04, 0.01, 0.2, 0.1 },
			{ 0.01, 0.001, 0.001, 0.0 }, { 0.8, 0.3, 0.01, 0.5 }, { 0.1, 0.02, 0.5, 0.0 } };

	static Stream<Arguments> modelsAndLinks() {
		List<Arguments> args = new ArrayList<>();
		for (ProtocolModel m : MODELS) {
			for (TwinFieldFibre l : LINKS) {
				args.add(Arguments.of(m, l));
			}
		}
		return args.stream();
	}

	static ParameterValues parameters(ProtocolModel model, TwinFieldFibre link, double epsilon, double phi, double relay) {
		return model instanceof Cal19TwinField ? link.calParameters(phi, relay) : link.snsParameters(epsilon, relay);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("modelsAndLinks")
	void fixedSettings(ProtocolModel model, TwinFieldFibre link) {
		for (double[] s : SETTINGS) {
			for (double relay : new double[] { 0.5, 0.2 }) {
				ParameterValues p = parameters(model, link, s[2], s[3], relay);
				double previous = Double.POSITIVE_INFINITY;
				for (double km = 0; km <= 600; km += 5) {
					KeyRate r = model.evaluate(link.budget(km, s[0], s[1]), p);
					checkFinite(r, model, km);
					double rate = r.secretKeyPerPulse();
					assertTrue(rate >= 0.0);
					// Non-increasing in loss; tolerance 1e-12 relative for rounding.
					assertTrue(rate <= previous * (1 + 1e-12), model.id() + " rises at " + km + " km: " + rate + " > " + previous);
					// Capacity of a chain with one middle node (Pirandola, Commun. Phys. 2, 51 (2019)).
					double t = link.transmittance(km);
					double weakest = Math.min(Math.pow(t, relay), Math.pow(t, 1 - relay));
					assertTrue(rate <= RepeaterlessBounds.plob(weakest), model.id() + " above the one-node bound at " + km);
					previous = rate;
				}
			}
		}
	}

	static Stream<Arguments> modelsAndSomeLinks() {
		return modelsAndLinks().filter(a -> LINKS.indexOf((TwinFieldFibre) a.get()[1]) % 2 == 0);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("modelsAndSomeLinks")
	void optimisedRatesFallWithDistance(ProtocolModel model, TwinFieldFibre link) {
		double previous = Double.POSITIVE_INFINITY;
		for (double km = 0; km <= 600; km += 75) {
			double rate = optimised(model, link, km);
			assertFalse(Double.isNaN(rate));
			assertTrue(rate >= 0.0);
			assertTrue(rate <= previous * (1 + 1e-9), model.id() + " rises at " + km + " km: " + rate + " > " + previous);
			previous = rate;
		}
		if (link.darkCount() > 0) {
			assertEquals(0.0, optimised(model, link, 1500), "no key after 1500 km");
		}
	}

	@Test
	void squareRootScalingAndPlobCrossing() {
		// eta_d = 80 %, p_d = 1e-11, e_d = 3 %, f = 1.1, parameters optimised. Slope of log R against
		// log t between 300 and 400 km: 1/2 +- 0.02 (measured 0.50 for all three). Crossing of PLOB
		// of the whole channel (measured, +-2 km): SNS 234.4 km, SNS decoy 235.2 km, CAL19 192.8 km.
		TwinFieldFibre link = TwinFieldFibre.wangYuHu(0.03);
		double[] crossings = { 234.4, 235.2, 192.8 };
		for (int i = 0; i < MODELS.size(); i++) {
			ProtocolModel model = MODELS.get(i);
			double r300 = optimised(model, link, 300);
			double r400 = optimised(model, link, 400);
			double slope = Math.log(r300 / r400) / Math.log(link.transmittance(300) / link.transmittance(400));
			assertEquals(0.5, slope, 0.02, model.id());
			double crossing = link.plobCrossing(L -> optimised(model, link, L), crossings[i] - 15, crossings[i] + 15);
			assertEquals(crossings[i], crossing, 2.0, model.id());
		}
	}

	@Test
	void symmetricRelayIsBestAndMirrorSymmetric() {
		// f and 1 - f give the same rate (identical senders: 1e-12 relative); f = 0.5 is best (an
		// asymmetric link lowers the single-photon interference visibility, 2 sqrt(eta_A eta_B) / (eta_A + eta_B)).
		TwinFieldFibre link = TwinFieldFibre.wangYuHu(0.03);
		for (ProtocolModel model : MODELS) {
			double mid = model.evaluate(link.budget(200, 0.04, 0.01), parameters(model, link, 0.01, 0, 0.5))
					.secretKeyPerPulse();
			for (double f : new double[] { 0.45, 0.48, 0.49 }) {
				double a = model.evaluate(link.budget(200, 0.04, 0.01), parameters(model, link, 0.01, 0, f)).secretKeyPerPulse();
				double b = model.evaluate(link.budget(200, 0.04, 0.01), parameters(model, link, 0.01, 0, 1 - f))
						.secretKeyPerPulse();
				assertEquals(a, b, 1e-12 * a, model.id() + " f = " + f);
				assertTrue(a > 0 && a < mid, model.id() + " f = " + f + ": " + a + " vs " + mid);
			}
		}
	}

	@Test
	void infeasibleSettingsGiveZero() {
		TwinFieldFibre link = TwinFieldFibre.wangYuHu(0.03);
		for (ProtocolModel model : MODELS) {
			ParameterValues p = parameters(model, link, 0.05, 0, 0.5);
			assertZero(model, link.budget(100, 0.0, 0.0), p); // no light
			assertZero(model, link.budget(100, 60.0, 0.1), p); // beyond the evaluated intensities
			assertZero(model, budget(0, 0.3, 0.05, 0.0, 0.8, 1e-6, 0.03), p); // cut fibre
			assertZero(model, budget(0, 0.3, 0.05, 0.0, 0.8, 0.0, 0.03), p); // cut fibre, no dark counts
			assertZero(model, budget(1, 0.3, 0.05, 0.0, 0.0, 1e-6, 0.03), p); // blind detectors
			assertZero(model, budget(1, 0.3, 0.05, 0.0, 0.8, 1.0, 0.03), p); // pure noise
			assertZero(model, budget(1, 0.3, 0.05, 0.0, 0.8, 1e-8, 0.5), p); // no interference
		}
		SnsTwinField sns = new SnsTwinField();
		assertZero(sns, link.budget(100, 0.3, 0.0), link.snsParameters(0.0)); // never sends
		assertZero(sns, link.budget(100, 0.3, 0.0), link.snsParameters(1.0)); // always sends
		SnsDecoyTwinField decoy = new SnsDecoyTwinField();
		ParameterValues p = link.snsParameters(0.05);
		assertZero(decoy, link.budget(100, 0.3, 0.3), p); // nu = mu
		assertZero(decoy, link.budget(100, 0.3, 0.5), p); // nu > mu
		assertZero(decoy, link.budget(100, 0.3, 0.0), p); // no weak decoy
		assertZero(decoy, link.budget(100, 0.3, 0.05, 0.001), p); // vacuum decoy not dark
		assertTrue(decoy.evaluate(link.budget(100, 0.3, 0.05), p).secretKeyPerPulse() > 0);
	}

	@Test
	void configurationProblemsNameTheParameters() {
		TwinFieldFibre link = TwinFieldFibre.wangYuHu(0.03);
		ParameterValues p = link.snsParameters(0.05);
		SnsDecoyTwinField decoy = new SnsDecoyTwinField();
		assertEquals(List.of(), decoy.configurationProblems(source(0.3, 0.05, 0), p));
		assertEquals(List.of("the weak decoy intensity nu must be below the signal intensity mu"),
				decoy.configurationProblems(source(0.3, 0.3, 0), p));
		assertEquals(List.of("the weak decoy intensity nu must be positive"), decoy.configurationProblems(source(0.3, 0, 0), p));
		assertEquals(List.of("the vacuum decoy intensity must be 0 (the SNS decoy bounds assume a vacuum decoy)"),
				decoy.configurationProblems(source(0.3, 0.05, 0.01), p));
		assertEquals(List.of("the signal intensity mu must be positive", "the weak decoy intensity nu must be below the signal intensity mu"),
				decoy.configurationProblems(source(0, 0.05, 0), p));
		for (ProtocolModel model : List.of(new SnsTwinField(), new Cal19TwinField())) {
			ParameterValues q = parameters(model, link, 0.05, 0, 0.5);
			assertEquals(List.of(), model.configurationProblems(source(0.3, 0.05, 0.01), q));
			assertEquals(List.of("the signal intensity mu must be positive"), model.configurationProblems(source(0, 0, 0), q));
			assertEquals(List.of("the signal intensity mu must be at most 50"), model.configurationProblems(source(51, 0, 0), q));
		}
		for (String problem : decoy.configurationProblems(source(0, 0.05, 0.01), p)) {
			assertFalse(problem.endsWith("."), problem);
		}
	}

	@Test
	void declaredContract() {
		for (ProtocolModel model : MODELS) {
			assertFalse(model.isRepeaterless(), model.id());
			assertEquals(java.util.Set.of(PhotonStatistics.POISSONIAN), model.supportedSources());
			ParameterValues defaults = ParameterValues.defaults(model);
			assertTrue(model.evaluate(TwinFieldFibre.wangYuHu(0.03).budget(100, 0.04, 0.01), defaults).secretKeyPerPulse() > 0,
					model.id());
		}
		assertEquals(List.of("tf-sns", "tf-sns-decoy", "tf-cal19"), MODELS.stream().map(ProtocolModel::id).toList());
		assertEquals(List.of("relayPosition", "ecEfficiency", "sendingProbability"),
				new SnsTwinField().parameters().stream().map(d -> d.name()).toList());
		assertTrue(new SnsTwinField().parameter("sendingProbability").orElseThrow().optimisable());
		assertEquals(List.of("relayPosition", "ecEfficiency", "phaseMismatch"),
				new Cal19TwinField().parameters().stream().map(d -> d.name()).toList());
	}

	@Test
	void channelNoiseCountsLikeDarkCounts() {
		// Y0 = 1 - (1 - p_dark) exp(-eta n): replacing 1e-9 of dark counts by the channel noise photons
		// that the detector turns into the same background changes nothing.
		double n = -Math.log((1 - 2e-9) / (1 - 1e-9)) / 0.8;
		TwinFieldFibre link = TwinFieldFibre.wangYuHu(0.03);
		for (ProtocolModel model : MODELS) {
			ParameterValues p = parameters(model, link, 0.05, 0, 0.5);
			double t = link.transmittance(300);
			SourceCharacteristics src = source(0.04, 0.01, 0);
			double a = model.evaluate(new LinkBudget(new ChannelBudget(t, 0.0), src, new DetectorCharacteristics(0.8, 2e-9, 0.03)), p)
					.secretKeyPerPulse();
			double b = model.evaluate(new LinkBudget(new ChannelBudget(t, n), src, new DetectorCharacteristics(0.8, 1e-9, 0.03)), p)
					.secretKeyPerPulse();
			assertEquals(a, b, 1e-9 * a, model.id());
			assertTrue(a > 0);
		}
	}

	private static double optimised(ProtocolModel model, TwinFieldFibre link, double km) {
		if (model instanceof SnsDecoyTwinField) {
			return link.snsDecoy(km).value();
		}
		return model instanceof Cal19TwinField ? link.cal(km, 0).value() : link.sns(km).value();
	}

	private static SourceCharacteristics source(double mu, double nu, double vacuum) {
		return new SourceCharacteristics(1e9, PhotonStatistics.POISSONIAN, mu, nu, vacuum);
	}

	private static LinkBudget budget(double t, double mu, double nu, double vacuum, double etaD, double y0, double ed) {
		return new LinkBudget(new ChannelBudget(t, 0.0), source(mu, nu, vacuum), new DetectorCharacteristics(etaD, y0, ed));
	}

	private static void assertZero(ProtocolModel model, LinkBudget budget, ParameterValues p) {
		KeyRate r = model.evaluate(budget, p);
		assertEquals(0.0, r.secretKeyPerPulse(), model.id() + " " + budget);
		checkFinite(r, model, -1);
	}

	private static void checkFinite(KeyRate r, ProtocolModel model, double km) {
		assertTrue(Double.isFinite(r.secretKeyPerPulse()) && Double.isFinite(r.gain()) && Double.isFinite(r.qber()),
				model.id() + " not finite at " + km + " km: " + r);
		for (Map.Entry<String, Double> e : r.details().entrySet()) {
			assertTrue(Double.isFinite(e.getValue()), model.id() + " detail " + e.getKey() + " = " + e.getValue() + " at " + km);
		}
	}
}
