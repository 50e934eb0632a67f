/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

/**
 * The three intensities of the two-decoy BB84 protocol of Lim, Curty, Walenta, Xu, Zbinden, PRA 89,
 * 022307 (2014), Sec. II, and the probabilities with which Alice chooses them, with the
 * photon-number probabilities of its decoy analysis (after Eq. (2)):
 *
 * <pre>
 * tau_n = sum_k p_k e^(-k) k^n / n!      (probability that Alice sends n photons)
 * </pre>
 *
 * The bounds need mu1 &gt; mu2 + mu3, mu2 &gt; mu3 &gt;= 0 and p1, p2, p3 = 1 - p1 - p2 &gt; 0. The
 * asymptotic model is the limit p1 -&gt; 1, p2, p3 -&gt; 0+, where tau_n = e^(-mu1) mu1^n / n!; its
 * intensities are represented with p1 = 1, p2 = 0 (not valid for the finite key).
 *
 * @param mu1 the signal intensity
 * @param mu2 the weak decoy intensity
 * @param mu3 the weakest (vacuum) decoy intensity
 * @param p1  probability of mu1
 * @param p2  probability of mu2
 */
record ThreeIntensities(double mu1, double mu2, double mu3, double p1, double p2) {

	/** p3 = 1 - p1 - p2. */
	double p3() {
		return 1.0 - p1 - p2;
	}

	/** The intensities of the asymptotic limit p1 -&gt; 1, p2, p3 -&gt; 0+: p1 = 1, p2 = 0. */
	static ThreeIntensities signalLimit(double mu1, double mu2, double mu3) {
		return new ThreeIntensities(mu1, mu2, mu3, 1.0, 0.0);
	}

	/** Whether the intensities satisfy the conditions of the bounds (mu1 finite). */
	boolean intensitiesValid() {
		return mu3 >= 0.0 && mu2 > mu3 && mu1 > mu2 + mu3 && Double.isFinite(mu1);
	}

	/** Whether the intensities and probabilities satisfy the conditions of the finite-key bounds. */
	boolean isValid() {
		return intensitiesValid() && p1 > 0.0 && p2 > 0.0 && p1 + p2 < 1.0;
	}
}
