/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.cv;

/**
 * The von Neumann entropy of a thermal mode, the building block of Gaussian-state entropies: a
 * mode with symplectic eigenvalue lambda (variance in shot-noise units) holds n = (lambda - 1) / 2
 * thermal photons and the entropy
 *
 * <pre>
 * G(n) = (n + 1) log2(n + 1) - n log2(n) = g(lambda)
 *      = ((lambda + 1) / 2) log2((lambda + 1) / 2) - ((lambda - 1) / 2) log2((lambda - 1) / 2)
 * </pre>
 *
 * (Laudenbach et al., Adv. Quantum Technol. 1, 1800011 (2018); A. Serafini, F. Illuminati, S. De
 * Siena, J. Phys. B 37, L21 (2004)). The callers pass n, computed without forming lambda - 1, so
 * that eigenvalues a hair above 1 keep their precision.
 */
final class BosonicEntropy {

	private static final double LN2 = Math.log(2.0);

	/** Below this photon number G(n) = n (1 - ln n) / ln 2 to double precision. */
	private static final double TINY = 1e-200;

	private BosonicEntropy() {
	}

	/**
	 * G(n) in bits, written as [ln(1 + n) + n ln(1 + 1/n)] / ln 2, which keeps full relative
	 * precision from n = 0 to huge n.
	 *
	 * @param n thermal photon number (lambda - 1) / 2; n &lt;= 0 gives 0
	 */
	static double g(double n) {
		if (!(n > 0.0)) {
			return 0.0;
		}
		if (n < TINY) {
			return n * (1.0 - Math.log(n)) / LN2;
		}
		return (Math.log1p(n) + n * Math.log1p(1.0 / n)) / LN2;
	}

	/**
	 * G(n1) - G(n2) for two photon numbers given with their difference dn = n1 - n2 (which the
	 * caller computes without cancellation). The exact rearrangement
	 *
	 * <pre>
	 * G(n1) - G(n2) = [dn ln(1 + 1/n1) + n2 ln(1 - dn / ((n2 + 1) n1)) + ln(1 + dn / (n2 + 1))] / ln 2
	 * </pre>
	 *
	 * has no cancellation between large terms, so the difference keeps its relative precision
	 * when n1 and n2 are large and close (the long-distance regime, where both are about V_A / 2
	 * and differ by O(T)).
	 */
	static double difference(double n1, double n2, double dn) {
		if (!(Math.min(n1, n2) > 1e-6)) {
			return g(n1) - g(n2);
		}
		return (dn * Math.log1p(1.0 / n1) + n2 * Math.log1p(-dn / ((n2 + 1.0) * n1)) + Math.log1p(dn / (n2 + 1.0)))
				/ LN2;
	}
}
