/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.tf;

import org.openqci.core.spi.LinkBudget;

/**
 * The expected click statistics at Charlie's middle node of a twin-field link: Alice's and Bob's
 * pulses travel through arms of transmittance eta_A and eta_B (channel times detector efficiency),
 * meet on a 50:50 beam splitter and are detected by two identical threshold detectors, each with a
 * dark-count probability p_d per gate. An effective event is a click of exactly one detector.
 * <p>
 * The two fields interfere with visibility Omega = (1 - 2 e_d) cos(phi): the optical misalignment
 * e_d (mode mismatch, e.g. polarisation) and a phase mismatch phi between Alice's and Bob's
 * reference phases. For two coherent states of mean photon number mu each with relative phase 0,
 * each detector receives on average a = mu (eta_A + eta_B) / 2 photons and the interference term
 * is x = mu sqrt(eta_A eta_B) Omega, so that
 *
 * <pre>
 * I_right = a + x,   I_wrong = a - x = mu [(sqrt(eta_A) - sqrt(eta_B))^2 / 2 + sqrt(eta_A eta_B)(1 - Omega)]
 * P(only the right detector) = (1 - p_d) e^-I_wrong [1 - (1 - p_d) e^-I_right]
 * P(only the wrong detector) = (1 - p_d) e^-I_right [1 - (1 - p_d) e^-I_wrong]
 * </pre>
 *
 * the channel model of M. Curty, K. Azuma, H.-K. Lo, npj Quantum Inf. 5, 64 (2019), Methods
 * (Eqs. (27)-(31) of arXiv:1807.07667v2), written for unequal arms. With independent random
 * phases the detectors' intensities are a &plusmn; x' cos(theta), x' = mu sqrt(eta_A eta_B) (1 - 2 e_d),
 * and averaging over theta gives the modified Bessel function I_0 (their Eqs. (32)-(33)):
 *
 * <pre>
 * P(exactly one click) = 2 (1 - p_d) [e^-a I_0(x') - (1 - p_d) e^-2a]
 * </pre>
 *
 * Every expression is evaluated in a form without cancellation (1 - e^-y as -expm1(-y),
 * I_0(x) - 1 as its series, I_wrong from the difference of square roots), so the statistics keep
 * full relative precision down to arm transmittances of 1e-30 and below.
 *
 * @param etaA          Alice's arm transmittance including the detection efficiency, in [0, 1]
 * @param etaB          Bob's arm transmittance including the detection efficiency, in [0, 1]
 * @param darkCount     dark-count probability p_d of each of Charlie's two detectors per gate
 * @param misalignment  optical misalignment e_d in [0, 1/2]
 * @param phaseMismatch phase mismatch phi in radians, in [0, pi/2]
 */
record TwinFieldLink(double etaA, double etaB, double darkCount, double misalignment, double phaseMismatch) {

	/** Clamps the inputs into their physical ranges. */
	TwinFieldLink {
		etaA = clamp(etaA, 1.0);
		etaB = clamp(etaB, 1.0);
		darkCount = clamp(darkCount, 1.0);
		misalignment = clamp(misalignment, 0.5);
		phaseMismatch = clamp(phaseMismatch, 0.5 * Math.PI);
	}

	/**
	 * The link seen by a twin-field protocol (convention of the middle-node protocols): the
	 * channel's loss is split in dB at the relay, t_A = t^f and t_B = t^(1 - f); both arms end in
	 * the link's detector model; the background probability Y0 of the link (dark counts plus
	 * channel noise) is the probability of a background click of the detector pair, so each
	 * detector has p_d = 1 - sqrt(1 - Y0) (about Y0 / 2).
	 *
	 * @param budget        the link budget
	 * @param relayPosition f, the fraction of the channel's loss (in dB) on Alice's side
	 * @param phaseMismatch phi in radians
	 */
	static TwinFieldLink of(LinkBudget budget, double relayPosition, double phaseMismatch) {
		double t = clamp(budget.channel().transmittance(), 1.0);
		double f = clamp(relayPosition, 1.0);
		double etaD = clamp(budget.detector().efficiency(), 1.0);
		double y0 = clamp(budget.backgroundProbability(), 1.0);
		double pd = -Math.expm1(0.5 * Math.log1p(-y0));
		return new TwinFieldLink(Math.pow(t, f) * etaD, Math.pow(t, 1.0 - f) * etaD, pd,
				budget.detector().misalignmentError(), phaseMismatch);
	}

	/** The mean arm transmittance (eta_A + eta_B) / 2. */
	double meanEta() {
		return 0.5 * (etaA + etaB);
	}

	/** sqrt(eta_A eta_B), without underflow at tiny transmittances. */
	double geometricEta() {
		return Math.sqrt(etaA) * Math.sqrt(etaB);
	}

	/** The mode overlap 1 - 2 e_d that limits interference of phase-randomised fields. */
	double modeOverlap() {
		return 1.0 - 2.0 * misalignment;
	}

	/** The interference visibility Omega = (1 - 2 e_d) cos(phi). */
	double visibility() {
		return modeOverlap() * Math.cos(phaseMismatch);
	}

	/** 1 - Omega = 2 e_d cos(phi) + 2 sin^2(phi / 2), without cancellation. */
	double oneMinusVisibility() {
		double s = Math.sin(0.5 * phaseMismatch);
		return 2.0 * misalignment * Math.cos(phaseMismatch) + 2.0 * s * s;
	}

	/**
	 * The probability of a photon, sent in the equal superposition of Alice's and Bob's modes with
	 * relative phase 0, reaching the wrong detector: [(sqrt(eta_A) - sqrt(eta_B))^2 + 2 sqrt(eta_A eta_B)(1 - Omega)] / 4.
	 */
	double wrongDetectorProbability() {
		double d = Math.sqrt(etaA) - Math.sqrt(etaB);
		return 0.25 * (d * d + 2.0 * geometricEta() * oneMinusVisibility());
	}

	/** The probability that an effective event is caused by no photon at all, s0 = 2 p_d (1 - p_d). */
	double vacuumYield() {
		return 2.0 * darkCount * (1.0 - darkCount);
	}

	/**
	 * The probability of exactly one click when only one party sends a phase-randomised coherent
	 * state: with h = eta mu / 2 photons on each detector, 2 (1 - p_d) e^-h [1 - (1 - p_d) e^-h].
	 *
	 * @param eta the sender's arm transmittance
	 * @param mu  the mean photon number sent
	 */
	double singleSenderClick(double eta, double mu) {
		double h = 0.5 * eta * mu;
		double e = Math.exp(-h);
		return 2.0 * (1.0 - darkCount) * e * (-Math.expm1(-h) + darkCount * e);
	}

	/**
	 * The probability of exactly one click when both parties send phase-randomised coherent states
	 * of mean photon number mu with independent phases: 2 (1 - p_d) e^-a [(I_0(x') - 1) + (1 - e^-a) + p_d e^-a].
	 */
	double randomPhaseClick(double mu) {
		return randomPhaseSignalClick(mu) + vacuumYield() * Math.exp(-2.0 * mu * meanEta());
	}

	/**
	 * The part of {@link #randomPhaseClick(double)} caused by photons: the total minus the
	 * dark-count part s0 e^-2a, i.e. 2 (1 - p_d) e^-a [(I_0(x') - 1) + (1 - e^-a)].
	 */
	double randomPhaseSignalClick(double mu) {
		double a = mu * meanEta();
		double x = mu * geometricEta() * modeOverlap();
		return 2.0 * (1.0 - darkCount) * Math.exp(-a) * (besselI0MinusOne(x) - Math.expm1(-a));
	}

	/** P(only the right detector clicks) for two coherent states of mean photon number mu in phase. */
	double alignedRightClick(double mu) {
		double wrong = mu * wrongIntensityFactor();
		double right = 2.0 * mu * meanEta() - wrong;
		double e = Math.exp(-right);
		return (1.0 - darkCount) * Math.exp(-wrong) * (-Math.expm1(-right) + darkCount * e);
	}

	/** P(only the wrong detector clicks) for two coherent states of mean photon number mu in phase. */
	double alignedWrongClick(double mu) {
		return alignedWrongSignalClick(mu) + darkCount * (1.0 - darkCount) * Math.exp(-2.0 * mu * meanEta());
	}

	/**
	 * The part of {@link #alignedWrongClick(double)} caused by photons, (1 - p_d) e^-I_right (1 - e^-I_wrong);
	 * the rest, p_d (1 - p_d) e^-2a, is the dark count of the wrong detector.
	 */
	double alignedWrongSignalClick(double mu) {
		double wrong = mu * wrongIntensityFactor();
		double right = 2.0 * mu * meanEta() - wrong;
		return (1.0 - darkCount) * Math.exp(-right) * -Math.expm1(-wrong);
	}

	/** I_wrong / mu = (sqrt(eta_A) - sqrt(eta_B))^2 / 2 + sqrt(eta_A eta_B)(1 - Omega). */
	private double wrongIntensityFactor() {
		return 2.0 * wrongDetectorProbability();
	}

	/**
	 * The yield of a single photon sent by one party while the other sends vacuum, averaged over
	 * the two parties: s1 = (1 - p_d)[eta + 2 p_d (1 - eta)] with eta = (eta_A + eta_B) / 2.
	 */
	double singlePhotonYield() {
		double eta = meanEta();
		return (1.0 - darkCount) * (eta + 2.0 * darkCount * (1.0 - eta));
	}

	/**
	 * The error yield e1 s1 of the single-photon state (|10&gt; + |01&gt;)/sqrt(2) at relative phase 0:
	 * (1 - p_d)[P(wrong detector) + p_d (1 - eta)].
	 */
	double singlePhotonErrorYield() {
		return (1.0 - darkCount) * (wrongDetectorProbability() + darkCount * (1.0 - meanEta()));
	}

	/**
	 * I_0(x) - 1 = sum_{k &gt;= 1} (x^2 / 4)^k / (k!)^2, summed until the terms no longer change the
	 * sum (x &lt;= 100 in practice: the callers bound the intensities).
	 */
	static double besselI0MinusOne(double x) {
		double y = 0.25 * x * x;
		double term = y;
		double sum = 0.0;
		for (int k = 1; k < 1000 && term > 1e-17 * sum; k++) {
			sum += term;
			term *= y / ((double) (k + 1) * (k + 1));
		}
		return sum;
	}

	private static double clamp(double v, double max) {
		return v > 0.0 ? Math.min(v, max) : 0.0;
	}
}
