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
import org.openqci.postprocessing.Distillation;
import org.openqci.sim.DecoyBb84KeyBound;
import org.openqci.sim.DecoyBb84Link;
import org.openqci.sim.DecoyBb84Simulator;
import org.openqci.sim.ErrorCorrections;
import org.openqci.sim.KeyDistillationRun;

/**
 * The whole chain for one block of a 2.5 GHz decoy-state BB84 link at 10 km (the link of
 * {@link SimulatorBenchmark}): simulation, sifting, parameter estimation, error correction,
 * verification, the finite-key bound and privacy amplification, with blocks of {@value #PULSES}
 * pulses (0.1 s of the link, about 6e5 sifted key bits). Wall time per operation over 100 ms is
 * the ratio of wall time to simulated time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class PipelineBenchmark {

	/** Pulses per block: 0.1 s at 2.5 GHz. */
	public static final long PULSES = 250_000_000L;

	@Param({ "cascade-original", "cascade-optimised", "ldpc" })
	public String correction;

	private KeyDistillationRun run;

	/** Builds the link and the chain. */
	@Setup
	public void chain() {
		double km = 10;
		double[] intensities = { 0.48, 0.05, 0 };
		double[] probabilities = { 0.8, 0.1, 0.1 };
		double eta = 0.045 * Math.pow(10, -0.2 * km / 10);
		DecoyBb84Link link = new DecoyBb84Link(intensities, probabilities, 0.5, eta, 1 - Math.sqrt(1 - 1.7e-6), 0.033,
				0, 0);
		Distillation distillation = new Distillation(ErrorCorrections.find(correction),
				new DecoyBb84KeyBound(intensities, probabilities, 1e-10, 1e-15), 0.11);
		run = new KeyDistillationRun(new DecoyBb84Simulator(link, 1), distillation, PULSES, 2.5e9, 1);
	}

	/** Simulates and distils the next block. */
	@Benchmark
	public KeyDistillationRun.Summary block() {
		return run.run(1, (index, end, result) -> {
		}, () -> false);
	}
}
