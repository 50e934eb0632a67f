/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.openqci.physics.Entropy;
import org.openqci.postprocessing.BitString;
import org.openqci.postprocessing.Cascade;
import org.openqci.postprocessing.ErrorCorrection;
import org.openqci.postprocessing.Ldpc;

/**
 * The efficiency f of each error correction at QBER 1, 2, 4 and 8 % on keys of 1e4, 1e5 and 1e6
 * bits (mean over several keys with Bernoulli errors; f relative to each key's actual error
 * rate), with the keys left unequal counted. Not a benchmark: the throughput comes from JMH
 * ({@link PostProcessingBenchmark}, {@link LdpcBenchmark}). Prints a Markdown table; run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.openqci.benchmarks.EfficiencyReport}.
 */
public final class EfficiencyReport {

	private EfficiencyReport() {
	}

	/** Prints the table. */
	public static void main(String[] args) {
		List<ErrorCorrection> corrections = List.of(ErrorCorrection.cascade(),
				ErrorCorrection.cascade(Cascade.Variant.OPTIMISED), Ldpc.errorCorrection());
		int[] sizes = { 10_000, 100_000, 1_000_000 };
		int[] keys = { 50, 10, 2 };
		double[] qbers = { 0.01, 0.02, 0.04, 0.08 };
		System.out.println("| error correction | key bits | f at 1 / 2 / 4 / 8 % | keys per point | keys left unequal |");
		System.out.println("|---|---|---|---|---|");
		for (ErrorCorrection correction : corrections) {
			for (int s = 0; s < sizes.length; s++) {
				StringBuilder f = new StringBuilder();
				int unequal = 0;
				for (double qber : qbers) {
					SplittableRandom random = new SplittableRandom(2026);
					double sum = 0;
					for (int k = 0; k < keys[s]; k++) {
						BitString[] pair = PostProcessingBenchmark.noisyKeys(sizes[s], qber, random);
						BitString alice = pair[0];
						BitString bob = pair[1];
						double actual = alice.distance(bob) / (double) sizes[s];
						ErrorCorrection.Outcome outcome = correction.correct(alice, bob, qber, k);
						sum += outcome.leakedBits() / (sizes[s] * Entropy.binary(actual));
						unequal += outcome.corrected().equals(alice) ? 0 : 1;
					}
					f.append(f.isEmpty() ? "" : " / ").append(String.format(Locale.ROOT, "%.3f", sum / keys[s]));
				}
				System.out.printf(Locale.ROOT, "| %s | %.0e | %s | %d | %d |%n", correction.name(), (double) sizes[s], f,
						keys[s], unequal);
			}
		}
	}
}
