/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.SourceCharacteristics;

/**
 * The protocol parameters of the three-intensity decoy BB84 models after Lim, Curty, Walenta, Xu,
 * Zbinden, PRA 89, 022307 (2014), with their defaults (the paper's values where it fixes them), and
 * the configuration checks both models share.
 * <p>
 * The ranges suit the engine's grid search: the optimal q_x falls from 0.93 (n_X = 1e9) to about
 * 0.05 (n_X = 1e4 near its cut-off) and p1 from 0.76 to 0.03, so both span more than a factor 100
 * and are searched on a log scale; p1 &lt;= 0.98 and p2 &gt;= 0.01 keep the grid corner p1 + p2
 * below 1. The asymptotic model has no p1, p2: it is the limit p1 -&gt; 1, p2, p3 -&gt; 0+ (the
 * decoys need a vanishing fraction of the pulses), recorded here as p1 = 1, p2 = 0.
 *
 * @param basisProbability q_x, probability that Alice (and Bob) choose the key basis X
 * @param p1               probability of the signal intensity mu1 (asymptotic: 1, the limit)
 * @param p2               probability of the decoy intensity mu2, p3 = 1 - p1 - p2 (asymptotic: 0)
 * @param blockSize        n_X, the X-basis detections per post-processing block (finite key only)
 * @param epsSecPerBit     kappa: if positive, eps_sec = kappa l as in the paper (finite key only)
 * @param epsSec           the fixed secrecy eps_sec used when kappa is 0 (finite key only)
 * @param epsCor           the correctness eps_cor (finite key only)
 * @param ecEfficiency     f_EC &gt;= 1
 */
record LimParameters(double basisProbability, double p1, double p2, double blockSize, double epsSecPerBit,
		double epsSec, double epsCor, double ecEfficiency) {

	static final String BASIS_PROBABILITY = "basisProbability";
	static final String P1 = "p1";
	static final String P2 = "p2";
	static final String BLOCK_SIZE = "blockSize";
	static final String EPS_SEC_PER_BIT = "epsSecPerBit";
	static final String EPS_SEC = "epsSec";
	static final String EPS_COR = "epsCor";
	static final String EC_EFFICIENCY = "ecEfficiency";

	private static final ParameterDescriptor PROBABILITY_1 = ParameterDescriptor.of(P1, "Signal probability p1", "",
			0.5, 0.005, 0.98, "Probability p1 that Alice sends the signal intensity mu1; p3 = 1 - p1 - p2 > 0")
			.asOptimisable();
	private static final ParameterDescriptor PROBABILITY_2 = ParameterDescriptor.of(P2, "Decoy probability p2", "",
			0.3, 0.01, 0.98, "Probability p2 that Alice sends the decoy intensity mu2; p3 = 1 - p1 - p2 > 0")
			.asOptimisable();
	private static final ParameterDescriptor EC = ParameterDescriptor.of(EC_EFFICIENCY,
			"Error-correction efficiency", "", 1.16, 1.0, 3.0,
			"Leakage of error correction relative to the Shannon limit, f_EC (1.16 in Lim et al. 2014)");

	/** The finite-key model's parameters. */
	static final List<ParameterDescriptor> FINITE = List.of(
			ParameterDescriptor.of(BASIS_PROBABILITY, "Key-basis probability q_x", "", 0.8, 0.005, 0.999,
					"Probability q_x that Alice and Bob each choose the key basis X (Z with 1 - q_x)").asOptimisable(),
			PROBABILITY_1, PROBABILITY_2,
			ParameterDescriptor.of(BLOCK_SIZE, "Block size n_X", "", 1e7, 1e3, 1e13,
					"Number n_X of detections with Alice and Bob both in the key basis X per post-processing block")
					.asInteger(),
			ParameterDescriptor.of(EPS_SEC_PER_BIT, "Secrecy per key bit kappa", "", 1e-15, 0, 1e-9,
					"If positive, the secrecy is eps_sec = kappa l for a key of l bits (Lim et al. 2014: 1e-15); "
							+ "0 to use the fixed epsSec"),
			ParameterDescriptor.of(EPS_SEC, "Secrecy eps_sec", "", 1e-10, 1e-30, 0.1,
					"Fixed secrecy parameter eps_sec, used when epsSecPerBit is 0"),
			ParameterDescriptor.of(EPS_COR, "Correctness eps_cor", "", 1e-15, 1e-30, 0.1,
					"Correctness parameter eps_cor of error verification (Lim et al. 2014: 1e-15)"),
			EC);

	/** The asymptotic model's parameters (the limit p1 -&gt; 1: no intensity probabilities). */
	static final List<ParameterDescriptor> ASYMPTOTIC = List.of(
			ParameterDescriptor.of(BASIS_PROBABILITY, "Key-basis probability q_x", "", 1.0, 0.005, 1.0,
					"Probability q_x that Alice and Bob each choose the key basis X; asymptotically q_x = 1 is best")
					.asOptimisable(),
			EC);

	/** The finite-key parameters from their values. */
	static LimParameters finite(ParameterValues v) {
		return new LimParameters(v.get(BASIS_PROBABILITY), v.get(P1), v.get(P2), v.get(BLOCK_SIZE),
				v.get(EPS_SEC_PER_BIT), v.get(EPS_SEC), v.get(EPS_COR), v.get(EC_EFFICIENCY));
	}

	/**
	 * The asymptotic parameters from their values: no block size and security parameters, and the
	 * limit p1 = 1, p2 = 0 instead of intensity probabilities.
	 */
	static LimParameters asymptotic(ParameterValues v) {
		return new LimParameters(v.get(BASIS_PROBABILITY), 1.0, 0.0, Double.POSITIVE_INFINITY, 0.0, 0.0, 0.0,
				v.get(EC_EFFICIENCY));
	}

	/** The intensities of a source with these probabilities. */
	ThreeIntensities intensities(SourceCharacteristics source) {
		return new ThreeIntensities(source.signalIntensity(), source.decoyIntensity(), source.vacuumIntensity(), p1,
				p2);
	}

	/**
	 * The largest secrecy the key length can be computed with: eps_sec, or kappa n_X when eps_sec =
	 * kappa l (since l &lt;= n_X).
	 */
	double largestEpsSec() {
		return epsSecPerBit > 0.0 ? epsSecPerBit * blockSize : epsSec;
	}

	/**
	 * The fixed cost of Eq. (1) at the largest secrecy, 6 log2(21 / eps_sec) + log2(2 / eps_cor): the
	 * least key length any block pays.
	 */
	double fixedCost() {
		return 6.0 * Math.log(21.0 / largestEpsSec()) / LimFiniteKeyBounds.LN2
				+ Math.log(2.0 / epsCor) / LimFiniteKeyBounds.LN2;
	}

	/** Whether the block can yield a key at all: n_X above the fixed cost and eps_sec below 1. */
	boolean blockCanYieldKey() {
		return largestEpsSec() < 1.0 && blockSize > fixedCost();
	}

	/**
	 * The problems the ranges cannot express, for both models ({@code finite}: the probability and
	 * block checks; the asymptotic model has no probabilities).
	 */
	List<String> problems(SourceCharacteristics source, boolean finite) {
		List<String> problems = new ArrayList<>();
		ThreeIntensities s = intensities(source);
		if (!(s.mu1() > s.mu2() + s.mu3())) {
			problems.add("the signal intensity mu must exceed the sum of the decoy intensities nu + vacuum");
		}
		if (!(s.mu2() > s.mu3())) {
			problems.add("the decoy intensity nu must exceed the vacuum intensity");
		}
		if (finite) {
			if (!(p1 + p2 < 1.0)) {
				problems.add("the probabilities p1 + p2 must stay below 1 so that the weakest intensity is sent");
			}
			if (!(largestEpsSec() < 1.0)) {
				problems.add("the secrecy epsSecPerBit x blockSize must be below 1");
			} else if (!(blockSize > fixedCost())) {
				problems.add(String.format(Locale.ROOT,
						"the blockSize must exceed the fixed cost 6 log2(21/eps_sec) + log2(2/eps_cor) = %.0f bits "
								+ "set by epsSecPerBit (or epsSec) and epsCor",
						fixedCost()));
			}
		}
		return problems;
	}
}
