/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.physics.RepeaterlessBounds;

/**
 * Properties of the finite-key and the asymptotic three-intensity models: descriptors, no NaN,
 * never negative, non-increasing in loss, never above PLOB, no key for infeasible inputs, and the
 * configuration problems.
 */
class LimPropertiesTest {

	private static final List<ProtocolModel> MODELS = List.of(LimLink.FINITE, LimLink.ASYMPTOTIC);

	/** (q_x, p1, p2, mu1, mu2): optima for several block sizes and off-optimum points. */
	private static final double[][] POINTS = { { 0.85, 0.38, 0.44, 0.41, 0.22 }, { 0.93, 0.76, 0.155, 0.44, 0.17 },
			{ 0.05, 0.047, 0.55, 0.49, 0.10 }, { 0.3, 0.2, 0.3, 1.5, 0.05 }, { 0.6, 0.5, 0.45, 0.3, 0.2 },
			{ 0.999, 0.98, 0.01, 0.6, 2.1e-4 } };

	/** Detectors: Lim's; an SNSPD-like one; a noisy one with strong afterpulsing; an ideal one. */
	private static final List<DetectorCharacteristics> DETECTORS = List.of(
			DetectorCharacteristics.photonCounting(0.1, 1.2e-6, 5e-3, 0.04),
			DetectorCharacteristics.photonCounting(0.8, 1e-8, 5e-3, 0.0),
			DetectorCharacteristics.photonCounting(0.2, 1e-4, 0.03, 0.2),
			DetectorCharacteristics.photonCounting(1.0, 0.0, 0.0, 0.0));

	@Test
	void descriptors() {
		assertEquals(List.of("bb84-decoy-finite-key", "bb84-decoy-three-intensity"),
				MODELS.stream().map(ProtocolModel::id).toList());
		assertEquals(List.of("basisProbability", "p1", "p2", "blockSize", "epsSecPerBit", "epsSec", "epsCor",
				"ecEfficiency"), LimLink.FINITE.parameters().stream().map(ParameterDescriptor::name).toList());
		// the asymptotic model is the limit p1 -> 1: no intensity probabilities
		assertEquals(List.of("basisProbability", "ecEfficiency"),
				LimLink.ASYMPTOTIC.parameters().stream().map(ParameterDescriptor::name).toList());
		assertEquals(1.0, LimLink.ASYMPTOTIC.parameter("basisProbability").orElseThrow().defaultValue());
		assertEquals(1.0, LimLink.ASYMPTOTIC.parameter("basisProbability").orElseThrow().max());
		for (ProtocolModel m : MODELS) {
			assertTrue(m.description().contains("2014"), m.id());
			assertEquals(Set.of(PhotonStatistics.POISSONIAN), m.supportedSources());
			assertTrue(m.isRepeaterless());
			for (ParameterDescriptor d : m.parameters()) {
				assertTrue(d.accepts(d.defaultValue()), d.name());
				assertEquals(Set.of("basisProbability", "p1", "p2").contains(d.name()), d.optimisable(), d.name());
				if (!d.name().equals("epsSecPerBit")) {
					assertTrue(d.min() > 0, d.name() + " must be positive"); // probabilities, eps, f, n_X
				}
			}
			// the defaults give key on a short link
			KeyRate r = m.evaluate(LimLink.LIM.budget(20, 0.45, 0.15), ParameterValues.defaults(m));
			assertTrue(r.secretKeyPerPulse() > 0, m.id());
		}
		ParameterDescriptor n = LimLink.FINITE.parameter("blockSize").orElseThrow();
		assertTrue(n.integer() && n.min() == 1e3 && n.max() == 1e13);
		assertEquals(1.16, LimLink.FINITE.parameter("ecEfficiency").orElseThrow().defaultValue());
		assertEquals(1e-15, LimLink.FINITE.parameter("epsSecPerBit").orElseThrow().defaultValue());
		assertEquals(1e-15, LimLink.FINITE.parameter("epsCor").orElseThrow().defaultValue());
	}

	@Test
	void finiteNonNegativeMonotoneBelowPlob() {
		// Over 0 .. 500 km of 0.2 dB/km fibre in steps of 2.5 km: finite gain, QBER and details; rate
		// >= 0, non-increasing (1e-12 relative for rounding), at most PLOB(t), and 0 at 500 km.
		int keys = 0;
		for (DetectorCharacteristics detector : DETECTORS) {
			for (double[] x : POINTS) {
				for (double nX : new double[] { 0, 1e3, 1e4, 1e6, 1e9, 1e13 }) {
					ProtocolModel m = nX > 0 ? LimLink.FINITE : LimLink.ASYMPTOTIC;
					ParameterValues p = nX > 0 ? LimLink.finite(nX, x[0], x[1], x[2]) : LimLink.asymptotic(x[0]);
					double previous = Double.POSITIVE_INFINITY;
					for (double km = 0; km <= 500; km += 2.5) {
						double t = LimLink.transmittance(km);
						LinkBudget b = new LinkBudget(new ChannelBudget(t, 0), source(x[3], x[4], LimLink.MU3),
								detector);
						KeyRate r = m.evaluate(b, p);
						double at = km;
						java.util.function.Supplier<String> where = () -> m.id() + " n_X " + nX + " " + detector + " x "
								+ java.util.Arrays.toString(x) + " at " + at + " km";
						double rate = r.secretKeyPerPulse();
						if (!(Double.isFinite(rate) && Double.isFinite(r.gain()) && Double.isFinite(r.qber())
								&& r.details().values().stream().allMatch(Double::isFinite))) {
							checkFinite(r, where.get());
						}
						assertTrue(rate >= 0, where);
						double last = previous;
						assertTrue(rate <= previous * (1 + 1e-12),
								() -> where.get() + " rises: " + rate + " > " + last);
						assertTrue(rate <= RepeaterlessBounds.plob(t), where);
						if (detector.darkCountProbability() > 0 && km == 500) {
							assertEquals(0.0, rate, where);
						}
						keys += rate > 0 ? 1 : 0;
						previous = rate;
					}
				}
			}
		}
		assertTrue(keys > 5000, "too few points with key: " + keys);
	}

	@Test
	void infeasibleInputsGiveNoKey() {
		ParameterValues finite = LimLink.finite(1e7, 0.8, 0.5, 0.3);
		ParameterValues asymptotic = LimLink.asymptotic(1.0);
		double[][] intensities = { { 0.5, 0.3, 0.2 }, { 0.5, 0.2, 0.2 }, { 0.5, 0.1, 0.2 }, { 0.1, 0.2, 0 },
				{ 0, 0, 0 }, { -0.5, 0.1, 0 }, { 0.5, -0.1, -0.2 }, { Double.NaN, 0.1, 0 }, { 0.5, Double.NaN, 0 },
				{ Double.POSITIVE_INFINITY, 0.1, 0 } };
		for (double[] mu : intensities) {
			LinkBudget b = new LinkBudget(new ChannelBudget(0.5, 0), source(mu[0], mu[1], mu[2]), DETECTORS.get(0));
			for (ProtocolModel m : MODELS) {
				KeyRate r = m.evaluate(b, m == LimLink.FINITE ? finite : asymptotic);
				assertEquals(0.0, r.secretKeyPerPulse(), m.id() + " " + java.util.Arrays.toString(mu));
				checkFinite(r, m.id());
			}
		}
		LinkBudget b = LimLink.LIM.budget(10, 0.5, 0.1);
		assertTrue(LimLink.FINITE.evaluate(b, finite).secretKeyPerPulse() > 0);
		assertTrue(LimLink.ASYMPTOTIC.evaluate(b, asymptotic).secretKeyPerPulse() > 0);
		for (double[] p : new double[][] { { 0.5, 0.5 }, { 0.6, 0.5 }, { 0.98, 0.98 } }) {
			assertEquals(0.0, LimLink.FINITE.evaluate(b, finite.with("p1", p[0]).with("p2", p[1])).secretKeyPerPulse());
		}
		// q_x outside (0, 1] (the descriptor's range stops at 0.005 and 1)
		for (double q : new double[] { 0, -0.5, 1.5, Double.NaN }) {
			assertEquals(0.0, LimLink.ASYMPTOTIC.evaluate(b, asymptotic.with("basisProbability", q)).secretKeyPerPulse());
			assertEquals(0.0, LimLink.FINITE.evaluate(b, finite.with("basisProbability", q)).secretKeyPerPulse());
		}
		// q_x at the top of its range leaves too few test-basis events for a small block
		assertEquals(0.0, LimLink.FINITE.evaluate(b, LimLink.finite(1e4, 0.999, 0.5, 0.3)).secretKeyPerPulse());
		// a block below the fixed cost, and a secrecy kappa n_X >= 1
		assertEquals(0.0, LimLink.FINITE.evaluate(b, finite.with("blockSize", 1e3).with("epsSecPerBit", 1e-200))
				.secretKeyPerPulse());
		assertEquals(0.0, LimLink.FINITE.evaluate(b, finite.with("epsSecPerBit", 1e-7)).secretKeyPerPulse());
	}

	@Test
	void configurationProblems() {
		SourceCharacteristics good = source(0.5, 0.1, 2e-4);
		ParameterValues finite = LimLink.finite(1e7, 0.8, 0.5, 0.3);
		ParameterValues asymptotic = LimLink.asymptotic(1.0);
		assertEquals(List.of(), LimLink.FINITE.configurationProblems(good, finite));
		assertEquals(List.of(), LimLink.ASYMPTOTIC.configurationProblems(good, asymptotic));
		for (ProtocolModel m : MODELS) {
			ParameterValues p = m == LimLink.FINITE ? finite : asymptotic;
			assertEquals(
					List.of("the signal intensity mu must exceed the sum of the decoy intensities nu + vacuum"),
					m.configurationProblems(source(0.3, 0.2, 0.1), p));
			assertEquals(List.of("the decoy intensity nu must exceed the vacuum intensity"),
					m.configurationProblems(source(0.5, 2e-4, 2e-4), p));
			assertEquals(2, m.configurationProblems(source(0.1, 0.2, 0.3), p).size());
		}
		assertEquals(List.of("the probabilities p1 + p2 must stay below 1 so that the weakest intensity is sent"),
				LimLink.FINITE.configurationProblems(good, finite.with("p1", 0.7).with("p2", 0.3)));
		// the asymptotic model has no probabilities to check (values left over from an old file are ignored)
		assertEquals(List.of(),
				LimLink.ASYMPTOTIC.configurationProblems(good, asymptotic.with("p1", 0.7).with("p2", 0.3)));
		List<String> block = LimLink.FINITE.configurationProblems(good,
				finite.with("blockSize", 1e3).with("epsSecPerBit", 1e-200));
		assertEquals(1, block.size());
		assertTrue(block.get(0).startsWith("the blockSize must exceed the fixed cost 6 log2(21/eps_sec) + "
				+ "log2(2/eps_cor) = 4004 bits"), block.get(0));
		// with a fixed eps_sec: 6 log2(21 / 1e-30) + log2(2 / 1e-30) = 724.6 bits < 1000: fine
		assertEquals(List.of(), LimLink.FINITE.configurationProblems(good, finite.with("blockSize", 1e3)
				.with("epsSecPerBit", 0.0).with("epsSec", 1e-30).with("epsCor", 1e-30)));
		assertEquals(List.of("the secrecy epsSecPerBit x blockSize must be below 1"),
				LimLink.FINITE.configurationProblems(good, finite.with("epsSecPerBit", 1e-7)));
	}

	@Test
	void darkLinksGiveNoKeyAndFiniteNumbers() {
		for (ProtocolModel m : MODELS) {
			ParameterValues p = m == LimLink.FINITE ? LimLink.finite(1e7, 0.8, 0.5, 0.3) : LimLink.asymptotic(1.0);
			for (LinkBudget b : List.of(
					new LinkBudget(new ChannelBudget(0, 0), source(0.5, 0.1, 2e-4), DETECTORS.get(0)), // cut fibre
					new LinkBudget(new ChannelBudget(0, 0), source(0.5, 0.1, 2e-4), DETECTORS.get(3)), // nothing
					new LinkBudget(new ChannelBudget(1, 0), source(0.5, 0.1, 2e-4),
							DetectorCharacteristics.photonCounting(0, 0, 0, 0)), // blind detector
					new LinkBudget(new ChannelBudget(1, 0.1), source(0.5, 0.1, 2e-4), DETECTORS.get(0)))) { // noise
				KeyRate r = m.evaluate(b, p);
				assertEquals(0.0, r.secretKeyPerPulse(), m.id() + " " + b);
				checkFinite(r, m.id() + " " + b);
			}
		}
	}

	@Test
	void noiseAndAfterpulsesCostKey() {
		// Channel noise adds to the dark counts; afterpulses add clicks with error rate 1/2.
		double[] x = { 0.85, 0.38, 0.44, 0.41, 0.22 };
		double quiet = LimLink.LIM.rate(80, 1e7, x);
		double noisy = new LimLink(1e-5, 1e-15, 1e-10).rate(80, 1e7, x);
		assertTrue(noisy > 0 && noisy < quiet, noisy + " vs " + quiet);
		LinkBudget noAfterpulses = new LinkBudget(new ChannelBudget(LimLink.transmittance(80), 0),
				source(x[3], x[4], LimLink.MU3), DetectorCharacteristics.photonCounting(0.1, LimLink.Y0, 5e-3, 0));
		assertTrue(LimLink.FINITE.evaluate(noAfterpulses, LimLink.finite(1e7, x[0], x[1], x[2]))
				.secretKeyPerPulse() > quiet);
		// gain and QBER are those of the signal pulses: R_mu1 and e_mu1 / R_mu1
		KeyRate r = LimLink.FINITE.evaluate(LimLink.LIM.budget(80, x[3], x[4]), LimLink.finite(1e7, x[0], x[1], x[2]));
		LimChannelModel link = new LimChannelModel(0.1 * LimLink.transmittance(80), LimLink.Y0, 5e-3, 0.04);
		assertEquals(link.click(x[3]), r.gain(), 1e-15);
		assertEquals(link.qber(x[3]), r.qber(), 1e-15);
		assertTrue(r.details().get("qberX") > r.qber()); // the decoys have higher error rates
	}

	@Test
	void optimisedRatesFallWithDistance() {
		// With the five parameters optimised: non-increasing in distance (1e-9 relative) and below PLOB.
		double previous = Double.POSITIVE_INFINITY;
		for (double km : new double[] { 0, 60, 120, 175 }) {
			double rate = LimLink.LIM.optimised(km, 1e6).value();
			assertFalse(Double.isNaN(rate));
			assertTrue(rate <= previous * (1 + 1e-9), km + " km: " + rate + " > " + previous);
			assertTrue(rate <= RepeaterlessBounds.plob(LimLink.transmittance(km)));
			previous = rate;
		}
		assertEquals(0.0, previous, "n_X = 1e6 reaches 172 km (LimReferenceTest), not 175 km");
	}

	private static SourceCharacteristics source(double mu, double nu, double vacuum) {
		return new SourceCharacteristics(1e9, PhotonStatistics.POISSONIAN, mu, nu, vacuum);
	}

	private static void checkFinite(KeyRate r, String at) {
		assertTrue(Double.isFinite(r.secretKeyPerPulse()) && Double.isFinite(r.gain()) && Double.isFinite(r.qber()),
				at + ": " + r);
		for (Map.Entry<String, Double> e : r.details().entrySet()) {
			assertTrue(Double.isFinite(e.getValue()), at + ": " + e.getKey() + " = " + e.getValue());
		}
	}
}
