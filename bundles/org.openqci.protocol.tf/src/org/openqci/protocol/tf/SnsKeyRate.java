/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.tf;

import org.openqci.physics.Entropy;

/**
 * The asymptotic key rate of sending-or-not-sending (SNS) twin-field QKD: X.-B. Wang, Z.-W. Yu,
 * X.-L. Hu, "Twin-field quantum key distribution with large misalignment error", Phys. Rev. A 98,
 * 062323 (2018) (arXiv:1805.09222). In a signal (Z) window each party sends a phase-randomised
 * coherent state of mean photon number mu with probability epsilon (bit 1 for Alice, 0 for Bob)
 * and nothing otherwise; an effective event (exactly one of Charlie's detectors clicks) gives a
 * key bit, wrong when both or neither sent. Untagged bits are those where exactly one party sent
 * exactly one photon; their phase-flip rate is the error rate of single photons in the X windows
 * (both send, phases post-selected to agree). Per pulse pair (Eq. (4) of arXiv:1805.09222):
 *
 * <pre>
 * S_Z     = (1 - eps)^2 s0 + eps (1 - eps) [g(eta_A) + g(eta_B)] + eps^2 S_both(mu)
 * E_Z S_Z = (1 - eps)^2 s0 + eps^2 S_both(mu)
 * n1      = 2 eps (1 - eps) mu e^-mu s1
 * R       = n1 [1 - H(e1ph)] - f S_Z H(E_Z)
 * </pre>
 *
 * with g the one-sender and S_both the two-sender click probabilities of {@link TwinFieldLink}
 * (phase-randomised, hence the Bessel function I_0 in S_both) and s0 = 2 p_d (1 - p_d). The key
 * bits never rely on interference, so the misalignment e_d enters only the phase-flip rate: that
 * is the protocol's tolerance of large misalignment.
 * <p>
 * With infinitely many decoys s1 and e1ph are the exact single-photon values of the channel model
 * ({@link TwinFieldLink#singlePhotonYield()}, {@link TwinFieldLink#singlePhotonErrorYield()}; for
 * equal arms e1ph = [e_d eta + p_d (1 - eta)] / [eta + 2 p_d (1 - eta)]). With a vacuum and two
 * decoys mu1 &lt; mu2 sent by both parties (photon number Poisson(2 mu_k) in total) they are bounded
 * as in Eqs. (44)-(45) of arXiv:1805.09222 (the standard two-decoy bounds with Poisson(2 mu)
 * weights; whether the practical analysis of Z.-W. Yu, X.-L. Hu, C. Jiang, H. Xu, X.-B. Wang,
 * Sci. Rep. 9, 3080 (2019) tightens them could not be checked):
 *
 * <pre>
 * s1 &gt;= s1L = [mu2^2 e^(2 mu1) S_mu1 - mu1^2 e^(2 mu2) S_mu2 - (mu2^2 - mu1^2) s0] / [2 mu1 mu2 (mu2 - mu1)]
 * e1ph &lt;= [T_X - e^(-2 mu1) s0 / 2] / (2 mu1 e^(-2 mu1) s1L)
 * </pre>
 *
 * where S_mu = S_both(mu) and T_X is the wrong-detector probability of the X windows (both send mu1
 * in phase). The equation numbers are those quoted by two independent implementations of the
 * arXiv version; they could not be checked against the published text.
 */
final class SnsKeyRate {

	/** Above this mean photon number the rate is reported as 0 (it is negligible there anyway). */
	static final double MAX_INTENSITY = 50.0;

	private SnsKeyRate() {
	}

	/**
	 * The quantities of one operating point.
	 *
	 * @param rate       secret key per pulse pair, &gt;= 0
	 * @param gain       S_Z, the probability of an effective event in a signal window
	 * @param qber       E_Z, the bit-flip error rate of the key bits
	 * @param s1         the single-photon yield used (exact, or the decoy lower bound)
	 * @param phaseError the phase-flip error rate of the untagged bits used (exact or upper bound)
	 * @param untagged   n1, the untagged single-photon events per pulse pair
	 */
	record Result(double rate, double gain, double qber, double s1, double phaseError, double untagged) {

		static final Result NONE = new Result(0.0, 0.0, 0.0, 0.0, 0.5, 0.0);
	}

	/**
	 * The rate with infinitely many decoys.
	 *
	 * @param link         the link
	 * @param mu           the signal intensity of a sending party
	 * @param epsilon      the sending probability
	 * @param ecEfficiency f
	 */
	static Result infiniteDecoy(TwinFieldLink link, double mu, double epsilon, double ecEfficiency) {
		double s1 = link.singlePhotonYield();
		double e1 = s1 > 0.0 ? Math.min(0.5, link.singlePhotonErrorYield() / s1) : 0.5;
		return rate(link, mu, epsilon, ecEfficiency, s1, e1);
	}

	/**
	 * The rate with a vacuum and two decoys mu1 &lt; mu2 in the decoy windows.
	 *
	 * @param link         the link
	 * @param mu           the signal intensity of a sending party
	 * @param mu1          the weak decoy intensity, also the X-window intensity
	 * @param mu2          the strong decoy intensity, mu1 &lt; mu2
	 * @param epsilon      the sending probability
	 * @param ecEfficiency f
	 */
	static Result threeIntensityDecoy(TwinFieldLink link, double mu, double mu1, double mu2, double epsilon,
			double ecEfficiency) {
		if (!(mu1 > 0.0 && mu1 < mu2 && mu2 <= MAX_INTENSITY)) {
			return Result.NONE;
		}
		double s0 = link.vacuumYield();
		double eta = link.meanEta();
		// S_mu = D_mu + s0 e^(-2 a), a = mu eta: the photon part D_mu and the dark-count part are
		// combined separately, so that the s0 terms do not cancel against the signal.
		double d1 = link.randomPhaseSignalClick(mu1);
		double d2 = link.randomPhaseSignalClick(mu2);
		double signal = mu2 * mu2 * Math.exp(2.0 * mu1) * d1 - mu1 * mu1 * Math.exp(2.0 * mu2) * d2;
		double dark = s0 * (mu2 * mu2 * Math.expm1(2.0 * mu1 * (1.0 - eta)) - mu1 * mu1 * Math.expm1(2.0 * mu2 * (1.0 - eta)));
		double s1 = (signal + dark) / (2.0 * mu1 * mu2 * (mu2 - mu1));
		if (!(s1 > 0.0)) {
			return Result.NONE;
		}
		// T_X - e^(-2 mu1) s0 / 2 with T_X = (1 - p_d) e^-I_r [1 - e^-I_w + p_d e^-I_w]:
		// the dark part p_d (1 - p_d) [e^(-2 a) - e^(-2 mu1)] = p_d (1 - p_d) e^(-2 a) (1 - e^(-2 mu1 (1 - eta))).
		double pd = link.darkCount();
		double darkWrong = pd * (1.0 - pd) * Math.exp(-2.0 * mu1 * eta);
		double errors = link.alignedWrongSignalClick(mu1) - darkWrong * Math.expm1(-2.0 * mu1 * (1.0 - eta));
		double e1 = Math.max(0.0, errors) / (2.0 * mu1 * Math.exp(-2.0 * mu1) * s1);
		return rate(link, mu, epsilon, ecEfficiency, s1, Math.min(0.5, e1));
	}

	private static Result rate(TwinFieldLink link, double mu, double epsilon, double ecEfficiency, double s1,
			double e1) {
		if (!(mu > 0.0 && mu <= MAX_INTENSITY && epsilon > 0.0 && epsilon < 1.0)) {
			return Result.NONE;
		}
		double notSending = 1.0 - epsilon;
		double none = notSending * notSending * link.vacuumYield();
		double one = epsilon * notSending * (link.singleSenderClick(link.etaA(), mu) + link.singleSenderClick(link.etaB(), mu));
		double both = epsilon * epsilon * link.randomPhaseClick(mu);
		double gain = none + one + both;
		if (!(gain > 0.0)) {
			return Result.NONE;
		}
		double qber = (none + both) / gain;
		double untagged = 2.0 * epsilon * notSending * mu * Math.exp(-mu) * s1;
		double r = untagged * (1.0 - Entropy.binary(e1)) - ecEfficiency * gain * Entropy.binary(qber);
		return new Result(r > 0.0 ? r : 0.0, gain, qber, s1, e1, untagged);
	}
}
