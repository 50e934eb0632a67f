/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.benchmarks;

import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
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
import org.openqci.core.engine.RunOptions;
import org.openqci.core.results.ResultSet;
import org.openqci.model.Experiment;
import org.openqci.model.SweepAxis;
import org.openqci.model.files.ExperimentFiles;

/**
 * The interactive target of the protocol library: one protocol over 0-300 km of fibre in 1 km
 * steps (301 points) with every free parameter optimised at every point, through the engine on
 * one core (the fork sees one processor, so the engine runs one thread). Each parameter value is
 * the id of a link of {@code examples/protocol-comparison.qci}, run alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:ActiveProcessorCount=1")
public class SweepBenchmark {

	@Param({ "bb84-finite-key", "bb84-three-intensity", "bbm92", "mdi", "tf-sns", "tf-cal19", "cv-homodyne",
			"cv-heterodyne" })
	public String link;

	private ExperimentEngine engine;
	private Experiment experiment;

	/** Keeps only the chosen link of the comparison example and sweeps it over 0-300 km in 1 km steps. */
	@Setup
	public void load() throws Exception {
		engine = new ExperimentEngine(Examples.registry());
		Experiment all = ExperimentFiles.load(Examples.file("protocol-comparison.qci"));
		experiment = EcoreUtil.copy(all);
		experiment.getLinks().removeIf(l -> !l.getId().equals(link));
		if (experiment.getLinks().size() != 1) {
			throw new IllegalArgumentException("no link '" + link + "' in protocol-comparison.qci");
		}
		SweepAxis axis = experiment.getSweep().getAxes().get(0);
		axis.setFrom(0);
		axis.setTo(300);
		axis.setSteps(301);
		axis.setUnit("km");
	}

	/** One 301-point sweep. */
	@Benchmark
	public ResultSet sweep() throws Exception {
		return engine.run(experiment, RunOptions.none(), null);
	}
}
