/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.openqci.postprocessing.BitString;
import org.openqci.postprocessing.BlockResult;
import org.openqci.postprocessing.Cascade;
import org.openqci.postprocessing.Distillation;
import org.openqci.postprocessing.ErrorCorrection;
import org.openqci.postprocessing.Ldpc;
import org.openqci.postprocessing.SiftedBlock;
import org.openqci.postprocessing.ToeplitzHash;
import org.openqci.postprocessing.VerificationHash;

/**
 * Invariants of the post-processing: after error correction (either Cascade or LDPC) and
 * verification both keys are equal, or the
 * verification tags differ and the block is aborted (never a passed verification with different
 * keys); privacy amplification never outputs more than the bound allows after authentication,
 * and both sides' final keys agree; Toeplitz hashing by the number-theoretic transform equals the
 * matrix product.
 */
class PostProcessingProperties {

	@Provide
	Arbitrary<ErrorCorrection> corrections() {
		return Arbitraries.of(ErrorCorrection.cascade(), ErrorCorrection.cascade(Cascade.Variant.OPTIMISED),
				Ldpc.errorCorrection());
	}

	@Property(tries = 200)
	void afterErrorCorrectionAndVerificationTheKeysAreEqualOrTheBlockIsAborted(
			@ForAll("corrections") ErrorCorrection correction, @ForAll @IntRange(min = 1, max = 4000) int n,
			@ForAll @DoubleRange(min = 0.001, max = 0.15) @Scale(4) double channelQber,
			@ForAll @DoubleRange(min = 0.002, max = 0.12) @Scale(4) double assumedQber, @ForAll long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		BitString alice = BitString.random(n, random);
		BitString bob = alice.copy();
		for (int i = 0; i < n; i++) {
			if (random.nextDouble() < channelQber) {
				bob.flip(i);
			}
		}
		ErrorCorrection.Outcome result = correction.correct(alice, bob, assumedQber, seed);
		VerificationHash hash = new VerificationHash(random);
		boolean verified = Arrays.equals(hash.tag(alice), hash.tag(result.corrected()));
		assertEquals(alice.equals(result.corrected()), verified,
				"verification must pass exactly when the keys are equal");
	}

	@Property(tries = 150)
	void privacyAmplificationNeverExceedsTheBound(@ForAll @IntRange(min = 1, max = 3000) int n,
			@ForAll @IntRange(min = -2000, max = 6000) int boundBits,
			@ForAll @DoubleRange(min = 0.0, max = 0.09) @Scale(4) double qber, @ForAll long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		BitString alice = BitString.random(n, random);
		BitString bob = alice.copy();
		for (int i = 0; i < n; i++) {
			if (random.nextDouble() < qber) {
				bob.flip(i);
			}
		}
		long tests = 1 + random.nextInt(2000);
		long testErrors = Math.round(tests * qber);
		SiftedBlock block = new SiftedBlock(alice, bob, new long[] { n }, new long[] { tests },
				new long[] { testErrors }, 100L * n);
		BlockResult result = new Distillation(ErrorCorrection.cascade(), (b, leak) -> boundBits, 0.11)
				.process(block, seed);
		assertTrue(result.finalBits() <= Math.max(0, boundBits - result.authenticationBits()),
				result.finalBits() + " final bits, bound " + boundBits + ", authentication " + result.authenticationBits());
		assertTrue(result.finalBits() <= n);
		assertEquals(result.finalKeyAlice(), result.finalKeyBob());
	}

	@Property(tries = 300)
	void toeplitzByTransformEqualsTheMatrixProduct(@ForAll @IntRange(min = 1, max = 300) int n,
			@ForAll @DoubleRange(min = 0, max = 1) double compression, @ForAll long seed) {
		int m = Math.max(1, (int) Math.round(compression * n));
		SplittableRandom random = new SplittableRandom(seed);
		BitString key = BitString.random(n, random);
		BitString toeplitzSeed = BitString.random(ToeplitzHash.seedLength(n, m), random);
		assertEquals(ToeplitzHash.hashDirect(key, toeplitzSeed, m), ToeplitzHash.hash(key, toeplitzSeed, m));
	}
}
