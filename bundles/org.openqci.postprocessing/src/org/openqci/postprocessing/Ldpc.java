/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.openqci.physics.Entropy;

/**
 * Rate-adaptive blind LDPC reconciliation: Alice sends the syndromes of her key's frames in one
 * message, Bob decodes each with his key as side information, and for every frame he cannot
 * decode Alice reveals a few of its punctured bits and he tries again (J. Martinez-Mateo,
 * D. Elkouss and V. Martin, "Blind reconciliation", Quantum Inf. Comput. 12, 791 (2012),
 * arXiv:1205.5729), until the punctured bits run out.
 *
 * <p>The key is cut into frames of the mother codes of {@link LdpcCodes}, each adapted by
 * puncturing and shortening ({@link RateAdaptation}) to leak {@code f0 h(QBER)} per key bit at
 * the start ({@link #START_EFFICIENCY}), with punctured bits in reserve up to
 * {@link #MAX_EFFICIENCY}; every blind round reveals {@link #STEP_EFFICIENCY} {@code h(QBER)}
 * more per key bit. Punctured positions
 * ({@link UntaintedPuncturing}) hold random bits of Alice's, shortened positions zeros; the
 * frame's key bits fill the rest in order. Bob decodes by layered normalised min-sum
 * ({@link MinSumDecoder}) for at most {@value #ITERATIONS} iterations, and for at most
 * {@value #RESUME_ITERATIONS} more from the last messages after each blind round.
 *
 * <p>Leakage is counted as the syndrome bits less the punctured bits still secret, {@code m - p},
 * which includes every revealed bit. Exchanges: one for the syndromes of all frames and Bob's
 * answer, one per blind round (the frames still undecoded go through each round together). A
 * frame whose punctured bits run out keeps Bob's last hard decision: verification aborts the
 * block.
 *
 * <p>The frames are decoded side by side on all processors (each thread with its own decoder);
 * every frame draws its shortened positions and Alice's punctured bits from streams split off the
 * seed in frame order, so the result does not depend on the scheduling.
 *
 * <p>Alice's punctured bits must be secret and independent of the public randomness; in this
 * simulation they come from a stream split off the block's seed that only Alice's side reads.
 */
public final class Ldpc {

	/** The efficiency the frames start at (leakage over {@code N h(QBER)}). */
	public static final double START_EFFICIENCY = 1.18;

	/** The efficiency every blind round adds. */
	public static final double STEP_EFFICIENCY = 0.03;

	/** The efficiency a frame reaches when all its punctured bits are revealed. */
	public static final double MAX_EFFICIENCY = 1.45;

	/** The most min-sum iterations per decoding attempt. */
	public static final int ITERATIONS = 60;

	/** The most min-sum iterations after a blind round, continuing from the last messages. */
	public static final int RESUME_ITERATIONS = 20;

	/** The channel LLR of a bit both sides know. */
	private static final float KNOWN = 1000f;

	private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

	/**
	 * The outcome of a reconciliation.
	 *
	 * @param corrected    Bob's key after correction (errors may remain in failed frames)
	 * @param leakedBits   the syndrome bits less the punctured bits never revealed, over all frames
	 * @param exchanges    one for the syndromes plus one per blind round
	 * @param frames       the frames the key was cut into
	 * @param failedFrames the frames Bob could not decode even with every punctured bit revealed
	 */
	public record Result(BitString corrected, long leakedBits, long exchanges, int frames, int failedFrames)
			implements ErrorCorrection.Outcome {

		/**
		 * The reconciliation efficiency {@code f = leak / (n h(QBER))}: 1 is the Shannon limit.
		 *
		 * @param qber the error rate the efficiency is relative to
		 */
		public double efficiency(double qber) {
			return leakedBits / (corrected.length() * Entropy.binary(qber));
		}
	}

	private Ldpc() {
	}

	/** This reconciliation as an {@link ErrorCorrection}. */
	public static ErrorCorrection errorCorrection() {
		return new LdpcCorrection();
	}

	/**
	 * Corrects Bob's key towards Alice's.
	 *
	 * @param alice Alice's key, read only through the syndromes and punctured bits she discloses
	 * @param bob   Bob's key (not changed: the result holds a corrected copy)
	 * @param qber  the error rate both sides assume (from parameter estimation), in (0, 0.5)
	 * @param seed  the block's public randomness (shortened positions); Alice's punctured bits are
	 *              drawn from a stream split off it
	 * @return Bob's corrected key and what was disclosed
	 */
	public static Result reconcile(BitString alice, BitString bob, double qber, long seed) {
		if (alice.length() != bob.length()) {
			throw new IllegalArgumentException("Alice has " + alice.length() + " bits, Bob " + bob.length());
		}
		if (!(qber > 0 && qber < 0.5)) {
			throw new IllegalArgumentException("QBER " + qber + " is outside (0, 0.5)");
		}
		int n = alice.length();
		BitString corrected = BitString.zeros(n);
		if (n == 0) {
			return new Result(corrected, 0, 0, 0, 0);
		}
		RateAdaptation.Frame[] plan = RateAdaptation.plan(n, qber, START_EFFICIENCY, MAX_EFFICIENCY);
		SplittableRandom publicRandom = new SplittableRandom(seed);
		SplittableRandom aliceRandom = publicRandom.split();
		float llr = (float) Math.log((1 - qber) / qber);
		double entropy = Entropy.binary(qber);
		int frames = plan.length;
		int[] offsets = new int[frames];
		SplittableRandom[] publicRandoms = new SplittableRandom[frames];
		SplittableRandom[] aliceRandoms = new SplittableRandom[frames];
		for (int i = 0, offset = 0; i < frames; offset += plan[i].keyBits(), i++) {
			offsets[i] = offset;
			publicRandoms[i] = publicRandom.split();
			aliceRandoms[i] = aliceRandom.split();
		}
		BitString[] parts = new BitString[frames];
		FrameOutcome[] outcomes = new FrameOutcome[frames];
		IntStream.range(0, frames).parallel().forEach(i -> {
			RateAdaptation.Frame frame = plan[i];
			int step = (int) Math.max(1, Math.round(STEP_EFFICIENCY * entropy * frame.keyBits()));
			parts[i] = BitString.zeros(frame.keyBits());
			outcomes[i] = WORKSPACE.get().reconcile(frame, alice, bob, offsets[i], parts[i], llr, step,
					publicRandoms[i], aliceRandoms[i]);
		});
		long leaked = 0;
		int rounds = 0;
		int failed = 0;
		for (int i = 0; i < frames; i++) {
			leaked += outcomes[i].leaked();
			rounds = Math.max(rounds, outcomes[i].rounds());
			failed += outcomes[i].decoded() ? 0 : 1;
			for (int j = 0; j < parts[i].length(); j++) {
				if (parts[i].get(j)) {
					corrected.set(offsets[i] + j, true);
				}
			}
		}
		return new Result(corrected, leaked, 1L + rounds, frames, failed);
	}

	/** What one frame leaked, the blind rounds it took and whether Bob decoded it. */
	private record FrameOutcome(long leaked, int rounds, boolean decoded) {
	}

	/** A thread's decoder and frame buffers, reused from block to block. */
	private static final class Workspace {
		private final MinSumDecoder decoder = new MinSumDecoder();
		private final byte[] aliceFrame = new byte[LdpcCodes.FRAME_LENGTH];
		private final float[] channel = new float[LdpcCodes.FRAME_LENGTH];
		private final int[] positions = new int[LdpcCodes.FRAME_LENGTH];
		private final boolean[] punctured = new boolean[LdpcCodes.FRAME_LENGTH];
		private byte[] syndrome = new byte[0];

		FrameOutcome reconcile(RateAdaptation.Frame frame, BitString alice, BitString bob, int offset,
				BitString corrected, float llr, int step, SplittableRandom publicRandom,
				SplittableRandom aliceRandom) {
			LdpcCode code = LdpcCodes.code(frame.code());
			int n = code.n();
			int p = frame.punctured();
			// punctured: the first p of the untainted order; Alice fills them with secret random bits
			Arrays.fill(punctured, false);
			for (int i = 0; i < p; i++) {
				int v = code.punctured(i);
				punctured[v] = true;
				aliceFrame[v] = (byte) aliceRandom.nextInt(2);
				channel[v] = 0f;
			}
			// shortened: s of the other positions drawn with the public randomness, value 0
			int candidates = 0;
			for (int v = 0; v < n; v++) {
				if (!punctured[v]) {
					positions[candidates++] = v;
				}
			}
			for (int i = 0; i < frame.shortened(); i++) {
				int j = i + publicRandom.nextInt(candidates - i);
				int t = positions[i];
				positions[i] = positions[j];
				positions[j] = t;
				aliceFrame[positions[i]] = 0;
				channel[positions[i]] = KNOWN;
			}
			// the key bits fill the remaining positions in increasing order
			Arrays.sort(positions, frame.shortened(), candidates);
			for (int i = frame.shortened(), key = offset; i < candidates; i++, key++) {
				int v = positions[i];
				aliceFrame[v] = (byte) alice.bit(key);
				channel[v] = bob.get(key) ? -llr : llr;
			}
			if (syndrome.length < code.m()) {
				syndrome = new byte[code.m()];
			}
			code.syndrome(aliceFrame, syndrome);
			boolean decoded = decoder.decode(code, channel, syndrome, ITERATIONS);
			int rounds = 0;
			while (!decoded && p > 0) {
				rounds++;
				for (int i = 0; i < step && p > 0; i++) {
					int v = code.punctured(--p);
					decoder.shift(v, aliceFrame[v] == 0 ? KNOWN : -KNOWN);
				}
				decoded = decoder.resume(code, syndrome, RESUME_ITERATIONS);
			}
			for (int i = frame.shortened(), key = 0; i < candidates; i++, key++) {
				corrected.set(key, decoder.bit(positions[i]) != 0);
			}
			return new FrameOutcome(code.m() - p, rounds, decoded);
		}
	}
}
