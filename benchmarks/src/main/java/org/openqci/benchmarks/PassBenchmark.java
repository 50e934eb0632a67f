/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openqci.core.engine.ExperimentEngine;
import org.openqci.core.engine.ExperimentException;
import org.openqci.core.engine.PassRequests;
import org.openqci.core.engine.RunOptions;
import org.openqci.core.orbit.PassPrediction;
import org.openqci.core.orbit.PassRequest;
import org.openqci.core.results.ResultSet;
import org.openqci.model.Experiment;
import org.openqci.model.files.ExperimentFiles;
import org.openqci.orbits.OrekitOrbitPropagator;

/**
 * The satellite example: predicting the passes of a notional 500 km sun-synchronous satellite over
 * two stations with Orekit, and the whole pass analysis through the engine (every pass of both
 * links evaluated at 1 s steps, five free parameters optimised per pass), for one day and for
 * the example's week.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class PassBenchmark {

	@Param({ "2026-06-02T00:00:00Z", "2026-06-08T00:00:00Z" })
	public String end;

	private ExperimentEngine engine;
	private Experiment experiment;
	private PassRequest request;
	private final OrekitOrbitPropagator propagator = new OrekitOrbitPropagator();

	/** Loads the example and sets the end of its range. */
	@Setup
	public void load() throws Exception {
		engine = new ExperimentEngine(Examples.registry());
		experiment = ExperimentFiles.load(Examples.file("leo-satellite-week.qci"));
		experiment.getPasses().setEnd(end);
		experiment.setSweep(null);
		request = PassRequests.of(experiment.getPasses());
	}

	/** Pass prediction alone: rise and set, 1 s samples, ground track. */
	@Benchmark
	public PassPrediction predict() {
		return propagator.predict(request, () -> false);
	}

	/** The whole run: prediction, and both links evaluated along every pass. */
	@Benchmark
	public ResultSet run() throws ExperimentException {
		return engine.run(experiment, RunOptions.none(), null);
	}
}
