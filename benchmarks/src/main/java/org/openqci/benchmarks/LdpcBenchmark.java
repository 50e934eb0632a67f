/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openqci.postprocessing.BitString;
import org.openqci.postprocessing.Ldpc;

/**
 * Blind rate-adaptive LDPC reconciliation (frames decoded on all processors) of a sifted key of
 * {@code n} bits at a given QBER (the same keys as {@link PostProcessingBenchmark}'s Cascade, so
 * the two compare). Throughput in Mbit/s is {@code n} over the time per operation. The mother
 * codes are built in the trial setup, not timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class LdpcBenchmark {

	/** A pair of keys with errors at the given rate. */
	@State(Scope.Benchmark)
	public static class Input {
		@Param({ "10000", "100000", "1000000" })
		public int n;

		@Param({ "0.01", "0.02", "0.04", "0.08" })
		public double qber;

		BitString alice;
		BitString bob;
		long seed;

		/** Draws the keys and builds the codes the first reconciliation needs. */
		@Setup(Level.Trial)
		public void keys() {
			BitString[] keys = PostProcessingBenchmark.noisyKeys(n, qber, new SplittableRandom(1));
			alice = keys[0];
			bob = keys[1];
			Ldpc.reconcile(alice, bob, qber, -1);
		}
	}

	/** One reconciliation with LDPC. */
	@Benchmark
	public Ldpc.Result ldpc(Input input) {
		return Ldpc.reconcile(input.alice, input.bob, input.qber, input.seed++);
	}
}
