/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bbm92;

/**
 * The detection statistics of a pulsed type-II parametric down-conversion (PDC) source of
 * polarisation-entangled pairs whose two photons travel to Alice and to Bob, each measured with
 * threshold detectors. Model of X. Ma, C.-H. F. Fung, H.-K. Lo, "Quantum key distribution with
 * entangled photon sources", Phys. Rev. A 76, 012307 (2007), Sec. II (arXiv:quant-ph/0703122):
 *
 * <pre>
 * P(n)  = (n + 1) lambda^n / (1 + lambda)^(n + 2)          n pairs per pulse, mean 2 lambda
 * Y_n   = [1 - (1 - Y0A)(1 - eta_A)^n] [1 - (1 - Y0B)(1 - eta_B)^n]
 * Q_lambda = sum_n P(n) Y_n
 *          = 1 - (1 - Y0A) / (1 + eta_A lambda)^2 - (1 - Y0B) / (1 + eta_B lambda)^2
 *              + (1 - Y0A)(1 - Y0B) / (1 + eta_A lambda + eta_B lambda - eta_A eta_B lambda)^2
 * E_lambda Q_lambda = e0 Q_lambda - 2 (e0 - e_d) eta_A eta_B lambda (1 + lambda)
 *          / [(1 + eta_A lambda)(1 + eta_B lambda)(1 + eta_A lambda + eta_B lambda - eta_A eta_B lambda)]
 * </pre>
 *
 * with e0 = 1/2 (a background click is a random bit), e_d the probability that a photon pair
 * gives anti-correlated bits (misalignment of the whole Alice-Bob pair), eta_A and eta_B the
 * transmittances from the source to a click at Alice and at Bob (channel arm times detector
 * efficiency) and Y0A, Y0B their background click probabilities. P(n) is the distribution of the
 * total pair number when each of the two polarisation modes is thermal with mean lambda, so
 * lambda is <em>half</em> the expected number of pairs per pulse. The paper's equation numbers
 * could not be confirmed (see docs/protocols/bbm92.md); the same closed forms are implemented
 * independently in TNO's {@code qkd_key_rate} package and in the Qrackling toolbox.
 * <p>
 * <b>Numerics.</b> The closed form of Q_lambda subtracts numbers close to 1 and loses all
 * precision at high loss (Q_lambda ~ 1e-13 at 500 km). It is evaluated here in the equivalent
 * form, every term non-negative,
 *
 * <pre>
 * u = 1 / (1 + x)^2,  v = 1 / (1 + y)^2,  x = eta_A lambda,  y = eta_B lambda,  z = x + y - eta_A eta_B lambda
 * P_A = u [Y0A + x (2 + x)],   P_B = v [Y0B + y (2 + y)]       (click probabilities)
 * d = eta_A eta_B lambda (1 + lambda) = (1 + x)(1 + y) - (1 + z)
 * C = d / [(1 + x)(1 + y)(1 + z)]
 * Q_lambda = P_A P_B + (1 - Y0A)(1 - Y0B) C [1 / (1 + z) + 1 / ((1 + x)(1 + y))]
 * E_lambda Q_lambda = e0 P_A P_B + C {2 e_d - e0 [(s + z) / (1 + z) + (s + x + y + x y) / ((1 + x)(1 + y))]}
 * </pre>
 *
 * with s = Y0A + Y0B - Y0A Y0B; both follow from the closed forms by exact algebra.
 *
 * @param etaA         overall transmittance eta_A from the source to a click at Alice, in [0, 1]
 * @param etaB         overall transmittance eta_B from the source to a click at Bob, in [0, 1]
 * @param y0A          Alice's background click probability per pulse, Y0A
 * @param y0B          Bob's background click probability per pulse, Y0B
 * @param misalignment e_d, the probability that a detected pair gives an error
 * @param lambda       half the mean number of pairs per pulse (the paper's lambda), &gt;= 0
 */
record EntangledPairLink(double etaA, double etaB, double y0A, double y0B, double misalignment, double lambda) {

	/** The error rate of a background click, e0 = 1/2. */
	static final double E0 = 0.5;

	/** Largest lambda used; far beyond any useful source (the key vanishes above lambda ~ 1). */
	static final double MAX_LAMBDA = 1e6;

	/** Clamps the inputs into their physical ranges (NaN becomes 0, lambda at most 1e6). */
	EntangledPairLink {
		etaA = probability(etaA);
		etaB = probability(etaB);
		y0A = probability(y0A);
		y0B = probability(y0B);
		misalignment = Math.min(probability(misalignment), E0);
		lambda = lambda > 0.0 ? Math.min(lambda, MAX_LAMBDA) : 0.0;
	}

	/**
	 * The link seen from a source that splits a channel of transmittance t into an arm of
	 * transmittance t^fraction towards Alice and t^(1 - fraction) towards Bob, both measured with
	 * detectors of efficiency etaD.
	 *
	 * @param channelTransmittance t of the whole Alice-Bob channel
	 * @param fraction             share of the channel's loss (in dB) on Alice's side, in [0, 1]
	 * @param detectorEfficiency   eta_d of every detector
	 * @param background           Y0 of every detector (dark counts plus channel noise)
	 * @param misalignment         e_d
	 * @param meanPairNumber       mean number of pairs per pulse, 2 lambda
	 */
	static EntangledPairLink split(double channelTransmittance, double fraction, double detectorEfficiency,
			double background, double misalignment, double meanPairNumber) {
		double t = probability(channelTransmittance);
		double f = Math.min(1.0, Math.max(0.0, Double.isNaN(fraction) ? 0.0 : fraction));
		double eta = probability(detectorEfficiency);
		return new EntangledPairLink(eta * power(t, f), eta * power(t, 1.0 - f), background, background,
				misalignment, 0.5 * meanPairNumber);
	}

	/** t^e for t in [0, 1] and e in [0, 1], with 0^0 = 1 (an arm of no length has no loss). */
	private static double power(double t, double e) {
		if (e == 0.0) {
			return 1.0;
		}
		return t > 0.0 ? Math.exp(e * Math.log(t)) : 0.0;
	}

	/** The probability P_A that Alice's detectors click in a pulse. */
	double aliceClickProbability() {
		double x = etaA * lambda;
		return (y0A + x * (2.0 + x)) / square(1.0 + x);
	}

	/** The probability P_B that Bob's detectors click in a pulse. */
	double bobClickProbability() {
		double y = etaB * lambda;
		return (y0B + y * (2.0 + y)) / square(1.0 + y);
	}

	/** C = eta_A eta_B lambda (1 + lambda) / [(1 + x)(1 + y)(1 + z)], the pair-correlation term. */
	private double correlation() {
		double x = etaA * lambda;
		double y = etaB * lambda;
		double z = x + y - etaA * etaB * lambda;
		return etaA * etaB * lambda * (1.0 + lambda) / ((1.0 + x) * (1.0 + y) * (1.0 + z));
	}

	/** The gain Q_lambda: the probability that both Alice and Bob get a click in a pulse. */
	double gain() {
		double x = etaA * lambda;
		double y = etaB * lambda;
		double z = x + y - etaA * etaB * lambda;
		double coincidence = (1.0 - y0A) * (1.0 - y0B) * correlation()
				* (1.0 / (1.0 + z) + 1.0 / ((1.0 + x) * (1.0 + y)));
		return aliceClickProbability() * bobClickProbability() + coincidence;
	}

	/** The error gain E_lambda Q_lambda (never negative). */
	double errorGain() {
		double x = etaA * lambda;
		double y = etaB * lambda;
		double z = x + y - etaA * etaB * lambda;
		double s = y0A + y0B - y0A * y0B;
		double bracket = 2.0 * misalignment
				- E0 * ((s + z) / (1.0 + z) + (s + x + y + x * y) / ((1.0 + x) * (1.0 + y)));
		double eq = E0 * aliceClickProbability() * bobClickProbability() + correlation() * bracket;
		return eq > 0.0 ? eq : 0.0;
	}

	/** The quantum bit error rate E_lambda of the coincidences, in [0, 1/2] (1/2 if there are none). */
	double qber() {
		double q = gain();
		return q > 0.0 ? Math.min(E0, errorGain() / q) : E0;
	}

	private static double square(double a) {
		return a * a;
	}

	private static double probability(double p) {
		return p > 0.0 ? Math.min(p, 1.0) : 0.0;
	}
}
