/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import java.util.SplittableRandom;

/**
 * Simulates a decoy-state BB84 link pulse by pulse in distribution while touching only the
 * pulses that make a detector click. With detectors live, every pulse clicks independently with
 * probability {@code P = sum_k p_k P_k}, {@code P_k = 1 - e^(-eta mu_k) (1 - p_dark)^2}, so the
 * number of silent gates before the next click is geometric; the clicking pulse's intensity is
 * drawn with weights {@code p_k P_k}, and what happened in it (signal photons, dark counts in
 * each detector, bases, bits, misalignment per photon, double clicks) from the distribution
 * conditioned on a click. A click makes both detectors dead for {@code deadGates} gates and is
 * followed, with the afterpulse probability, by an afterpulse click in the first live gate (on a
 * random detector, on top of what that gate's pulse does). The pulses nobody detects are counted
 * per intensity (their intensities drawn from the conditional distribution) but not generated.
 *
 * <p>Deterministic for a seed, and the events independent of how the run is cut into blocks:
 * the next click is drawn once and kept across calls to {@link #next(long)}, and the silent
 * pulses are counted with a random stream of their own.
 */
public final class DecoyBb84Simulator {

	private final DecoyBb84Link link;
	private final SplittableRandom random;
	private final SplittableRandom counting;
	private final double[] intensities;
	private final double[] probabilities;
	private final double[] click;
	private final double[] clickCumulative;
	private final double[] missWeights;
	private final double anyClick;
	private final double logMiss;
	private final double pDark;
	private final double anyDarkProbability;
	private final double misalignment;
	private long gate;
	private long deadUntil;
	private long nextClick = -1;
	private long afterpulseGate = -1;
	private long coinBits;
	private int coinsLeft;

	/** A simulator of {@code link} whose random draws come from {@code seed}. */
	public DecoyBb84Simulator(DecoyBb84Link link, long seed) {
		this.link = link;
		this.random = new SplittableRandom(seed);
		this.counting = random.split();
		this.intensities = link.intensities();
		this.probabilities = link.intensityProbabilities();
		int n = intensities.length;
		click = new double[n];
		clickCumulative = new double[n];
		missWeights = new double[n];
		double total = 0;
		for (int k = 0; k < n; k++) {
			click[k] = link.clickProbability(k);
			total += probabilities[k] * click[k];
			clickCumulative[k] = total;
			missWeights[k] = probabilities[k] * (1 - click[k]);
		}
		anyClick = total;
		logMiss = Math.log1p(-total);
		pDark = link.darkCountProbability();
		anyDarkProbability = pDark * (2 - pDark);
		misalignment = link.misalignment();
	}

	/** The link simulated. */
	public DecoyBb84Link link() {
		return link;
	}

	/** The probability that a pulse with live detectors makes a click. */
	public double clickProbability() {
		return anyClick;
	}

	/** The number of gates simulated so far. */
	public long gatesSimulated() {
		return gate;
	}

	/** Simulates the next {@code pulses} gates and returns their detection events. */
	public Detections next(long pulses) {
		if (pulses < 0) {
			throw new IllegalArgumentException("pulses = " + pulses + " is negative");
		}
		long end = gate + pulses;
		Detections out = new Detections(gate, pulses, intensities.length);
		long silentLive = 0;
		long dead = 0;
		while (true) {
			if (nextClick < 0) {
				long from = Math.max(gate, deadUntil);
				long skip = Sampling.failuresBeforeSuccess(anyClick, logMiss, random);
				nextClick = skip >= Long.MAX_VALUE - from ? Long.MAX_VALUE : from + skip;
			}
			boolean afterpulse = afterpulseGate >= 0 && afterpulseGate <= nextClick;
			long event = afterpulse ? afterpulseGate : nextClick;
			if (event >= end) {
				dead += Math.max(0, Math.min(end, deadUntil) - gate);
				silentLive += Math.max(0, end - Math.max(gate, deadUntil));
				gate = end;
				break;
			}
			dead += Math.max(0, Math.min(event, deadUntil) - gate);
			silentLive += Math.max(0, event - Math.max(gate, deadUntil));
			if (afterpulse) {
				int k = pick(probabilities, random.nextDouble());
				record(out, event, k, false, true);
			} else {
				int k = pickCumulative(random.nextDouble() * anyClick);
				record(out, event, k, true, false);
			}
			gate = event + 1;
			deadUntil = gate + link.deadGates();
			afterpulseGate = random.nextDouble() < link.afterpulseProbability() ? deadUntil : -1;
			nextClick = -1;
		}
		distribute(out, silentLive, missWeights);
		distribute(out, dead, probabilities);
		return out;
	}

	/**
	 * What one pulse does, conditioned on a click or (at an afterpulse) not, added as an event.
	 * Fair coins (Alice's bit, random detectors, Bob's bit after a double click) come 64 to a
	 * random long, and a uniform draw is reused, rescaled, where the branch it decided leaves it
	 * uniform (the signal photons' number, Bob's basis): five or six random numbers per detection.
	 */
	private void record(Detections out, long at, int k, boolean conditioned, boolean afterpulse) {
		double lambda = link.transmittance() * intensities[k];
		int photons;
		boolean click0;
		boolean click1;
		if (!conditioned) {
			photons = Sampling.poisson(lambda, random);
			click0 = random.nextDouble() < pDark;
			click1 = random.nextDouble() < pDark;
		} else {
			double signal = -Math.expm1(-lambda);
			double u = random.nextDouble() * click[k];
			if (u < signal) {
				photons = Sampling.zeroTruncatedPoisson(lambda, u / signal);
				boolean anyDark = pDark > 0 && random.nextDouble() < anyDarkProbability;
				boolean bothDark = anyDark && random.nextDouble() * (2 - pDark) < pDark;
				boolean first = coin() == 1;
				click0 = bothDark || anyDark && first;
				click1 = bothDark || anyDark && !first;
			} else {
				photons = 0;
				// no signal photon, at least one dark count: both with probability p^2 / (2p - p^2)
				boolean both = random.nextDouble() * (2 - pDark) < pDark;
				boolean first = coin() == 1;
				click0 = both || first;
				click1 = both || !first;
			}
		}
		double q = link.zBasisProbability();
		double b = random.nextDouble();
		int aliceBasis = b < q ? Detections.Z : Detections.X;
		double rescaled = b < q ? b / q : (b - q) / (1 - q);
		int bobBasis = rescaled < q ? Detections.Z : Detections.X;
		int aliceBit = coin();
		for (int i = 0; i < photons; i++) {
			int detector = aliceBasis != bobBasis ? coin()
					: aliceBit ^ (misalignment > 0 && random.nextDouble() < misalignment ? 1 : 0);
			click0 |= detector == 0;
			click1 |= detector == 1;
		}
		if (afterpulse) {
			boolean second = coin() == 1;
			click0 |= !second;
			click1 |= second;
		}
		boolean both = click0 && click1;
		int bobBit = both ? coin() : (click1 ? 1 : 0);
		out.add(at, k, aliceBasis, aliceBit, bobBasis, bobBit, both);
		out.addPulses(k, 1);
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

	private int pickCumulative(double u) {
		for (int k = 0; k < clickCumulative.length - 1; k++) {
			if (u < clickCumulative[k]) {
				return k;
			}
		}
		return clickCumulative.length - 1;
	}

	private static int pick(double[] weights, double u) {
		double cumulative = 0;
		for (int k = 0; k < weights.length - 1; k++) {
			cumulative += weights[k];
			if (u < cumulative) {
				return k;
			}
		}
		return weights.length - 1;
	}

	/**
	 * Splits {@code count} pulses among the intensities with the given weights (multinomially),
	 * drawing from the counting stream so that the events do not depend on the blocks.
	 */
	private void distribute(Detections out, long count, double[] weights) {
		double remainingWeight = 0;
		for (double w : weights) {
			remainingWeight += w;
		}
		long remaining = count;
		for (int k = 0; k < weights.length && remaining > 0; k++) {
			long share = k == weights.length - 1 || remainingWeight <= 0 ? remaining
					: Sampling.binomial(remaining, Math.min(1, weights[k] / remainingWeight), counting);
			out.addPulses(k, share);
			remaining -= share;
			remainingWeight -= weights[k];
		}
	}
}
