/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import java.util.Map;

import org.openqci.core.engine.LinkSnapshot;
import org.openqci.postprocessing.Distillation;
import org.openqci.postprocessing.ErrorCorrection;

/**
 * What a simulation of an experiment's link needs, read from the link at the experiment's
 * values: the pulses and detectors ({@link DecoyBb84Link}: intensities from the source, their
 * probabilities and the basis choice from the protocol, transmittance, background, misalignment
 * and afterpulses from the link budget), the security bound with the protocol's eps_sec and
 * eps_cor, the pulse rate, and the pulses per block that give the protocol's block size n_X on
 * average.
 *
 * <p>Supported: {@value #PROTOCOL} (decoy-state BB84 with three intensities, Lim et al. 2014).
 * When the protocol sets eps_sec = kappa l (epsSecPerBit &gt; 0) the bound uses eps_sec = kappa,
 * the secrecy of a one-bit key, which is stricter than kappa l for every key of l bits.
 *
 * @param link           the link to simulate
 * @param bound          the key length of a block
 * @param pulseRate      pulses per second
 * @param pulsesPerBlock pulses per post-processing block
 */
public record SimulationSetup(DecoyBb84Link link, DecoyBb84KeyBound bound, double pulseRate, long pulsesPerBlock) {

	/** The protocol the simulator runs. */
	public static final String PROTOCOL = "bb84-decoy-finite-key";

	/** Blocks whose test QBER is above this are aborted. */
	public static final double ABORT_QBER = 0.11;

	/**
	 * The setup of a link.
	 *
	 * @throws IllegalArgumentException naming the problem if the link's protocol is not supported
	 *                                  or its values leave no detections
	 */
	public static SimulationSetup of(LinkSnapshot snapshot) {
		if (!PROTOCOL.equals(snapshot.protocolId())) {
			throw new IllegalArgumentException("link '" + snapshot.id() + "' uses protocol " + snapshot.protocolId()
					+ "; the simulator runs " + PROTOCOL + " (decoy-state BB84 with three intensities)");
		}
		Map<String, Double> p = snapshot.protocolValues();
		double p1 = p.get("p1");
		double p2 = p.get("p2");
		double[] probabilities = { p1, p2, 1 - p1 - p2 };
		double qz = p.get("basisProbability");
		DecoyBb84Link link = DecoyBb84Link.of(snapshot.budget(), probabilities, qz, 0);
		double kappa = p.get("epsSecPerBit");
		double epsSec = kappa > 0 ? kappa : p.get("epsSec");
		DecoyBb84KeyBound bound = new DecoyBb84KeyBound(link.intensities(), probabilities, epsSec, p.get("epsCor"));
		double keyDetectionsPerPulse = qz * qz * link.clickProbability();
		if (!(keyDetectionsPerPulse > 0)) {
			throw new IllegalArgumentException("link '" + snapshot.id() + "' has no detections at these values");
		}
		long pulses = (long) Math.min(Long.MAX_VALUE / 4, Math.ceil(p.get("blockSize") / keyDetectionsPerPulse));
		return new SimulationSetup(link, bound, snapshot.budget().source().repetitionRateHz(), pulses);
	}

	/** The whole blocks that cover {@code seconds} of simulated time, at least one. */
	public int blocks(double seconds) {
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(seconds * pulseRate / pulsesPerBlock)));
	}

	/**
	 * A run of the link through the post-processing with the given error correction (abort above
	 * {@value #ABORT_QBER}), the simulation and the post-processing's public randomness seeded with
	 * {@code seed}.
	 */
	public KeyDistillationRun run(long seed, ErrorCorrection correction) {
		return new KeyDistillationRun(new DecoyBb84Simulator(link, seed),
				new Distillation(correction, bound, ABORT_QBER), pulsesPerBlock, pulseRate, seed);
	}
}
