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
import org.openqci.postprocessing.Cascade;
import org.openqci.postprocessing.ToeplitzHash;

/**
 * Error correction on one core and privacy amplification: Cascade (either variant) on a sifted
 * key of {@code n} bits at a given QBER, and Toeplitz hashing by the number-theoretic transform
 * of {@code n} bits to {@code n / 2} (both processors). Throughput in Mbit/s is {@code n} over
 * the time per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx12g")
public class PostProcessingBenchmark {

	/** A pair of keys with errors at the given rate. */
	@State(Scope.Benchmark)
	public static class CascadeInput {
		@Param({ "10000", "100000", "1000000" })
		public int n;

		@Param({ "0.01", "0.02", "0.04", "0.08" })
		public double qber;

		@Param({ "ORIGINAL", "OPTIMISED" })
		public Cascade.Variant variant;

		BitString alice;
		BitString bob;
		long seed;

		/** Draws the keys. */
		@Setup(Level.Trial)
		public void keys() {
			BitString[] keys = noisyKeys(n, qber, new SplittableRandom(1));
			alice = keys[0];
			bob = keys[1];
		}
	}

	/** A key and a seed for hashing it to half its length. */
	@State(Scope.Benchmark)
	public static class HashInput {
		@Param({ "1000000", "10000000", "100000000" })
		public int n;

		BitString key;
		BitString seed;

		/** Draws the key and the seed. */
		@Setup(Level.Trial)
		public void draw() {
			SplittableRandom random = new SplittableRandom(2);
			key = BitString.random(n, random);
			seed = BitString.random(ToeplitzHash.seedLength(n, n / 2), random);
		}
	}

	/** Alice's random key and Bob's copy with each bit flipped with probability {@code qber}. */
	static BitString[] noisyKeys(int n, double qber, SplittableRandom random) {
		BitString alice = BitString.random(n, random);
		BitString bob = alice.copy();
		for (int i = 0; i < n; i++) {
			if (random.nextDouble() < qber) {
				bob.flip(i);
			}
		}
		return new BitString[] { alice, bob };
	}

	/** One reconciliation with Cascade. */
	@Benchmark
	public Cascade.Result cascade(CascadeInput input) {
		return Cascade.reconcile(input.variant, input.alice, input.bob, input.qber, input.seed++);
	}

	/** One privacy amplification of {@code n} bits to {@code n / 2}. */
	@Benchmark
	public BitString toeplitz(HashInput input) {
		return ToeplitzHash.hash(input.key, input.seed, input.n / 2);
	}
}
