/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.mdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.openqci.physics.Entropy;

/** Descriptors, configuration problems, the key-rate formula and edge cases of the two MDI models. */
class MdiModelsTest {

	private static final InfiniteDecoyMdi INFINITE = new InfiniteDecoyMdi();
	private static final VacuumWeakDecoyMdi VACUUM_WEAK = new VacuumWeakDecoyMdi();
	private static final List<ProtocolModel> MODELS = List.of(INFINITE, VACUUM_WEAK);
	private static final MdiFibre LCQ = MdiFibre.LCQ;

	@Test
	void idsAndDescriptors() {
		assertEquals(List.of("mdi-decoy-infinite", "mdi-decoy-vacuum-weak"), MODELS.stream().map(ProtocolModel::id).toList());
		assertFalse(INFINITE.name().equals(VACUUM_WEAK.name()));
		for (ProtocolModel m : MODELS) {
			assertTrue(m.description().contains("20"), "description without a reference: " + m.id());
			assertEquals(Set.of(PhotonStatistics.POISSONIAN), m.supportedSources());
			assertTrue(m.isRepeaterless());
			assertEquals(List.of("ecEfficiency", "basisSiftingFactor", "relayPosition", "intensityRatio"),
					m.parameters().stream().map(ParameterDescriptor::name).toList());
			ParameterDescriptor f = m.parameter("ecEfficiency").orElseThrow();
			assertEquals(1.16, f.defaultValue());
			assertEquals(1.0, f.min());
			ParameterDescriptor q = m.parameter("basisSiftingFactor").orElseThrow();
			assertEquals(1.0, q.defaultValue());
			ParameterDescriptor relay = m.parameter("relayPosition").orElseThrow();
			assertEquals(0.5, relay.defaultValue());
			assertEquals(0.0, relay.min());
			assertEquals(1.0, relay.max());
			ParameterDescriptor k = m.parameter("intensityRatio").orElseThrow();
			assertEquals(1.0, k.defaultValue());
			assertTrue(k.optimisable());
			for (ParameterDescriptor d : m.parameters()) {
				assertTrue(d.accepts(d.defaultValue()), d.name());
			}
			// the defaults evaluate
			assertTrue(m.evaluate(LCQ.budget(50, 0.5, 0.05, 0), ParameterValues.defaults(m)).secretKeyPerPulse() > 0);
		}
	}

	@Test
	void configurationProblems() {
		ParameterValues p = LCQ.symmetric();
		assertEquals(List.of(), INFINITE.configurationProblems(source(0.5, 0.1, 0), p));
		assertEquals(List.of("the signal intensity mu must be positive"),
				INFINITE.configurationProblems(source(0, 0.1, 0), p));
		assertEquals(List.of(), VACUUM_WEAK.configurationProblems(source(0.5, 0.1, 0), p));
		assertEquals(List.of(), VACUUM_WEAK.configurationProblems(source(0.5, 0.1, 0.01), p));
		assertEquals(List.of("the weak decoy intensity nu must be below the signal intensity mu"),
				VACUUM_WEAK.configurationProblems(source(0.5, 0.5, 0), p));
		assertEquals(List.of("the weak decoy intensity nu must be positive"),
				VACUUM_WEAK.configurationProblems(source(0.5, 0, 0), p));
		assertEquals(List.of("the weak decoy intensity nu must be above the vacuum decoy intensity"),
				VACUUM_WEAK.configurationProblems(source(0.5, 0.05, 0.05), p));
		assertEquals(List.of("the weak decoy intensity nu must be below the signal intensity mu",
				"the weak decoy intensity nu must be positive"), VACUUM_WEAK.configurationProblems(source(0, 0, 0), p));
		for (ProtocolModel m : MODELS) {
			for (String problem : m.configurationProblems(source(0, 0, 0), p)) {
				assertFalse(problem.endsWith("."), problem);
			}
		}
	}

	@Test
	void infeasibleIntensitiesGiveNoKey() {
		// the configurations configurationProblems rejects (which the optimiser may visit) give 0
		for (double[] mnw : new double[][] { { 0.5, 0.5, 0 }, { 0.5, 0.6, 0 }, { 0.5, 0, 0 }, { 0.5, -0.1, 0 },
				{ 0.5, 0.05, 0.05 }, { 0.5, 0.05, 0.08 }, { 0, 0, 0 } }) {
			KeyRate r = VACUUM_WEAK.evaluate(LCQ.budget(20, mnw[0], mnw[1], mnw[2]), LCQ.symmetric());
			assertEquals(0.0, r.secretKeyPerPulse(), "mu, nu, omega = " + mnw[0] + ", " + mnw[1] + ", " + mnw[2]);
		}
		assertEquals(0.0, INFINITE.evaluate(LCQ.budget(20, 0, 0, 0), LCQ.symmetric()).secretKeyPerPulse());
		assertEquals(0.0, INFINITE.evaluate(LCQ.budget(20, -1, 0, 0), LCQ.symmetric()).secretKeyPerPulse());
		// an imperfect vacuum decoy still works, with less key
		double perfect = VACUUM_WEAK.evaluate(LCQ.budget(50, 0.5, 0.1, 0), LCQ.symmetric()).secretKeyPerPulse();
		double leaky = VACUUM_WEAK.evaluate(LCQ.budget(50, 0.5, 0.1, 0.01), LCQ.symmetric()).secretKeyPerPulse();
		assertTrue(leaky > 0 && leaky < perfect, leaky + " vs " + perfect);
	}

	@Test
	void keyRateFormula() {
		// R = q {Q11 [1 - h(e11)] - Q_Z f h(E_Z)}, Q11 = mu_a mu_b e^(-mu_a - mu_b) Y11, from the
		// reported details (1e-13 relative); R proportional to q, decreasing with f.
		double mu = 0.4;
		double k = 1.5;
		ParameterValues p = LCQ.parameters(0.3, k).with("ecEfficiency", 1.2).with("basisSiftingFactor", 0.25);
		KeyRate r = INFINITE.evaluate(LCQ.budget(60, mu, 0, 0), p);
		double y11 = r.details().get("Y11");
		double e11 = r.details().get("e11");
		double q11 = mu * k * mu * Math.exp(-mu - k * mu) * y11;
		assertEquals(q11, r.details().get("Q11"), 1e-14 * q11);
		double expected = 0.25 * (q11 * (1 - Entropy.binary(e11)) - r.gain() * 1.2 * Entropy.binary(r.qber()));
		assertTrue(expected > 0);
		assertEquals(expected, r.secretKeyPerPulse(), 1e-13 * expected);
		double full = INFINITE.evaluate(LCQ.budget(60, mu, 0, 0), p.with("basisSiftingFactor", 1.0)).secretKeyPerPulse();
		assertEquals(4 * r.secretKeyPerPulse(), full, 1e-13 * full);
		double worse = INFINITE.evaluate(LCQ.budget(60, mu, 0, 0), p.with("ecEfficiency", 1.5)).secretKeyPerPulse();
		assertTrue(worse < r.secretKeyPerPulse());
		// the arms: t_A = t^f, t_B = t^(1 - f) times the detector efficiency; p_d = Y0 / 2
		double t = LCQ.channelTransmittance(60);
		assertEquals(0.145 * Math.pow(t, 0.3), r.details().get("etaA"), 1e-14);
		assertEquals(0.145 * Math.pow(t, 0.7), r.details().get("etaB"), 1e-14);
		MdiLink link = MdiLink.of(LCQ.budget(60, mu, 0, 0), 0.3);
		assertEquals(3.01e-6, link.darkCount(), 1e-20);
	}

	@Test
	void channelNoiseCountsAsBackground() {
		// Channel noise photons, detected with the detector's efficiency, add to the dark counts:
		// Y0 = 1 - (1 - p_dark) exp(-eta n); 1e-6 of dark counts and the n below give Y0 = 6e-6, the
		// same rate as 6e-6 of dark counts.
		double n = -Math.log((1 - 6e-6) / (1 - 1e-6)) / 0.145;
		LinkBudget noisy = new LinkBudget(new ChannelBudget(1e-3, n),
				new SourceCharacteristics(1e9, PhotonStatistics.POISSONIAN, 0.5, 0.05, 0),
				new DetectorCharacteristics(0.145, 1e-6, 0.015));
		LinkBudget dark = new LinkBudget(new ChannelBudget(1e-3, 0),
				new SourceCharacteristics(1e9, PhotonStatistics.POISSONIAN, 0.5, 0.05, 0),
				new DetectorCharacteristics(0.145, 6e-6, 0.015));
		for (ProtocolModel m : MODELS) {
			double expected = m.evaluate(dark, LCQ.symmetric()).secretKeyPerPulse();
			assertEquals(expected, m.evaluate(noisy, LCQ.symmetric()).secretKeyPerPulse(), 1e-9 * expected);
		}
	}

	@Test
	void noLightNoDetectorNoNaN() {
		for (ProtocolModel m : MODELS) {
			for (LinkBudget b : List.of(budget(0, 0.5, 0.1, 0.1, 1e-6, 0.01), // cut fibre
					budget(0, 0.5, 0.1, 0.1, 0.0, 0.01), // cut fibre, no dark counts: Q = 0
					budget(1, 0.0, 0.0, 0.1, 0.0, 0.01), // sources off
					budget(1, 0.5, 0.1, 0.0, 0.0, 0.0), // detectors blind
					budget(1, 0.5, 0.1, 1.0, 1.0, 0.5), // pure noise
					budget(1, 2.0, 1.9, 1.0, 0.0, 0.0))) { // bright, ideal
				for (double[] relay : new double[][] { { 0.5, 1 }, { 0, 20 }, { 1, 0.05 } }) {
					KeyRate r = m.evaluate(b, LCQ.parameters(relay[0], relay[1]));
					assertTrue(Double.isFinite(r.secretKeyPerPulse()) && Double.isFinite(r.gain())
							&& Double.isFinite(r.qber()), m.id() + " " + r);
					r.details().values().forEach(v -> assertTrue(Double.isFinite(v), m.id() + " " + r));
					if (b.channel().transmittance() == 0 || b.source().signalIntensity() == 0
							|| b.detector().efficiency() == 0 || b.backgroundProbability() >= 1) {
						assertEquals(0.0, r.secretKeyPerPulse(), m.id() + " " + b);
					}
				}
			}
		}
	}

	private static SourceCharacteristics source(double mu, double nu, double vacuum) {
		return new SourceCharacteristics(1e9, PhotonStatistics.POISSONIAN, mu, nu, vacuum);
	}

	private static LinkBudget budget(double t, double mu, double nu, double eta, double y0, double ed) {
		return new LinkBudget(new ChannelBudget(t, 0.0), source(mu, nu, 0), new DetectorCharacteristics(eta, y0, ed));
	}
}
