/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
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
import org.openqci.physics.Entropy;
import org.openqci.physics.Poisson;

/** Descriptors, closed-form cases and edge cases of the four BB84 models. */
class Bb84ModelsTest {

	private static final List<ProtocolModel> MODELS = List.of(new SinglePhotonBb84(), new InfiniteDecoyBb84(),
			new VacuumWeakDecoyBb84(), new GllpBb84());

	private static LinkBudget budget(double transmittance, PhotonStatistics s, double mu, double nu, double vacuum,
			double etaBob, double y0, double ed) {
		return new LinkBudget(new ChannelBudget(transmittance, 0.0), new SourceCharacteristics(1e9, s, mu, nu, vacuum),
				new DetectorCharacteristics(etaBob, y0, ed));
	}

	@Test
	void idsAndDescriptors() {
		assertEquals(List.of("bb84-single-photon", "bb84-decoy-infinite", "bb84-decoy-vacuum-weak", "bb84-gllp"),
				MODELS.stream().map(ProtocolModel::id).toList());
		Set<String> names = new HashSet<>();
		for (ProtocolModel m : MODELS) {
			assertTrue(names.add(m.name()));
			assertTrue(m.description().contains("20"), "description without a reference: " + m.id());
			ParameterDescriptor f = m.parameter("ecEfficiency").orElseThrow();
			assertEquals("Error-correction efficiency", f.label());
			assertEquals("", f.unit());
			assertEquals(1.22, f.defaultValue());
			assertEquals(1.0, f.min());
			assertEquals(3.0, f.max());
			ParameterDescriptor q = m.parameter("basisSiftingFactor").orElseThrow();
			assertEquals(0.5, q.defaultValue());
			assertEquals(0.01, q.min());
			assertEquals(1.0, q.max());
			for (ParameterDescriptor d : m.parameters()) {
				assertTrue(d.accepts(d.defaultValue()), d.name());
			}
		}
		assertEquals(Set.of(PhotonStatistics.SINGLE_PHOTON), MODELS.get(0).supportedSources());
		for (ProtocolModel m : MODELS.subList(1, 4)) {
			assertEquals(Set.of(PhotonStatistics.POISSONIAN), m.supportedSources());
		}
	}

	@Test
	void singlePhotonClosedForm() {
		// p = 1, no dark counts: Q = eta, E = e_d, R = q eta [1 - (1 + f) h(e_d)] (1e-14 relative).
		double eta = 0.3 * 0.1;
		ParameterValues p = ParameterValues.of(Map.of("ecEfficiency", 1.1, "basisSiftingFactor", 0.5));
		KeyRate r = new SinglePhotonBb84().evaluate(
				budget(0.3, PhotonStatistics.SINGLE_PHOTON, 1.0, 0, 0, 0.1, 0.0, 0.02), p);
		assertEquals(eta, r.gain(), 1e-14 * eta);
		assertEquals(0.02, r.qber(), 1e-14);
		double expected = 0.5 * eta * (1 - 2.1 * Entropy.binary(0.02));
		assertEquals(expected, r.secretKeyPerPulse(), 1e-14 * expected);
		// With dark counts and p < 1: Q = 1 - (1 - Y0)(1 - p eta), E Q = e_d p eta + Y0 (1 - p eta) / 2.
		KeyRate d = new SinglePhotonBb84().evaluate(
				budget(0.3, PhotonStatistics.SINGLE_PHOTON, 0.7, 0, 0, 0.1, 1e-4, 0.02), p);
		double pe = 0.7 * eta;
		double gain = 1 - (1 - 1e-4) * (1 - pe);
		assertEquals(gain, d.gain(), 1e-12 * gain);
		assertEquals((0.02 * pe + 0.5e-4 * (1 - pe)) / gain, d.qber(), 1e-12);
	}

	@Test
	void gllpClosedForm() {
		// Delta = P_multi / Q_mu and R = q{-Q f h(E) + Q(1 - Delta)[1 - h(E / (1 - Delta))]},
		// written out independently here (1e-12 relative).
		double eta = 0.045 * Math.pow(10, -0.021 * 10);
		double mu = 0.02;
		KeyRate r = new GllpBb84().evaluate(FibreLink.GYS.wcp(10, mu, 0), FibreLink.GYS.parameters());
		double gain = 1.7e-6 + 1 - Math.exp(-eta * mu);
		double qber = (0.85e-6 + 0.033 * (1 - Math.exp(-eta * mu))) / gain;
		double delta = (1 - (1 + mu) * Math.exp(-mu)) / gain;
		double expected = 0.5 * (-gain * 1.22 * Entropy.binary(qber)
				+ gain * (1 - delta) * (1 - Entropy.binary(qber / (1 - delta))));
		assertTrue(expected > 0);
		assertEquals(expected, r.secretKeyPerPulse(), 1e-9 * expected); // closed form 1-(1+mu)e^-mu loses ~1e-12
		assertEquals(delta, r.details().get("Delta"), 1e-9 * delta);
		// Delta >= 1: no key. At mu = 0.5 the multi-photon probability exceeds the gain.
		KeyRate none = new GllpBb84().evaluate(FibreLink.GYS.wcp(10, 0.5, 0), FibreLink.GYS.parameters());
		assertTrue(Poisson.multiPhotonProbability(0.5) > none.gain());
		assertEquals(0.0, none.secretKeyPerPulse());
	}

	@Test
	void vacuumPlusWeakNeedsAWeakerDecoy() {
		VacuumWeakDecoyBb84 vw = new VacuumWeakDecoyBb84();
		ParameterValues p = FibreLink.GYS.parameters();
		assertTrue(vw.evaluate(FibreLink.GYS.wcp(20, 0.5, 0.1), p).secretKeyPerPulse() > 0);
		assertEquals(0.0, vw.evaluate(FibreLink.GYS.wcp(20, 0.5, 0.5), p).secretKeyPerPulse());
		assertEquals(0.0, vw.evaluate(FibreLink.GYS.wcp(20, 0.5, 0.6), p).secretKeyPerPulse());
		assertEquals(0.0, vw.evaluate(FibreLink.GYS.wcp(20, 0.5, 0.0), p).secretKeyPerPulse());
		assertEquals(0.0, vw.evaluate(FibreLink.GYS.wcp(20, 0.5, -0.1), p).secretKeyPerPulse());
	}

	@Test
	void vacuumPlusWeakApproachesInfiniteDecoyForATinyDecoy() {
		// nu = 1e-4: within 1e-3 relative of the infinite-decoy rate at 50 km.
		double inf = new InfiniteDecoyBb84().evaluate(FibreLink.GYS.wcp(50, 0.48, 0), FibreLink.GYS.parameters())
				.secretKeyPerPulse();
		double vw = new VacuumWeakDecoyBb84().evaluate(FibreLink.GYS.wcp(50, 0.48, 1e-4), FibreLink.GYS.parameters())
				.secretKeyPerPulse();
		assertEquals(inf, vw, 1e-3 * inf);
	}

	@Test
	void imperfectVacuumDecoyCostsKey() {
		// A vacuum decoy that is not dark (omega > 0) uses the two-weak-decoy bounds: less key than
		// a perfect vacuum, none when omega >= nu or nu + omega >= mu.
		VacuumWeakDecoyBb84 vw = new VacuumWeakDecoyBb84();
		ParameterValues p = FibreLink.GYS.parameters();
		double perfect = vw.evaluate(FibreLink.GYS.budget(50, PhotonStatistics.POISSONIAN, 0.48, 0.1, 0.0), p)
				.secretKeyPerPulse();
		double leaky = vw.evaluate(FibreLink.GYS.budget(50, PhotonStatistics.POISSONIAN, 0.48, 0.1, 0.01), p)
				.secretKeyPerPulse();
		assertTrue(leaky > 0 && leaky < perfect, leaky + " vs " + perfect);
		assertEquals(0.0, vw.evaluate(FibreLink.GYS.budget(50, PhotonStatistics.POISSONIAN, 0.48, 0.1, 0.1), p)
				.secretKeyPerPulse());
		assertEquals(0.0, vw.evaluate(FibreLink.GYS.budget(50, PhotonStatistics.POISSONIAN, 0.15, 0.1, 0.06), p)
				.secretKeyPerPulse());
	}

	@Test
	void noLightNoDetectorNoNaN() {
		for (ProtocolModel m : MODELS) {
			PhotonStatistics s = m.supportedSources().iterator().next();
			for (LinkBudget b : List.of(budget(0, s, 0.5, 0.1, 0, 0.1, 1e-6, 0.01), // cut fibre
					budget(0, s, 0.5, 0.1, 0, 0.1, 0.0, 0.01), // cut fibre, no dark counts: Q = 0
					budget(1, s, 0.0, 0.0, 0, 0.1, 0.0, 0.01), // source off
					budget(1, s, 0.5, 0.1, 0, 0.0, 0.0, 0.0), // detector blind
					budget(1, s, 0.5, 0.1, 0, 1.0, 0.1, 0.5))) { // pure noise
				KeyRate r = m.evaluate(b, FibreLink.GYS.parameters());
				assertEquals(0.0, r.secretKeyPerPulse(), m.id() + " " + b);
				assertTrue(Double.isFinite(r.gain()) && Double.isFinite(r.qber()), m.id() + " " + r);
				r.details().values().forEach(v -> assertTrue(Double.isFinite(v), m.id() + " " + r));
			}
		}
	}

	@Test
	void parametersScaleTheRateAsTheFormulaSays() {
		// R is proportional to q (1e-14 relative), and decreases with f.
		InfiniteDecoyBb84 inf = new InfiniteDecoyBb84();
		LinkBudget b = FibreLink.GYS.wcp(30, 0.48, 0);
		double half = inf.evaluate(b, ParameterValues.of(Map.of("ecEfficiency", 1.22, "basisSiftingFactor", 0.5)))
				.secretKeyPerPulse();
		double full = inf.evaluate(b, ParameterValues.of(Map.of("ecEfficiency", 1.22, "basisSiftingFactor", 1.0)))
				.secretKeyPerPulse();
		assertEquals(2 * half, full, 1e-14 * full);
		double worseEc = inf.evaluate(b, ParameterValues.of(Map.of("ecEfficiency", 1.5, "basisSiftingFactor", 0.5)))
				.secretKeyPerPulse();
		assertTrue(worseEc < half);
	}
}
