/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.mdi;

import org.openqci.core.spi.LinkBudget;

/**
 * The expected detection statistics of polarisation-encoded MDI-QKD with phase-randomised weak
 * coherent pulses, a beam-splitter Bell-state measurement with four threshold detectors at the
 * relay, dark counts and misalignment: X. Ma, M. Razavi, "Alternative schemes for
 * measurement-device-independent quantum key distribution", Phys. Rev. A 86, 062319 (2012),
 * appendix on the polarisation scheme (the same expressions are in the appendix of F. Xu, M. Curty,
 * B. Qi, H.-K. Lo, New J. Phys. 15, 113007 (2013); the papers' equation numbers could not be
 * checked here, the expressions were checked against an independent implementation).
 * With Alice's and Bob's arm transmittances eta_a, eta_b (detector efficiency included) and
 * intensities mu_a, mu_b, the per-detector dark-count probability p_d and the misalignment e_d:
 *
 * <pre>
 * x = sqrt(eta_a mu_a eta_b mu_b) / 2,   mu' = eta_a mu_a + eta_b mu_b,   y = (1 - p_d) e^(-mu'/4)
 * Q_C = 2 (1 - p_d)^2 e^(-mu'/2) [1 - (1 - p_d) e^(-eta_a mu_a/2)] [1 - (1 - p_d) e^(-eta_b mu_b/2)]
 * Q_E = 2 p_d (1 - p_d)^2 e^(-mu'/2) [I0(2x) - (1 - p_d) e^(-mu'/2)]
 * Q_Z = Q_C + Q_E,                          E_Z Q_Z = e_d Q_C + (1 - e_d) Q_E
 * Q_X = 2 y^2 [1 + 2 y^2 - 4 y I0(x) + I0(2x)]
 * Q_X,C = 2 y^2 [y^2 - 2 y I0(x) + I0(2x)],   Q_X,E = 2 y^2 [1 + y^2 - 2 y I0(x)]
 * E_X Q_X = e_d Q_X,C + (1 - e_d) Q_X,E
 * </pre>
 *
 * (Q_C: coincidences that announce the right Bell state, Q_E: the wrong one; Z rectilinear, X
 * diagonal.) The single-photon pair (Lo, Curty, Qi, PRL 108, 130503 (2012); Xu et al. 2013):
 *
 * <pre>
 * Y11 = (1 - p_d)^2 [eta_a eta_b / 2 + (2 eta_a + 2 eta_b - 3 eta_a eta_b) p_d + 4 (1 - eta_a)(1 - eta_b) p_d^2]
 * e11 Y11 = e0 Y11 - (e0 - e_d)(1 - p_d)^2 eta_a eta_b / 2,    e0 = 1/2
 * </pre>
 *
 * Numerics: written as above, Q_X is a sum of O(1) terms that cancel down to O(p_d^2 + eta mu) at
 * high loss. The model therefore evaluates every gain as a sum of non-negative products of the
 * per-sender {@link ArmTerms} (with 1 - y = p_d + (1 - p_d)(u_a + s_a u_b) and
 * 1 - (1 - p_d) e^(-t) = p_d + (1 - p_d)(1 - e^(-t)) from {@link Math#expm1}, and I0(z) - 1 as
 * its power series); only the I0(x) series of the wrong diagonal coincidences is subtracted. It
 * cancels the leading order of a larger term, which costs a few digits where the decoy, the loss
 * and p_d are all small (relative error below 1e-10 against a 48-digit evaluation of the printed
 * formulas, 0 to 500 km, decoys down to 1e-6). The same bilinear expressions give the decoy
 * differences, equally free of the cancelling background terms.
 *
 * @param etaA         Alice's arm transmittance times the detector efficiency
 * @param etaB         Bob's arm transmittance times the detector efficiency
 * @param darkCount    p_d, background click probability of each of the relay's detectors
 * @param misalignment e_d
 */
record MdiLink(double etaA, double etaB, double darkCount, double misalignment) {

	/** Error rate of random (background) coincidences, e0 = 1/2. */
	static final double E0 = 0.5;

	/** Clamps the inputs into their physical ranges. */
	MdiLink {
		etaA = clampProbability(etaA);
		etaB = clampProbability(etaB);
		darkCount = Math.min(clampProbability(darkCount), 0.5);
		misalignment = Math.min(clampProbability(misalignment), 0.5);
	}

	/**
	 * The link of a budget with the relay at {@code relayPosition}: t_A = t^f, t_B = t^(1 - f) of the
	 * whole channel's transmittance t, each times the detector efficiency; p_d = Y0 / 2, half the
	 * background probability of a detection event of two detectors (dark counts plus channel noise).
	 */
	static MdiLink of(LinkBudget budget, double relayPosition) {
		double t = clampProbability(budget.channel().transmittance());
		double f = clampProbability(relayPosition);
		double etaDetector = clampProbability(budget.detector().efficiency());
		return new MdiLink(etaDetector * Math.pow(t, f), etaDetector * Math.pow(t, 1.0 - f),
				0.5 * budget.backgroundProbability(), budget.detector().misalignmentError());
	}

	/** Alice's pulse of mean photon number {@code intensity}. */
	ArmPulse alice(double intensity) {
		return ArmPulse.of(etaA, intensity);
	}

	/** Bob's pulse of mean photon number {@code intensity}. */
	ArmPulse bob(double intensity) {
		return ArmPulse.of(etaB, intensity);
	}

	/** The rectilinear-basis (Z) coincidences of a pulse pair. */
	Coincidences rectilinear(ArmPulse a, ArmPulse b) {
		return rectilinear(ArmTerms.values(a), ArmTerms.values(b));
	}

	/** The diagonal-basis (X) coincidences of a pulse pair. */
	Coincidences diagonal(ArmPulse a, ArmPulse b) {
		return diagonal(ArmTerms.values(a), ArmTerms.values(b));
	}

	/**
	 * Rectilinear coincidences from the senders' factors: Q_C = 2 p^2 F_a F_b with
	 * F = s^2 (p_d + p v), and Q_E = 2 p_d p^2 [p_d s_a^2 s_b^2 + p s_a^2 v_a s_b^2 + p s_a^4 s_b^2 v_b
	 * + s_a^2 s_b^2 (I0(2x) - 1)], where p = 1 - p_d.
	 */
	Coincidences rectilinear(ArmTerms a, ArmTerms b) {
		double pd = darkCount;
		double p = 1.0 - pd;
		double right = 2.0 * p * p * (pd * a.t2 + p * a.t2v) * (pd * b.t2 + p * b.t2v);
		double wrong = 2.0 * pd * p * p
				* (pd * a.t2 * b.t2 + p * a.t2v * b.t2 + p * a.t4 * b.t2v + ArmTerms.series(a, b, 2, 1.0));
		return new Coincidences(right, wrong);
	}

	/**
	 * Diagonal coincidences from the senders' factors: Q_X,E = 2 y^2 (1 - y)^2 - 4 y^3 (I0(x) - 1)
	 * with y = p s_a s_b and 1 - y = p_d + p (u_a + s_a u_b) expanded into non-negative products, and
	 * Q_X,C = Q_X,E + 2 y^2 (I0(2x) - 1).
	 */
	Coincidences diagonal(ArmTerms a, ArmTerms b) {
		double pd = darkCount;
		double p = 1.0 - pd;
		double square = pd * pd * a.t2 * b.t2 + p * p * (a.t2uu * b.t2 + a.t4 * b.t2uu + 2.0 * a.t3u * b.t2u)
				+ 2.0 * pd * p * (a.t2u * b.t2 + a.t3 * b.t2u);
		double wrong = 2.0 * p * p * square - 4.0 * p * p * p * ArmTerms.series(a, b, 3, 4.0);
		wrong = Math.max(0.0, wrong);
		double right = wrong + 2.0 * p * p * ArmTerms.series(a, b, 2, 1.0);
		return new Coincidences(right, wrong);
	}

	/** The yield Y11 of a single-photon pair (either basis). */
	double singlePhotonPairYield() {
		return interferingPairYield() + backgroundPairYield();
	}

	/**
	 * The diagonal error rate e11 of a single-photon pair, e0 Y11 - (e0 - e_d)(1 - p_d)^2 eta_a eta_b / 2
	 * over Y11, evaluated as [e0 (background part) + e_d (interfering part)] / Y11 (1/2 if Y11 = 0).
	 */
	double singlePhotonPairError() {
		double interfering = interferingPairYield();
		double background = backgroundPairYield();
		double y11 = interfering + background;
		double errors = E0 * background + misalignment * interfering;
		return y11 > 0.0 ? Math.min(E0, errors / y11) : E0;
	}

	/** (1 - p_d)^2 eta_a eta_b / 2: both photons detected and no other click. */
	private double interferingPairYield() {
		double p = 1.0 - darkCount;
		return 0.5 * p * p * etaA * etaB;
	}

	/** The rest of Y11, which involves at least one background click. */
	private double backgroundPairYield() {
		double p = 1.0 - darkCount;
		// 2 eta_a + 2 eta_b - 3 eta_a eta_b written as a sum of non-negative terms
		double oneClick = 2.0 * etaA * (1.0 - etaB) + 2.0 * etaB * (1.0 - etaA) + etaA * etaB;
		return p * p * darkCount * (oneClick + 4.0 * darkCount * (1.0 - etaA) * (1.0 - etaB));
	}

	private static double clampProbability(double p) {
		return p > 0.0 ? Math.min(p, 1.0) : 0.0;
	}

	/**
	 * Coincidences of the relay that announce a Bell state, split by whether it is the one the
	 * senders' states call for.
	 *
	 * @param right Q_C, probability of a coincidence announcing the expected Bell state
	 * @param wrong Q_E, probability of one announcing the other Bell state
	 */
	record Coincidences(double right, double wrong) {

		/** The gain Q = Q_C + Q_E. */
		double gain() {
			return right + wrong;
		}

		/** The error gain E Q = e_d Q_C + (1 - e_d) Q_E with misalignment e_d. */
		double errorGain(double misalignment) {
			return misalignment * right + (1.0 - misalignment) * wrong;
		}

		/** The error rate E (0 if no coincidences). */
		double errorRate(double misalignment) {
			double q = gain();
			return q > 0.0 ? errorGain(misalignment) / q : 0.0;
		}
	}
}
