/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.physics;

/**
 * Decoy-state estimates of the single-photon yield Y1 and error rate e1 of phase-randomised weak
 * coherent pulses, from the gains Q and error rates E measured at a signal intensity mu and two
 * weaker decoy intensities nu1 &gt; nu2 &gt;= 0 (asymptotic: the gains are exact expectation
 * values). Following X. Ma, B. Qi, Y. Zhao, H.-K. Lo, "Practical decoy state for quantum key
 * distribution", Phys. Rev. A 72, 012326 (2005), sections "vacuum + weak decoy state" and
 * "general case" with two weak decoys:
 *
 * <pre>
 * Y0  &gt;= Y0L = max(0, (nu1 Q_nu2 e^nu2 - nu2 Q_nu1 e^nu1) / (nu1 - nu2))
 * Y1  &gt;= Y1L = mu / ((nu1 - nu2)(mu - nu1 - nu2))
 *              * [Q_nu1 e^nu1 - Q_nu2 e^nu2 - (nu1^2 - nu2^2) / mu^2 (Q_mu e^mu - Y0L)]
 * e1  &lt;= e1U = (E_nu1 Q_nu1 e^nu1 - E_nu2 Q_nu2 e^nu2) / ((nu1 - nu2) Y1L)
 * </pre>
 *
 * valid for 0 &lt;= nu2 &lt; nu1 and nu1 + nu2 &lt; mu. With a vacuum decoy (nu2 = 0, Q_0 = Y0,
 * E_0 = e0 = 1/2) these reduce to the paper's vacuum + weak decoy bounds
 *
 * <pre>
 * Y1L = mu / (mu nu - nu^2) [Q_nu e^nu - Q_mu e^mu nu^2 / mu^2 - (mu^2 - nu^2) / mu^2 Y0]
 * e1U = (E_nu Q_nu e^nu - e0 Y0) / (Y1L nu)
 * </pre>
 *
 * Numerics: Q e^nu is evaluated as Q + Q expm1(nu) and differences of measured gains are taken
 * before the exponential factors are applied, so the Y0 terms (which cancel exactly in theory)
 * do not swamp the single-photon terms at high loss. Where no bound is possible (the intensities
 * violate the conditions, or the lower bound on Y1 is not positive) the estimate is Y1L = 0 and
 * e1U = 1/2, which gives no key.
 */
public final class DecoyStateBounds {

	/** Error rate of background (vacuum) counts, e0 = 1/2. */
	public static final double E0 = 0.5;

	/** An estimate that certifies nothing: Y1L = 0, e1U = 1/2. */
	public static final Estimate NONE = new Estimate(0.0, E0);

	/**
	 * Bounds on the single-photon contribution.
	 *
	 * @param yieldLower lower bound Y1L on the single-photon yield, &gt;= 0
	 * @param errorUpper upper bound e1U on the single-photon error rate, in [0, 1/2]
	 */
	public record Estimate(double yieldLower, double errorUpper) {

		/** Whether the estimate certifies any single-photon yield. */
		public boolean isUseful() {
			return yieldLower > 0.0 && errorUpper < E0;
		}
	}

	private DecoyStateBounds() {
	}

	/**
	 * Vacuum + one weak decoy (MQZL 2005, vacuum + weak decoy state).
	 *
	 * @param qMu gain of the signal pulses Q_mu
	 * @param qNu gain of the weak decoy pulses Q_nu
	 * @param eNu error rate of the weak decoy pulses E_nu
	 * @param y0  background yield Y0 (measured with the vacuum decoy)
	 * @param mu  signal mean photon number
	 * @param nu  weak decoy mean photon number, 0 &lt; nu &lt; mu
	 * @return the estimate, or {@link #NONE} where no bound is possible
	 */
	public static Estimate vacuumPlusWeak(double qMu, double qNu, double eNu, double y0, double mu, double nu) {
		return twoDecoys(qMu, qNu, eNu, y0, E0, mu, nu, 0.0);
	}

	/**
	 * Two decoys of intensities nu1 &gt; nu2 &gt;= 0 (MQZL 2005, general two-decoy bounds); nu2 = 0 is
	 * the vacuum + weak decoy case.
	 *
	 * @param qMu  gain of the signal pulses
	 * @param qNu1 gain of the stronger decoy
	 * @param eNu1 error rate of the stronger decoy
	 * @param qNu2 gain of the weaker decoy (Y0 for a vacuum decoy)
	 * @param eNu2 error rate of the weaker decoy (1/2 for a vacuum decoy)
	 * @param mu   signal mean photon number
	 * @param nu1  stronger decoy mean photon number
	 * @param nu2  weaker decoy mean photon number, 0 &lt;= nu2 &lt; nu1, nu1 + nu2 &lt; mu
	 * @return the estimate, or {@link #NONE} where no bound is possible
	 */
	public static Estimate twoDecoys(double qMu, double qNu1, double eNu1, double qNu2, double eNu2, double mu,
			double nu1, double nu2) {
		if (!(nu2 >= 0.0 && nu1 > nu2 && nu1 + nu2 < mu) || !Double.isFinite(mu)) {
			return NONE;
		}
		double y1 = yieldLower(qMu, qNu1, qNu2, mu, nu1, nu2);
		if (!(y1 > 0.0)) {
			return NONE;
		}
		double errorGain1 = eNu1 * qNu1;
		double errorGain2 = eNu2 * qNu2;
		// E_nu1 Q_nu1 e^nu1 - E_nu2 Q_nu2 e^nu2
		double errors = (errorGain1 - errorGain2) + errorGain1 * Math.expm1(nu1) - errorGain2 * Math.expm1(nu2);
		double e1 = errors / ((nu1 - nu2) * y1);
		if (!(e1 < E0)) {
			return new Estimate(y1, E0);
		}
		return new Estimate(y1, Math.max(0.0, e1));
	}

	/**
	 * The lower bound on the background yield from two decoys, Y0L (0 if not positive).
	 *
	 * @param qNu1 gain of the stronger decoy
	 * @param qNu2 gain of the weaker decoy
	 * @param nu1  stronger decoy intensity
	 * @param nu2  weaker decoy intensity, 0 &lt;= nu2 &lt; nu1
	 * @return Y0L; equal to qNu2 when nu2 = 0
	 */
	public static double backgroundYieldLower(double qNu1, double qNu2, double nu1, double nu2) {
		if (nu2 == 0.0) {
			return Math.max(0.0, qNu2);
		}
		// nu1 Q_nu2 e^nu2 - nu2 Q_nu1 e^nu1, with Q e^x = Q + Q expm1(x)
		double num = (nu1 * qNu2 - nu2 * qNu1) + nu1 * qNu2 * Math.expm1(nu2) - nu2 * qNu1 * Math.expm1(nu1);
		double y0 = num / (nu1 - nu2);
		return y0 > 0.0 ? y0 : 0.0;
	}

	private static double yieldLower(double qMu, double qNu1, double qNu2, double mu, double nu1, double nu2) {
		double y0 = backgroundYieldLower(qNu1, qNu2, nu1, nu2);
		// Q_nu1 e^nu1 - Q_nu2 e^nu2 (the Y0 parts cancel; take the difference of gains first)
		double decoys = (qNu1 - qNu2) + qNu1 * Math.expm1(nu1) - qNu2 * Math.expm1(nu2);
		// Q_mu e^mu - Y0L
		double signal = (qMu - y0) + qMu * Math.expm1(mu);
		double weight = (nu1 - nu2) * (nu1 + nu2) / (mu * mu);
		double y1 = mu / ((nu1 - nu2) * (mu - nu1 - nu2)) * (decoys - weight * signal);
		return y1 > 0.0 ? y1 : 0.0;
	}
}
