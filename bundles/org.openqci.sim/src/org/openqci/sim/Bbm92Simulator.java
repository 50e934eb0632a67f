/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import java.util.SplittableRandom;

/**
 * Simulates an entanglement-based (BBM92) link slot by slot in distribution while touching only
 * the slots in which Alice and Bob both click (coincidences), for the model of X. Ma,
 * C.-H. F. Fung, H.-K. Lo, Phys. Rev. A 76, 012307 (2007) described in {@link Bbm92Link}.
 *
 * <p>What a slot shows is which of the four detectors click. A polarisation mode's pairs reach
 * Alice's detector j and, when the bases agree, Bob's detector j; the two modes are independent,
 * so each detector pair j clicks as {@link Bbm92Link#detectorPairProbabilities()} says, with the
 * pair number and the loss of every photon summed out exactly and the dark counts of each
 * detector added independently. A slot is a coincidence with probability {@code Q}
 * ({@link Bbm92Link#coincidenceProbability()}), so the number of slots before the next one is
 * geometric; the coincidence's clicks are drawn from the joint distribution of the two detector
 * pairs conditioned on it, and the bases independently (the clicks do not depend on them). When
 * the bases agree Bob's detectors are swapped with the misalignment probability e_d; when they
 * differ his clicks are relabelled at random, so his bit is independent of Alice's as the
 * rotational symmetry of the entangled state makes it. A double click gives a random bit (the
 * squashing model of the paper). Bob flips his bits for the anti-correlated pairs, so equal bits
 * are the right ones, and with thermal pairs the error rate of the coincidences in either basis is
 * the paper's {@code E_lambda}, apart from an order p_dark relative excess: the paper neglects
 * double clicks of a signal photon and a dark count, which are simulated.
 *
 * <p>Not modelled: dead time, afterpulses, timing jitter and coincidences across slots, and the
 * two-photon interference at Bob's beamsplitter when the bases differ (it changes only how often
 * those discarded coincidences are double clicks).
 *
 * <p>The events come as {@link Detections} of one "intensity" (index 0) whose double-click flag is
 * Bob's; Alice's double clicks are random bits too but not flagged. Deterministic for a seed, and
 * the events independent of how the run is cut into blocks: the next coincidence is drawn once and
 * kept across calls to {@link #next(long)}.
 */
public final class Bbm92Simulator {

	private final Bbm92Link link;
	private final SplittableRandom random;
	private final double[] cumulative = new double[16];
	private final int lastPattern;
	private final double coincidence;
	private final double logMiss;
	private final double misalignment;
	private final double z;
	private long slot;
	private long nextCoincidence = -1;
	private long coinBits;
	private int coinsLeft;

	/** A simulator of {@code link} whose random draws come from {@code seed}. */
	public Bbm92Simulator(Bbm92Link link, long seed) {
		this.link = link;
		this.random = new SplittableRandom(seed);
		double[] r = link.detectorPairProbabilities();
		// pattern = 4 * (what detector pair 0 does) + (what pair 1 does); a coincidence needs a click
		// at Alice (bit 2 of either) and one at Bob (bit 1 of either)
		double total = 0;
		int last = 15;
		for (int pattern = 0; pattern < 16; pattern++) {
			int first = pattern >> 2;
			int second = pattern & 3;
			double weight = (first | second) == Bbm92Link.BOTH ? r[first] * r[second] : 0;
			total += weight;
			cumulative[pattern] = total;
			last = weight > 0 ? pattern : last;
		}
		lastPattern = last;
		coincidence = total;
		logMiss = Math.log1p(-total);
		misalignment = link.misalignment();
		z = link.zBasisProbability();
	}

	/** The link simulated. */
	public Bbm92Link link() {
		return link;
	}

	/** The probability that a slot is a coincidence, the gain Q. */
	public double coincidenceProbability() {
		return coincidence;
	}

	/** The number of slots simulated so far. */
	public long slotsSimulated() {
		return slot;
	}

	/** Simulates the next {@code slots} slots and returns their coincidences. */
	public Detections next(long slots) {
		if (slots < 0) {
			throw new IllegalArgumentException("slots = " + slots + " is negative");
		}
		long end = slot + slots;
		Detections out = new Detections(slot, slots, 1);
		out.addPulses(0, slots);
		while (true) {
			if (nextCoincidence < 0) {
				long skip = Sampling.failuresBeforeSuccess(coincidence, logMiss, random);
				nextCoincidence = skip >= Long.MAX_VALUE - slot ? Long.MAX_VALUE : slot + skip;
			}
			if (nextCoincidence >= end) {
				slot = end;
				return out;
			}
			record(out, nextCoincidence);
			slot = nextCoincidence + 1;
			nextCoincidence = -1;
		}
	}

	/** Draws what a coincidence slot shows and adds it as an event. */
	private void record(Detections out, long at) {
		int pattern = pattern(random.nextDouble() * coincidence);
		int first = pattern >> 2;
		int second = pattern & 3;
		boolean alice0 = (first & Bbm92Link.ALICE) != 0;
		boolean alice1 = (second & Bbm92Link.ALICE) != 0;
		boolean bob0 = (first & Bbm92Link.BOB) != 0;
		boolean bob1 = (second & Bbm92Link.BOB) != 0;
		double b = random.nextDouble();
		int aliceBasis = b < z ? Detections.Z : Detections.X;
		double rescaled = b < z ? b / z : (b - z) / (1 - z);
		int bobBasis = rescaled < z ? Detections.Z : Detections.X;
		boolean swap = aliceBasis == bobBasis ? misalignment > 0 && random.nextDouble() < misalignment : coin() == 1;
		if (swap) {
			boolean t = bob0;
			bob0 = bob1;
			bob1 = t;
		}
		int aliceBit = alice0 && alice1 ? coin() : (alice1 ? 1 : 0);
		boolean bobDouble = bob0 && bob1;
		int bobBit = bobDouble ? coin() : (bob1 ? 1 : 0);
		out.add(at, 0, aliceBasis, aliceBit, bobBasis, bobBit, bobDouble);
	}

	/** The click pattern whose cumulative weight first exceeds {@code u} (the last possible one if none does). */
	private int pattern(double u) {
		for (int p = 0; p < lastPattern; p++) {
			if (u < cumulative[p]) {
				return p;
			}
		}
		return lastPattern;
	}

	/** A fair coin, 0 or 1, from the bits of one random long at a time. */
	private int coin() {
		if (coinsLeft == 0) {
			coinBits = random.nextLong();
			coinsLeft = 64;
		}
		int c = (int) (coinBits & 1);
		coinBits >>>= 1;
		coinsLeft--;
		return c;
	}
}
