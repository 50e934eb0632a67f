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
import org.openqci.sim.DecoyBb84Link;
import org.openqci.sim.DecoyBb84Simulator;
import org.openqci.sim.Detections;

/**
 * The event-level simulator on one core: 0.1 s of a 2.5 GHz decoy-state BB84 link (2.5e8
 * pulses) over {@code km} of 0.2 dB/km fibre, with the GYS detector (eta_Bob 4.5 %, Y0 1.7e-6,
 * e_d 3.3 %) and no dead time. Wall time per operation over 100 ms gives the ratio of wall
 * time to simulated time; detections per operation over the time, the events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class SimulatorBenchmark {

	/** Gates in 0.1 s at 2.5 GHz. */
	public static final long GATES = 250_000_000L;

	@Param({ "10", "50" })
	public double km;

	private DecoyBb84Simulator simulator;

	/** Builds the link. */
	@Setup
	public void link() {
		double eta = 0.045 * Math.pow(10, -0.2 * km / 10);
		DecoyBb84Link link = new DecoyBb84Link(new double[] { 0.48, 0.05, 0 }, new double[] { 0.8, 0.1, 0.1 }, 0.5,
				eta, 1 - Math.sqrt(1 - 1.7e-6), 0.033, 0, 0);
		simulator = new DecoyBb84Simulator(link, 1);
	}

	/** Simulates 0.1 s of the link. */
	@Benchmark
	public Detections tenthOfASecond() {
		return simulator.next(GATES);
	}
}
