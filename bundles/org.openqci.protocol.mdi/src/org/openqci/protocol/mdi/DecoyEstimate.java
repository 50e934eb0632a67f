/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.mdi;

/**
 * Bounds on the single-photon-pair yield and error rate of MDI-QKD from a signal and two decoy
 * intensities per sender, asymptotically (the gains are exact expectation values). Alice sends
 * mu &gt; nu &gt; omega &gt;= 0, Bob k mu, k nu, k omega; both bases use all three. With the
 * generating function Q~(a, b) = e^(a+b) Q(a, b) = sum_{n,m} a^n b^m / (n! m!) Y_nm of a basis and
 * the mixed second differences
 *
 * <pre>
 * S_nu = Q~(nu, k nu) - Q~(nu, k omega) - Q~(omega, k nu) + Q~(omega, k omega)
 *      = sum_{n,m &gt;= 1} (nu^n - omega^n) k^m (nu^m - omega^m) / (n! m!) Y_nm     (S_mu likewise)
 * </pre>
 *
 * every term but (1,1) of (mu - omega)^2 (mu + omega) S_nu - (nu - omega)^2 (nu + omega) S_mu is
 * non-positive, because (nu^j - omega^j) / (mu^j - omega^j) decreases with j, so
 *
 * <pre>
 * Y11 &gt;= Y11L = [(mu - omega)^2 (mu + omega) S_nu - (nu - omega)^2 (nu + omega) S_mu]
 *              / [k (mu - omega)^2 (nu - omega)^2 (mu - nu)]
 * e11 &lt;= e11U = T_nu / [k (nu - omega)^2 Y11L,X]
 * </pre>
 *
 * where T_nu is S_nu of the diagonal error gains E Q. With a vacuum decoy (omega = 0) and k = 1 this
 * is the vacuum + weak decoy estimate Y11L = [mu^3 S_nu - nu^3 S_mu] / [mu^2 nu^2 (mu - nu)],
 * e11U = T_nu / (nu^2 Y11L) of F. Xu, M. Curty, B. Qi, H.-K. Lo, "Practical aspects of
 * measurement-device-independent quantum key distribution", New J. Phys. 15, 113007 (2013),
 * section on the finite decoy-state analysis (derived here in the same way; the paper's equation
 * numbers could not be checked). The key uses the rectilinear Y11L, the error bound the diagonal
 * one. The differences are evaluated by {@link ArmTerms#differences} without cancellation.
 *
 * @param yieldZ      Y11L from the rectilinear basis (0 if no bound)
 * @param yieldX      Y11L from the diagonal basis (0 if no bound)
 * @param errorUpper  e11U, in [0, 1/2] (1/2 if no bound)
 */
record DecoyEstimate(double yieldZ, double yieldX, double errorUpper) {

	/** An estimate that certifies nothing. */
	static final DecoyEstimate NONE = new DecoyEstimate(0.0, 0.0, MdiLink.E0);

	/**
	 * The estimate for Alice's intensities mu &gt; nu &gt; omega &gt;= 0 and Bob's k times them; {@link #NONE}
	 * where the intensities do not allow one.
	 */
	static DecoyEstimate of(MdiLink link, double mu, double nu, double omega, double k) {
		if (!(omega >= 0.0 && nu > omega && mu > nu && k > 0.0) || !Double.isFinite(mu * k)) {
			return NONE;
		}
		ArmPulse aliceOmega = link.alice(omega);
		ArmPulse bobOmega = link.bob(k * omega);
		ArmTerms aliceNu = ArmTerms.differences(link.alice(nu), aliceOmega);
		ArmTerms bobNu = ArmTerms.differences(link.bob(k * nu), bobOmega);
		ArmTerms aliceMu = ArmTerms.differences(link.alice(mu), aliceOmega);
		ArmTerms bobMu = ArmTerms.differences(link.bob(k * mu), bobOmega);

		double wNu = square(mu - omega) * (mu + omega);
		double wMu = square(nu - omega) * (nu + omega);
		double norm = k * square(mu - omega) * square(nu - omega) * (mu - nu);

		double yieldZ = positive((wNu * link.rectilinear(aliceNu, bobNu).gain()
				- wMu * link.rectilinear(aliceMu, bobMu).gain()) / norm);
		MdiLink.Coincidences diagonalNu = link.diagonal(aliceNu, bobNu);
		double yieldX = positive((wNu * diagonalNu.gain() - wMu * link.diagonal(aliceMu, bobMu).gain()) / norm);
		double error = MdiLink.E0;
		if (yieldX > 0.0) {
			double e = diagonalNu.errorGain(link.misalignment()) / (k * square(nu - omega) * yieldX);
			error = e < MdiLink.E0 ? Math.max(0.0, e) : MdiLink.E0;
		}
		return new DecoyEstimate(yieldZ, yieldX, error);
	}

	/** Whether the estimate certifies a single-photon-pair contribution. */
	boolean isUseful() {
		return yieldZ > 0.0 && errorUpper < MdiLink.E0;
	}

	private static double square(double x) {
		return x * x;
	}

	private static double positive(double x) {
		return x > 0.0 ? x : 0.0;
	}
}
