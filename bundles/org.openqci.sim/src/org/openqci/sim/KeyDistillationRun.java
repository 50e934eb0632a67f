/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import org.openqci.postprocessing.BlockResult;
import org.openqci.postprocessing.Distillation;

/**
 * A simulated link run block by block through the post-processing, as a real system runs: each
 * block of pulses is simulated, sifted and distilled, and only its result is kept, so a long run
 * fits in memory. Reports each block to a listener and stops early when cancelled.
 */
public final class KeyDistillationRun {

	/** Receives each block's result. */
	@FunctionalInterface
	public interface BlockListener {

		/**
		 * A block is done.
		 *
		 * @param index   the block's number from 0
		 * @param endTime the simulated time at its end, in seconds
		 * @param result  what it distilled
		 */
		void block(int index, double endTime, BlockResult result);
	}

	/**
	 * Totals of a run.
	 *
	 * @param blocks             blocks distilled
	 * @param blocksAborted      blocks that gave no key (aborted or too short)
	 * @param seconds            simulated time
	 * @param siftedBits         key-basis bits after sifting
	 * @param errorsCorrected    errors error correction found
	 * @param leakedBits         bits error correction disclosed
	 * @param authenticationBits key consumed by authentication
	 * @param finalBits          final secret key
	 */
	public record Summary(int blocks, int blocksAborted, double seconds, long siftedBits, long errorsCorrected,
			long leakedBits, long authenticationBits, long finalBits) {

		/** Final key per simulated second. */
		public double keyRate() {
			return seconds > 0 ? finalBits / seconds : 0;
		}
	}

	private final DecoyBb84Simulator simulator;
	private final Distillation distillation;
	private final long pulsesPerBlock;
	private final double pulseRate;
	private final SplittableRandom publicRandom;

	/**
	 * A run.
	 *
	 * @param simulator      the link
	 * @param distillation   the post-processing
	 * @param pulsesPerBlock pulses per block
	 * @param pulseRate      pulses per second (for the simulated time)
	 * @param seed           the seed of the public randomness of the post-processing
	 */
	public KeyDistillationRun(DecoyBb84Simulator simulator, Distillation distillation, long pulsesPerBlock,
			double pulseRate, long seed) {
		this.simulator = Objects.requireNonNull(simulator, "simulator");
		this.distillation = Objects.requireNonNull(distillation, "distillation");
		if (pulsesPerBlock < 1 || !(pulseRate > 0)) {
			throw new IllegalArgumentException("pulsesPerBlock and pulseRate must be positive");
		}
		this.pulsesPerBlock = pulsesPerBlock;
		this.pulseRate = pulseRate;
		this.publicRandom = new SplittableRandom(seed);
	}

	/**
	 * Runs {@code blocks} blocks (fewer if cancelled).
	 *
	 * @param blocks    the number of blocks
	 * @param listener  told of each block
	 * @param cancelled asked before each block
	 * @return the totals of the blocks run
	 */
	public Summary run(int blocks, BlockListener listener, BooleanSupplier cancelled) {
		int done = 0;
		int aborted = 0;
		long sifted = 0;
		long errors = 0;
		long leaked = 0;
		long authentication = 0;
		long finalBits = 0;
		int intensities = simulator.link().intensityCount();
		for (int b = 0; b < blocks && !cancelled.getAsBoolean(); b++) {
			Detections detections = simulator.next(pulsesPerBlock);
			BlockResult result = distillation.process(Sifting.sift(detections, intensities), publicRandom.nextLong());
			done++;
			aborted += result.finalBits() == 0 ? 1 : 0;
			sifted += result.siftedBits();
			errors += result.errorsCorrected();
			leaked += result.leakedBits();
			authentication += result.authenticationBits();
			finalBits += result.finalBits();
			listener.block(b, simulator.gatesSimulated() / pulseRate, result);
		}
		return new Summary(done, aborted, simulator.gatesSimulated() / pulseRate, sifted, errors, leaked,
				authentication, finalBits);
	}
}
