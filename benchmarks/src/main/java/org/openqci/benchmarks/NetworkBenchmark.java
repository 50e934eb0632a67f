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
import org.openqci.core.engine.RunOptions;
import org.openqci.model.Experiment;
import org.openqci.model.files.ExperimentFiles;
import org.openqci.network.experiment.EvaluatedNetwork;
import org.openqci.network.experiment.NetworkEvaluation;
import org.openqci.network.experiment.NetworkReport;
import org.openqci.network.pools.KeyPoolSimulation;
import org.openqci.network.pools.PoolProgress;
import org.openqci.network.pools.PoolResults;

/**
 * The European backbone example: evaluating its 34 links with the engine (the satellite links'
 * week of passes included), the analysis alone (six max flows and 62 what-ifs), and the key
 * pools over a week, with the example's requests of 256 kbit and with requests of 2.56 kbit
 * (a hundred times as many events).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class NetworkBenchmark {

	@Param({ "256000", "2560" })
	public double requestBits;

	private Experiment experiment;
	private EvaluatedNetwork network;

	/** Loads and evaluates the example once. */
	@Setup
	public void load() throws Exception {
		experiment = ExperimentFiles.load(Examples.file("european-backbone.qci"));
		network = NetworkEvaluation.evaluate(experiment, Examples.registry(), RunOptions.none(), null);
	}

	/** The links through the engine (the request size does not matter here). */
	@Benchmark
	public EvaluatedNetwork evaluateLinks() throws Exception {
		return NetworkEvaluation.evaluate(experiment, Examples.registry(), RunOptions.none(), null);
	}

	/** Throughputs and what-if of the evaluated network. */
	@Benchmark
	public NetworkReport analyseWithoutPools() {
		return NetworkReport.analyse(new EvaluatedNetwork(network.network(), network.routing(), network.linkResults(),
				network.supplies(), null), null);
	}

	/** A week of the key pools. */
	@Benchmark
	public PoolResults poolsForAWeek() {
		return KeyPoolSimulation.run(network.network(), network.supplies(),
				network.pools().withRequestBits(requestBits), PoolProgress.NONE);
	}
}
