/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqci.core.fakes.Experiments.oneLink;
import static org.openqci.core.fakes.Experiments.value;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.openqci.core.fakes.FakeModels;
import org.openqci.core.orbit.OrbitPropagator;
import org.openqci.core.orbit.Pass;
import org.openqci.core.orbit.PassFailure;
import org.openqci.core.orbit.PassPrediction;
import org.openqci.core.orbit.PassRequest;
import org.openqci.core.orbit.PassSample;
import org.openqci.core.orbit.TrackPoint;
import org.openqci.core.registry.StaticModelRegistry;
import org.openqci.core.results.PassPoint;
import org.openqci.core.results.PassResult;
import org.openqci.core.results.PassResults;
import org.openqci.core.results.ResultSet;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.ChannelModel;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ModelContribution;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.core.validation.ExperimentValidator;
import org.openqci.core.validation.Problem;
import org.openqci.model.ChannelSegment;
import org.openqci.model.Experiment;
import org.openqci.model.GroundStation;
import org.openqci.model.PassAnalysis;
import org.openqci.model.QciFactory;
import org.openqci.model.Satellite;

/**
 * The engine's pass analysis with a fake orbit propagator and a fake satellite channel: each pass
 * is one block whose key adds up the slots (the toy protocol is asymptotic), free parameters are
 * optimised per pass, failures are passed on, and the validator names bad fields.
 */
class PassAnalysisTest {

	private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
	private static final double RATE = 1e9;

	/** A channel whose transmittance falls as 1 / range^2 and does not depend on elevation. */
	static final class FakeSatellite implements ChannelModel {
		@Override
		public String id() {
			return "fake-satellite";
		}

		@Override
		public String name() {
			return "Fake satellite link";
		}

		@Override
		public String description() {
			return "1e-3 (500 km / range)^2";
		}

		@Override
		public List<ParameterDescriptor> parameters() {
			return List.of(ParameterDescriptor.of("elevation", "Elevation", "deg", 90, 0, 90, "elevation"),
					ParameterDescriptor.of("slantRange", "Slant range", "km", 500, 0, 50000, "range"));
		}

		@Override
		public ChannelBudget budget(ParameterValues p) {
			double r = p.get("slantRange") / 500.0;
			return new ChannelBudget(1e-3 / (r * r), 0.0);
		}
	}

	/** Two passes over "A", one over "B", and a failure over "B"; a TLE line "bad" is a problem. */
	static final class FakePropagator implements OrbitPropagator {
		@Override
		public List<Problem> problems(PassRequest request) {
			return "bad".equals(request.orbit().tleLine1()) ? List.of(new Problem("tleLine1", "bad checksum"))
					: List.of();
		}

		@Override
		public PassPrediction predict(PassRequest request, BooleanSupplier cancelled) {
			List<Pass> passes = new ArrayList<>();
			passes.add(pass("A", 1, 0, 10));
			passes.add(pass("A", 2, 6000, 20));
			passes.add(pass("B", 1, 3000, 5));
			return new PassPrediction(passes, List.of(new PassFailure("B", T0.plusSeconds(9000), "decayed")),
					List.of(new TrackPoint(T0, 0, 0), new TrackPoint(T0.plusSeconds(60), 3, 1)));
		}

		private static Pass pass(String station, int number, long offset, int seconds) {
			List<PassSample> samples = new ArrayList<>();
			for (int i = 0; i <= seconds; i++) {
				double range = 500 + 100 * Math.abs(i - seconds / 2.0);
				samples.add(new PassSample(T0.plusSeconds(offset + i), 90 - 4 * Math.abs(i - seconds / 2.0), 0, range, -30));
			}
			return new Pass(station, number, T0.plusSeconds(offset), T0.plusSeconds(offset + seconds), 90, samples);
		}
	}

	private static StaticModelRegistry registry(OrbitPropagator propagator) {
		List<ModelContribution> models = new ArrayList<>();
		for (ComponentRole role : ComponentRole.values()) {
			models.addAll(FakeModels.registry().all(role));
		}
		models.add(new FakeSatellite());
		return new StaticModelRegistry(models, propagator);
	}

	/** One link over a fake satellite segment named "sat", mu optimised, and a pass analysis. */
	private static Experiment experiment() {
		Experiment e = oneLink();
		ChannelSegment segment = e.getLinks().get(0).getChannels().get(0);
		segment.setName("sat");
		segment.setKind("fake-satellite");
		segment.getParameters().clear();
		value(e.getLinks().get(0).getSource(), "mu", 0.5, "").setOptimise(true);
		QciFactory f = QciFactory.eINSTANCE;
		PassAnalysis passes = f.createPassAnalysis();
		passes.setStart(T0.toString());
		passes.setEnd(T0.plusSeconds(2 * 86400).toString());
		Satellite s = f.createSatellite();
		s.setName("sat-1");
		s.setTleLine1("1 ...");
		s.setTleLine2("2 ...");
		passes.setSatellite(s);
		for (String name : List.of("A", "B")) {
			GroundStation g = f.createGroundStation();
			g.setName(name);
			g.setLatitude(45);
			g.setLongitude(10);
			passes.getStations().add(g);
		}
		e.setPasses(passes);
		return e;
	}

	@Test
	void eachPassIsOneBlockWithItsOwnOptimum() throws ExperimentException {
		ResultSet results = new ExperimentEngine(registry(new FakePropagator())).run(experiment(), RunOptions.none(),
				new NullProgressMonitor());
		PassResults passes = results.passes();
		assertEquals(List.of("A", "A", "B"), passes.passes().stream().map(PassResult::station).toList());
		assertEquals(List.of(1, 2, 1), passes.passes().stream().map(PassResult::number).toList());
		assertEquals(1, passes.failures().size());
		assertEquals(2, passes.groundTrack().size());
		assertEquals(2.0, passes.days(), 1e-12);
		FakeModels.ToyProtocol toy = new FakeModels.ToyProtocol();
		DetectorCharacteristics spad = new FakeModels.Spad().characterise(ParameterValues.of(
				Map.of("efficiency", 0.1, "darkCount", 1e-6, "misalignment", 0.01, "deadGates", 0.0)));
		for (PassResult p : passes.passes()) {
			// the toy key is largest at mu = mu0 = 0.3 in every slot, so for the whole pass too
			assertEquals(0.3, p.optimisedParameters().get("source.mu"), 1e-3);
			double expected = 0.0;
			List<PassPoint> timeline = p.timeline();
			for (int i = 0; i + 1 < timeline.size(); i++) { // each sample stands for 1 s, the last for none
				double t = 1e-3 / Math.pow(timeline.get(i).rangeKm() / 500.0, 2);
				LinkBudget b = new LinkBudget(new ChannelBudget(t, 0), new SourceCharacteristics(RATE,
						PhotonStatistics.POISSONIAN, p.optimisedParameters().get("source.mu"), 0, 0), spad);
				expected += toy.evaluate(b, ParameterValues.of(Map.of("mu0", 0.3))).secretKeyPerPulse() * RATE;
				assertEquals(-10 * Math.log10(t), timeline.get(i).lossDb(), 1e-9);
			}
			assertEquals(expected, p.secretBits(), 1e-9 * expected);
			assertEquals(p.secretBits(), timeline.get(timeline.size() - 1).keySoFarBits(), 1e-9 * expected,
					"the key so far at the end of the pass is the pass's key");
			assertEquals(RATE * p.duration().toSeconds(), p.pulses(), 1e-6);
		}
		double a = passes.totalBits("a", "A");
		assertEquals(passes.passes().get(0).secretBits() + passes.passes().get(1).secretBits(), a, 1e-9 * a);
		assertEquals(a / 2, passes.bitsPerDay("a", "A"), 1e-9 * a);
		assertEquals(a / 2 * 365.25, passes.bitsPerYear("a", "A"), 1e-9 * a * 365);
		assertEquals(1, results.rows().size(), "the link is also evaluated once at the experiment's values");
	}

	@Test
	void anExperimentWithoutPassesHasNone() throws ExperimentException {
		Experiment e = experiment();
		e.setPasses(null);
		assertNull(new ExperimentEngine(registry(new FakePropagator())).run(e, RunOptions.none(), null).passes());
	}

	@Test
	void theValidatorNamesTheFieldOfEachProblem() {
		Experiment e = experiment();
		PassAnalysis p = e.getPasses();
		p.setStart("tomorrow");
		p.getStations().get(0).setMinElevation(95);
		p.getStations().get(1).setName("A");
		assertEquals(List.of("passes: start: 'tomorrow' is not an ISO-8601 UTC instant (e.g. 2026-06-01T00:00:00Z)",
				"passes / station 'A': minElevation: the elevation mask must be at least 0 and below 90 degrees, not 95.0",
				"passes / station 'A': name: duplicate station name 'A'"), errors(e, new FakePropagator()));
	}

	@Test
	void orbitProblemsComeFromThePropagatorOnTheSatellite() {
		Experiment e = experiment();
		e.getPasses().getSatellite().setTleLine1("bad");
		List<Problem> problems = new ExperimentValidator(registry(new FakePropagator())).validate(e);
		assertEquals(1, problems.size());
		assertEquals("passes / satellite 'sat-1': tleLine1: bad checksum", problems.get(0).toString());
		assertEquals(e.getPasses().getSatellite(), problems.get(0).element());
		assertEquals("tleLine1", problems.get(0).feature().getName());
	}

	@Test
	void passesNeedAPropagatorAndASatelliteChannel() {
		Experiment e = experiment();
		assertEquals(List.of("passes: no orbit propagator is installed (bundle org.openqci.orbits)"), errors(e, null));
		e.getLinks().get(0).getChannels().get(0).setKind("fibre");
		value(e.getLinks().get(0).getChannels().get(0), "length", 10, "km");
		assertTrue(errors(e, new FakePropagator()).get(0).startsWith("passes: no link has a satellite channel segment"));
	}

	private static List<String> errors(Experiment e, OrbitPropagator propagator) {
		return new ExperimentValidator(registry(propagator)).validate(e).stream().filter(Problem::isError)
				.map(Problem::toString).toList();
	}
}
