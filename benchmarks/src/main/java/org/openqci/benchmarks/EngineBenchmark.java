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
import org.openqci.core.engine.RunOptions;
import org.openqci.core.results.ResultSet;
import org.openqci.model.Experiment;
import org.openqci.model.files.ExperimentFiles;

/**
 * A whole experiment through the engine, as Run does it: validation, resolution, and every link
 * at every sweep point with its free parameters optimised. The GYS example is 3 links × 161
 * points with the signal intensity optimised; the metro example 2 links × 151 points with two
 * free intensities on one link.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

	@Param({ "gys-decoy-bb84.qci", "metro-link.qci" })
	public String example;

	private ExperimentEngine engine;
	private Experiment experiment;

	/** Loads the example once; the engine never modifies it. */
	@Setup
	public void load() throws Exception {
		engine = new ExperimentEngine(Examples.registry());
		experiment = ExperimentFiles.load(Examples.file(example));
	}

	/** One full run of the example. */
	@Benchmark
	public ResultSet run() throws ExperimentException {
		return engine.run(experiment, RunOptions.none(), null);
	}
}
