/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqci.core.fakes.Experiments.axis;
import static org.openqci.core.fakes.Experiments.link;
import static org.openqci.core.fakes.Experiments.oneLink;
import static org.openqci.core.fakes.Experiments.value;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.openqci.core.fakes.FakeModels;
import org.openqci.core.results.ResultRow;
import org.openqci.core.results.ResultSet;
import org.openqci.core.results.SweepAxisInfo;
import org.openqci.core.validation.Problem;
import org.openqci.model.Experiment;
import org.openqci.model.ParameterValue;

class ExperimentEngineTest {

	private final ExperimentEngine engine = new ExperimentEngine(FakeModels.registry());

	/** Key per pulse of the toy protocol at the fake defaults. */
	private static double toyKey(double lengthKm, double mu, double mu0) {
		double eta = Math.pow(10, -0.2 * lengthKm / 10) * 0.1;
		return eta * mu * Math.exp(-mu / mu0);
	}

	@Test
	void runsEveryLinkAtEveryPointInOrder() throws ExperimentException {
		Experiment e = oneLink();
		e.getLinks().add(link("b"));
		axis(e, "fibre.length", 0, 100, 3, "km");
		ResultSet results = engine.run(e, RunOptions.none(), new NullProgressMonitor());
		assertEquals(List.of(new SweepAxisInfo("fibre.length", "Length", "km")), results.axes());
		List<ResultRow> rows = results.rows();
		assertEquals(6, rows.size());
		double[] lengths = { 0, 50, 100 };
		for (int i = 0; i < 6; i++) {
			ResultRow row = rows.get(i);
			assertEquals(i < 3 ? "a" : "b", row.linkId());
			assertEquals(i < 3 ? "Link a" : "Link b", row.linkName());
			assertEquals("toy", row.protocolId());
			double length = lengths[i % 3];
			assertArrayEquals(new double[] { length }, row.coordinates());
			double t = Math.pow(10, -0.2 * length / 10);
			assertEquals(t, row.channelTransmittance(), 1e-15);
			assertEquals(toyKey(length, 0.5, 0.3), row.secretKeyPerPulse(), 1e-15);
			assertEquals(row.secretKeyPerPulse() * 1e9, row.secretKeyPerSecond(), 1e-6);
			assertEquals(0.01, row.qber());
			assertEquals(-Math.log1p(-t) / Math.log(2), row.plob(), 1e-12);
			assertEquals(Map.of(), row.optimisedParameters());
			assertEquals(t * 0.1, row.details().get("eta"), 1e-15);
		}
		assertEquals("test", results.provenance().experimentName());
		assertEquals(List.of(), results.provenance().overrides());
		assertEquals(Map.of(), results.provenance().seeds());
	}

	@Test
	void axisValuesStayInTheAxisUnit() throws ExperimentException {
		Experiment e = oneLink();
		axis(e, "fibre.length", 10_000, 20_000, 2, "m");
		ResultSet results = engine.run(e, RunOptions.none(), null);
		assertEquals("m", results.axes().get(0).unit());
		assertArrayEquals(new double[] { 20_000 }, results.rows().get(1).coordinates());
		assertEquals(toyKey(20, 0.5, 0.3), results.rows().get(1).secretKeyPerPulse(), 1e-15);
	}

	@Test
	void twoAxesRunTheGridFirstAxisOuter() throws ExperimentException {
		Experiment e = oneLink();
		axis(e, "fibre.length", 0, 100, 2, "km");
		axis(e, "a.source.mu", 0.1, 1, 3, "").setLogarithmic(true);
		ResultSet results = engine.run(e, RunOptions.none(), null);
		assertEquals(6, results.rows().size());
		double[][] expected = { { 0, 0.1 }, { 0, Math.sqrt(0.1) }, { 0, 1 }, { 100, 0.1 }, { 100, Math.sqrt(0.1) },
				{ 100, 1 } };
		for (int i = 0; i < 6; i++) {
			assertArrayEquals(expected[i], results.rows().get(i).coordinates(), 1e-12);
			assertEquals(toyKey(expected[i][0], expected[i][1], 0.3), results.rows().get(i).secretKeyPerPulse(), 1e-15);
		}
	}

	@Test
	void optimisationFindsTheKnownArgMax() throws ExperimentException {
		Experiment e = oneLink();
		ParameterValue mu = value(e.getLinks().get(0).getSource(), "mu", 0.9, "");
		mu.setOptimise(true);
		value(e.getLinks().get(0).getProtocol(), "mu0", 0.42, "");
		axis(e, "fibre.length", 0, 50, 2, "km");
		ResultSet results = engine.run(e, RunOptions.none(), null);
		assertEquals(Map.of("source.mu", ""), results.parameterUnits());
		for (ResultRow row : results.rows()) {
			assertEquals(0.42, row.optimisedParameters().get("source.mu"), 1e-4);
			double best = toyKey(row.coordinates()[0], 0.42, 0.42);
			assertEquals(best, row.secretKeyPerPulse(), best * 1e-7);
		}
	}

	@Test
	void overridesApplyToACopy() throws ExperimentException {
		Experiment e = oneLink();
		Experiment before = EcoreUtil.copy(e);
		RunOptions options = new RunOptions(
				List.of(ParameterOverride.parse("fibre.length=30000 m"), ParameterOverride.parse("a.source.mu=0.2")),
				"exp.qci", "abc123");
		ResultSet results = engine.run(e, options, null);
		assertEquals(toyKey(30, 0.2, 0.3), results.rows().get(0).secretKeyPerPulse(), 1e-15);
		assertTrue(EcoreUtil.equals(before, e), "the experiment must not change");
		assertEquals(List.of("fibre.length=30000 m", "a.source.mu=0.2"), results.provenance().overrides());
		assertEquals("exp.qci", results.provenance().experimentFile());
		assertEquals("abc123", results.provenance().experimentSha256());
	}

	@Test
	void overrideFixesAnOptimisedParameter() throws ExperimentException {
		Experiment e = oneLink();
		value(e.getLinks().get(0).getSource(), "mu", 0.9, "").setOptimise(true);
		ResultSet results = engine.run(e,
				new RunOptions(List.of(ParameterOverride.parse("source.mu=0.25")), null, null), null);
		assertEquals(Map.of(), results.rows().get(0).optimisedParameters());
		assertEquals(toyKey(10, 0.25, 0.3), results.rows().get(0).secretKeyPerPulse(), 1e-15);
		assertTrue(e.getLinks().get(0).getSource().getParameters().get(0).isOptimise());
	}

	@Test
	void badOverridePathIsAProblem() {
		Experiment e = oneLink();
		ExperimentException ex = assertThrows(ExperimentException.class,
				() -> engine.run(e, new RunOptions(List.of(ParameterOverride.parse("fibr.length=5")), "", ""), null));
		assertEquals("override 'fibr.length=5': unknown parameter path 'fibr.length' (no link has component 'fibr')",
				ex.getMessage());
		ExperimentException range = assertThrows(ExperimentException.class,
				() -> engine.run(e, new RunOptions(List.of(ParameterOverride.parse("fibre.length=5000km")), "", ""), null));
		assertEquals("override 'fibre.length=5000 km': value 5000 km is outside [0, 1000] km (link 'a')",
				range.getMessage());
		axis(e, "fibre.length", 0, 100, 3, "km");
		ExperimentException swept = assertThrows(ExperimentException.class,
				() -> engine.run(e, new RunOptions(List.of(ParameterOverride.parse("fibre.length=5")), "", ""), null));
		assertEquals("override 'fibre.length=5': parameter 'length' is swept, so an override cannot set it "
				+ "(change the sweep instead) (link 'a')", swept.getMessage());
	}

	@Test
	void validationProblemsStopTheRunAndPointAtTheOriginal() {
		Experiment e = oneLink();
		e.getLinks().get(0).getChannels().get(0).setKind("fibr");
		e.getLinks().get(0).getDetector().setKind("spud");
		ExperimentException ex = assertThrows(ExperimentException.class,
				() -> engine.run(e, new RunOptions(List.of(ParameterOverride.parse("source.mu=0.3")), "", ""), null));
		assertEquals("link 'a' / channel 'fibre': unknown channel kind 'fibr' (available: fibre) (and 1 more)",
				ex.getMessage());
		assertEquals(2, ex.problems().size());
		Problem first = ex.problems().get(0);
		assertSame(e.getLinks().get(0).getChannels().get(0), first.element());
	}

	@Test
	void cancellationThrows() {
		Experiment e = oneLink();
		e.getLinks().add(link("b"));
		e.getLinks().add(link("c"));
		axis(e, "fibre.length", 0, 100, 200, "km");
		AtomicInteger polls = new AtomicInteger();
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return polls.incrementAndGet() > 1; // the user cancels after the first poll
			}
		};
		assertThrows(OperationCanceledException.class, () -> engine.run(e, RunOptions.none(), monitor));
	}

	@Test
	void progressCountsEveryPointOfEveryLink() throws Exception {
		Experiment e = oneLink();
		e.getLinks().add(link("b"));
		axis(e, "fibre.length", 0, 100, 200, "km");
		AtomicInteger total = new AtomicInteger();
		AtomicInteger worked = new AtomicInteger();
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int totalWork) {
				total.set(totalWork);
			}

			@Override
			public void worked(int work) {
				worked.addAndGet(work);
			}
		};
		engine.run(e, RunOptions.none(), monitor);
		assertTrue(total.get() > 0);
		assertTrue(worked.get() >= 0.99 * total.get(), "all of the work is reported: " + worked + " of " + total);
	}

	@Test
	void aThrowingModelBecomesAnExperimentException() {
		Experiment e = oneLink();
		e.getLinks().add(link("b"));
		e.getLinks().get(1).getProtocol().setKind("broken");
		axis(e, "fibre.length", 0, 100, 3, "km");
		ExperimentException ex = assertThrows(ExperimentException.class, () -> engine.run(e, RunOptions.none(), null));
		assertEquals("link 'b' / protocol 'broken': protocol model 'broken' failed at fibre.length = 0 km: "
				+ "IllegalStateException: boom", ex.getMessage());
		assertSame(e.getLinks().get(1).getProtocol(), ex.problems().get(0).element());
		assertTrue(ex.getCause() instanceof IllegalStateException);
	}

	@Test
	void parallelRunsAreDeterministic() throws ExperimentException {
		Experiment e = oneLink();
		e.getLinks().add(link("b"));
		value(e.getLinks().get(0).getSource(), "mu", 0.9, "").setOptimise(true);
		axis(e, "fibre.length", 0, 200, 41, "km");
		List<ResultRow> first = engine.run(e, RunOptions.none(), null).rows();
		List<ResultRow> second = engine.run(e, RunOptions.none(), null).rows();
		assertEquals(first.size(), second.size());
		for (int i = 0; i < first.size(); i++) {
			ResultRow a = first.get(i);
			ResultRow b = second.get(i);
			assertEquals(a.linkId(), b.linkId());
			assertArrayEquals(a.coordinates(), b.coordinates());
			assertEquals(a.secretKeyPerPulse(), b.secretKeyPerPulse());
			assertEquals(a.optimisedParameters(), b.optimisedParameters());
		}
	}

	@Test
	void experimentWithoutSweepHasOnePointPerLink() throws ExperimentException {
		ResultSet results = engine.run(oneLink(), null, null);
		assertEquals(List.of(), results.axes());
		assertEquals(1, results.rows().size());
		assertEquals(0, results.rows().get(0).coordinates().length);
	}
}
