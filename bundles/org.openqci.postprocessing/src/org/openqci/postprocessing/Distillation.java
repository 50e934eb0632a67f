/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

import org.openqci.physics.Entropy;

/**
 * The post-processing chain of a block, as Alice and Bob run it on the two keys: parameter
 * estimation (the disclosed test bits' QBER and its confidence interval; a block whose QBER is
 * above the abort threshold ends here), error correction (any {@link ErrorCorrection}, the QBER
 * estimate as its input), verification ({@link VerificationHash}: a block whose keys still
 * differ is aborted), privacy amplification ({@link ToeplitzHash}) to the length the protocol's
 * {@link KeyLengthBound} allows with the leakage actually measured, and the authentication of every
 * classical exchange, counted as key consumed.
 *
 * <p>Authentication is counted as {@value #TAG_BITS} bits of secret key per message (the one-time
 * pad of a Wegman-Carter tag whose hash key is reused), two messages per exchange; the exchanges
 * are one each for sifting, the test bits, verification and the privacy-amplification seed, plus
 * error correction's. Public randomness (permutations, hash points, Toeplitz seeds) comes from
 * the block's seed.
 */
public final class Distillation {

	/** Secret bits consumed per authenticated message. */
	public static final int TAG_BITS = 64;

	/** Exchanges besides error correction: sifting, test bits, verification, seed. */
	private static final int FIXED_EXCHANGES = 4;

	/** z of a 95 % two-sided interval. */
	private static final double Z95 = 1.959963984540054;

	/** The smallest QBER error correction is told, so that a block without test errors still works. */
	private static final double MIN_QBER = 0.005;

	private final ErrorCorrection errorCorrection;
	private final KeyLengthBound bound;
	private final double abortQber;

	/**
	 * A distillation.
	 *
	 * @param errorCorrection the error correction to run
	 * @param bound           the protocol's key length
	 * @param abortQber       blocks whose test QBER is above this are aborted
	 */
	public Distillation(ErrorCorrection errorCorrection, KeyLengthBound bound, double abortQber) {
		this.errorCorrection = Objects.requireNonNull(errorCorrection, "errorCorrection");
		this.bound = Objects.requireNonNull(bound, "bound");
		if (!(abortQber > 0 && abortQber <= 0.5)) {
			throw new IllegalArgumentException("the abort threshold " + abortQber + " is outside (0, 0.5]");
		}
		this.abortQber = abortQber;
	}

	/** The error correction used. */
	public ErrorCorrection errorCorrection() {
		return errorCorrection;
	}

	/** Distils one block; {@code seed} is the block's public randomness. */
	public BlockResult process(SiftedBlock block, long seed) {
		int n = block.alice().length();
		long tests = block.totalTestDetections();
		long testErrors = block.totalTestErrors();
		double qber = tests == 0 ? 0 : testErrors / (double) tests;
		double upper = wilsonUpper(testErrors, tests);
		BitString empty = BitString.zeros(0);
		if (tests == 0 || n == 0) {
			return new BlockResult(n, qber, upper, 0, 0, Double.NaN, FIXED_EXCHANGES, FIXED_EXCHANGES * 2L * TAG_BITS,
					empty, empty, "aborted: no " + (n == 0 ? "key" : "test") + " bits in the block");
		}
		if (qber > abortQber) {
			return new BlockResult(n, qber, upper, 0, 0, Double.NaN, 2, 4L * TAG_BITS, empty, empty,
					String.format(Locale.ROOT, "aborted: QBER %.2f %% above %.2f %%", 100 * qber, 100 * abortQber));
		}
		SplittableRandom publicRandom = new SplittableRandom(seed);
		ErrorCorrection.Outcome corrected = errorCorrection.correct(block.alice(), block.bob(),
				Math.max(MIN_QBER, qber), publicRandom.nextLong());
		long errors = block.alice().distance(block.bob());
		double actual = errors / (double) n;
		double efficiency = errors == 0 ? Double.NaN : corrected.leakedBits() / (n * Entropy.binary(actual));
		long exchanges = FIXED_EXCHANGES + corrected.exchanges();
		long authentication = exchanges * 2 * TAG_BITS;
		VerificationHash hash = new VerificationHash(publicRandom);
		if (!Arrays.equals(hash.tag(block.alice()), hash.tag(corrected.corrected()))) {
			return new BlockResult(n, qber, upper, errors, corrected.leakedBits(), efficiency, exchanges,
					authentication, empty, empty, "aborted: verification failed, the keys differ after "
							+ errorCorrection.name());
		}
		long length = Math.min(n, bound.length(block, corrected.leakedBits()) - authentication);
		if (length <= 0) {
			return new BlockResult(n, qber, upper, errors, corrected.leakedBits(), efficiency, exchanges,
					authentication, empty, empty, "no key: the bound leaves nothing after error correction and "
							+ "authentication");
		}
		int m = (int) length;
		BitString seedBits = BitString.random(ToeplitzHash.seedLength(n, m), publicRandom);
		ToeplitzHash.Hasher hasher = ToeplitzHash.hasher(seedBits, n, m);
		BitString aliceFinal = hasher.hash(block.alice());
		BitString bobFinal = hasher.hash(corrected.corrected());
		return new BlockResult(n, qber, upper, errors, corrected.leakedBits(), efficiency, exchanges, authentication,
				aliceFinal, bobFinal, null);
	}

	/** The upper end of the Wilson score interval of k successes in n trials at 95 %. */
	static double wilsonUpper(long k, long n) {
		if (n == 0) {
			return 1;
		}
		double p = k / (double) n;
		double z2 = Z95 * Z95;
		double centre = p + z2 / (2 * n);
		double spread = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
		return Math.min(1, (centre + spread) / (1 + z2 / n));
	}
}
