/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.PhotonStatistics;

/**
 * An entanglement-based (BBM92) link at the level of time slots and detectors: a pulsed
 * parametric down-conversion source between Alice and Bob emits polarisation-entangled pairs in
 * each slot (pump pulse or coincidence window), and each party measures the photons it receives
 * in a basis it picks per slot with two threshold detectors. The model of X. Ma, C.-H. F. Fung,
 * H.-K. Lo, "Quantum key distribution with entangled photon sources", Phys. Rev. A 76, 012307
 * (2007): the pairs fill two polarisation modes (in either basis, a mode puts its photons on
 * Alice's detector j and on Bob's matching detector j), each thermal with mean lambda, i.e.
 * {@code P(n) = (n + 1) lambda^n / (1 + lambda)^(n + 2)} pairs in all; every photon is detected
 * independently, at Alice with probability eta_A and at Bob with eta_B. Poissonian modes (not in
 * the paper: the limit of many independent temporal modes per slot) are offered for comparison.
 *
 * @param meanPairNumber            mean number of pairs per slot, 2 lambda in Ma et al.
 * @param pairStatistics            {@link PhotonStatistics#THERMAL} (the paper's two thermal modes)
 *                                  or {@link PhotonStatistics#POISSONIAN} (each mode Poissonian with
 *                                  mean lambda, the limit of many temporal modes per slot)
 * @param aliceTransmittance        eta_A: the arm from the source to Alice times her detectors'
 *                                  efficiency
 * @param bobTransmittance          eta_B: the same for Bob
 * @param aliceDarkCountProbability probability per slot and detector of a click at Alice without a
 *                                  signal photon (dark counts and noise)
 * @param bobDarkCountProbability   the same for Bob
 * @param misalignment              e_d: probability that a slot's photons land on the wrong one of
 *                                  Bob's detectors when the bases agree (the whole slot, as the
 *                                  paper's error rate, linear in e_d, assumes)
 * @param zBasisProbability         probability that Alice, and independently Bob, measure in Z
 */
public record Bbm92Link(double meanPairNumber, PhotonStatistics pairStatistics, double aliceTransmittance,
		double bobTransmittance, double aliceDarkCountProbability, double bobDarkCountProbability, double misalignment,
		double zBasisProbability) {

	/** Index of "neither clicks" in {@link #detectorPairProbabilities()}. */
	static final int NONE = 0;

	/** Index of "only Bob's detector clicks". */
	static final int BOB = 1;

	/** Index of "only Alice's detector clicks". */
	static final int ALICE = 2;

	/** Index of "both click". */
	static final int BOTH = 3;

	/** Checks every value and names the one that is wrong. */
	public Bbm92Link {
		if (!(meanPairNumber >= 0) || Double.isInfinite(meanPairNumber)) {
			throw new IllegalArgumentException("meanPairNumber = " + meanPairNumber + " is not a finite number >= 0");
		}
		if (pairStatistics != PhotonStatistics.THERMAL && pairStatistics != PhotonStatistics.POISSONIAN) {
			throw new IllegalArgumentException(
					"pairStatistics = " + pairStatistics + " is neither THERMAL nor POISSONIAN");
		}
		probability("aliceTransmittance", aliceTransmittance);
		probability("bobTransmittance", bobTransmittance);
		probability("aliceDarkCountProbability", aliceDarkCountProbability);
		probability("bobDarkCountProbability", bobDarkCountProbability);
		probability("misalignment", misalignment);
		probability("zBasisProbability", zBasisProbability);
	}

	/**
	 * The link of an experiment as the analytic {@code bbm92} model reads it: the channel of
	 * transmittance t split at the source into t^s towards Alice and t^(1 - s) towards Bob, both
	 * times the detector's efficiency; the background per slot {@code Y0} of the budget at both
	 * parties, split between each party's two detectors so that {@code 1 - (1 - p_dark)^2 = Y0};
	 * the detector's misalignment; the source's signal intensity as the mean pair number and its
	 * statistics as the pair statistics.
	 *
	 * @param budget            the experiment's source, channel and detector
	 * @param sourcePosition    s, the share of the channel's loss in dB on Alice's side, in [0, 1]
	 * @param zBasisProbability the probability of measuring in Z
	 */
	public static Bbm92Link of(LinkBudget budget, double sourcePosition, double zBasisProbability) {
		if (!(sourcePosition >= 0 && sourcePosition <= 1)) {
			throw new IllegalArgumentException("sourcePosition = " + sourcePosition + " is outside [0, 1]");
		}
		double t = budget.channel().transmittance();
		double eta = budget.detector().efficiency();
		double dark = -Math.expm1(0.5 * Math.log1p(-budget.backgroundProbability())); // 1 - sqrt(1 - Y0), precise
		return new Bbm92Link(budget.source().signalIntensity(), budget.source().statistics(),
				eta * power(t, sourcePosition), eta * power(t, 1 - sourcePosition), dark, dark,
				budget.detector().misalignmentError(), zBasisProbability);
	}

	/** t^e with 0^0 = 1 (an arm of no length has no loss). */
	private static double power(double t, double e) {
		return e == 0 ? 1 : Math.pow(t, e);
	}

	private static void probability(String name, double value) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(name + " = " + value + " is outside [0, 1]");
		}
	}

	/** The paper's lambda: the mean pair number of each polarisation mode, half the mean pair number. */
	public double lambda() {
		return meanPairNumber / 2;
	}

	/** The probability that at least one of Alice's detectors clicks in a slot. */
	public double aliceClickProbability() {
		double[] r = detectorPairProbabilities();
		double one = r[ALICE] + r[BOTH];
		return one * (2 - one);
	}

	/** The probability that at least one of Bob's detectors clicks in a slot. */
	public double bobClickProbability() {
		double[] r = detectorPairProbabilities();
		double one = r[BOB] + r[BOTH];
		return one * (2 - one);
	}

	/**
	 * The gain: the probability that Alice and Bob both click in a slot (a coincidence), summed
	 * over the two detector pairs j = 0, 1 (see {@link #detectorPairProbabilities()}), which are
	 * independent: {@code r_AB (2 - r_AB) + 2 r_A r_B}. For thermal pairs this is the paper's
	 * {@code Q_lambda} exactly.
	 */
	public double coincidenceProbability() {
		double[] r = detectorPairProbabilities();
		return r[BOTH] * (2 - r[BOTH]) + 2 * r[ALICE] * r[BOB];
	}

	/**
	 * What one polarisation mode does to Alice's detector j and Bob's matching detector j in a
	 * slot, dark counts included: the probabilities that neither, only Bob's, only Alice's or both
	 * click (indices {@link #NONE}, {@link #BOB}, {@link #ALICE}, {@link #BOTH}). The two modes,
	 * and so the two detector pairs, are independent and alike. Every term is a sum of products of
	 * non-negative numbers, so the small ones keep their precision at any loss.
	 */
	double[] detectorPairProbabilities() {
		double[] c = modeProbabilities();
		double pa = aliceDarkCountProbability;
		double pb = bobDarkCountProbability;
		double[] r = new double[4];
		r[NONE] = (1 - pa) * (1 - pb) * c[NONE];
		r[BOB] = (1 - pa) * (c[BOB] + pb * c[NONE]);
		r[ALICE] = (1 - pb) * (c[ALICE] + pa * c[NONE]);
		r[BOTH] = c[BOTH] + pb * c[ALICE] + pa * c[BOB] + pa * pb * c[NONE];
		return r;
	}

	/**
	 * The probabilities that of one polarisation mode's pairs no photon, only Bob's, only Alice's
	 * or photons on both sides are detected, from the generating function {@code G(s) = E[s^N]} of
	 * the mode's pair number N: {@code 1 / (1 + lambda (1 - s))} (thermal) or
	 * {@code exp(-lambda (1 - s))} (Poissonian), with {@code P(none) = G((1 - eta_A)(1 - eta_B))},
	 * {@code P(no photon at Bob) = G(1 - eta_B)}, and so on, written without cancellations.
	 */
	private double[] modeProbabilities() {
		double lambda = lambda();
		double ea = aliceTransmittance;
		double eb = bobTransmittance;
		double[] c = new double[4];
		if (pairStatistics == PhotonStatistics.THERMAL) {
			double x = ea * lambda;
			double y = eb * lambda;
			double joint = ea * eb * lambda;
			double z = x + y - joint;
			c[NONE] = 1 / (1 + z);
			c[ALICE] = x * (1 - eb) / ((1 + y) * (1 + z));
			c[BOB] = y * (1 - ea) / ((1 + x) * (1 + z));
			c[BOTH] = (x * y * (2 + z) + joint) / ((1 + x) * (1 + y) * (1 + z));
		} else {
			double a = ea * lambda;
			double b = eb * lambda;
			double joint = ea * eb * lambda;
			c[NONE] = Math.exp(-(a + b - joint));
			c[ALICE] = Math.exp(-b) * -Math.expm1(-(a - joint));
			c[BOB] = Math.exp(-a) * -Math.expm1(-(b - joint));
			c[BOTH] = Math.expm1(-a) * Math.expm1(-b) + Math.exp(-(a + b)) * Math.expm1(joint);
		}
		return c;
	}
}
