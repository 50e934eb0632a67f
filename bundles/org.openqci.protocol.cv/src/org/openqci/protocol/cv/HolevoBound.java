/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.cv;

/**
 * The Holevo bound chi_BE on Eve's information about Bob's measurement (reverse reconciliation,
 * collective attacks, Gaussian optimality), with Bob's detector noise trusted: Eve holds the
 * purification of the state before Bob's detector but not the detector's loss and electronic
 * noise. Formulas of J. Lodewyck et al., Phys. Rev. A 76, 042305 (2007) (homodyne) and S. Fossier
 * et al., J. Phys. B 42, 114014 (2009) (heterodyne), collected by F. Laudenbach et al., Adv.
 * Quantum Technol. 1, 1800011 (2018); with the notation of {@link Gg02Link}:
 *
 * <pre>
 * chi_BE = G((lambda1 - 1)/2) + G((lambda2 - 1)/2) - G((lambda3 - 1)/2) - G((lambda4 - 1)/2)   (lambda5 = 1)
 * lambda1,2^2 = [A +- sqrt(A^2 - 4B)] / 2,   lambda3,4^2 = [C +- sqrt(C^2 - 4D)] / 2
 * A = V^2 (1 - 2T) + 2T + T^2 (V + chi_line)^2,   B = T^2 (V chi_line + 1)^2
 * homodyne:   C = [A chi_hom + V sqrt(B) + T (V + chi_line)] / [T (V + chi_tot)]
 *             D = sqrt(B) [V + sqrt(B) chi_hom] / [T (V + chi_tot)]
 * heterodyne: C = [A chi_het^2 + B + 1 + 2 chi_het (V sqrt(B) + T (V + chi_line)) + 2T (V^2 - 1)] / [T (V + chi_tot)]^2
 *             D = [(V + sqrt(B) chi_het) / (T (V + chi_tot))]^2
 * </pre>
 *
 * lambda1,2 are the symplectic eigenvalues of the state of Alice's EPR mode and the channel output
 * (the entanglement-based picture), lambda3,4 those of Alice's mode and the detector's noise modes
 * conditioned on Bob's result. The same formulas are implemented in the qosst-skr library
 * (Y. Pietri et al., QOSST project), which served as the second source.
 * <p>
 * <b>Evaluation.</b> Written as above, chi_BE is a difference of O(1) entropies that is O(T) at
 * long distance, and lambda2, lambda4 sit a hair above 1: in doubles the key's relative error
 * grows as about 1e-13 / T (3e-6 at T = 1e-8, 10 % at T = 1e-12, i.e. 600 km of fibre). This class evaluates the same quantities in forms without cancellation, exact
 * rearrangements of the formulas above (checked against them at 160-digit precision for T from
 * 1e-25 to 1). With a = V, b = T (V_A + xi) + 1, c^2 = T V_A (V_A + 2) (so A = a^2 + b^2 - 2c^2,
 * sqrt(B) = ab - c^2 = lambda1 lambda2), d = b - 1 and chi_det = chi_hom or chi_het:
 *
 * <pre>
 * X = 4T (V+1) xi / [p + sqrt(p^2 + 4T (V+1) xi)],  p = V + 1 - d     (root of X^2 + 2pX = 4T (V+1) xi)
 * Sigma = 2 (V+1) + X,   lambda2 - 1 = X / 2,   lambda1 - 1 = V_A [2 (V+1)(1-T) + X] / Sigma
 * m = lambda1^2 - 1,   Q = lambda2^2 - 1,   k = b + chi_det
 * P = a lambda1 lambda2 - b lambda1^2 = -2 (a-b) c^2 lambda1 / Sigma
 * (lambda3^2 - 1)(lambda4^2 - 1) = chi_hom m Q / k                            (homodyne)
 *                                = (chi_het^2 - 1) m Q / k^2                  (heterodyne)
 * lambda3^2 + lambda4^2 - 1 - lambda1^2 = U = (chi_hom Q + P) / k             (homodyne)
 *   = [chi_het^2 Q + m Q + (a - b lambda1)(a + b lambda1) + 2 chi_het P] / k^2 (heterodyne)
 * a - b lambda1 = -T [2 (V+1)(V_A (a-b) + V xi) + V (V_A + xi) X] / Sigma
 * </pre>
 *
 * so lambda4^2 - 1 is the small root of z^2 - (m + U) z + (the product) and lambda3^2 - lambda1^2 =
 * U - (lambda4^2 - 1). When lambda3 is far below lambda1 (T V_A &gt;&gt; 1, where lambda1^2 + U
 * would cancel), lambda3,4 come from C and D directly, which are sums of positive terms there. The
 * entropy difference of the two large eigenvalues uses {@link BosonicEntropy#difference}.
 *
 * @param bits    chi_BE in bits per symbol
 * @param lambda1 the larger symplectic eigenvalue of the state before detection
 * @param lambda2 the smaller one (1 without excess noise)
 * @param lambda3 the larger symplectic eigenvalue of the conditional state
 * @param lambda4 the smaller one (1 for an ideal detector)
 */
record HolevoBound(double bits, double lambda1, double lambda2, double lambda3, double lambda4) {

	/** The bound of a link where nothing is transmitted. */
	static final HolevoBound NONE = new HolevoBound(0.0, 1.0, 1.0, 1.0, 1.0);

	/** Eve's Holevo information about Bob's result on the given link. */
	static HolevoBound of(Gg02Link link) {
		if (!link.transmits()) {
			return NONE;
		}
		double va = link.modulationVariance();
		double t = link.transmittance();
		double xi = link.excessNoise();
		double chi = link.detectionNoise();
		double v = va + 1.0;

		// The state before detection: a = V, b = 1 + d, c^2 = T (V^2 - 1).
		double d = t * (va + xi);
		double a = v;
		double b = 1.0 + d;
		double c2 = t * va * (va + 2.0);
		double p = v + 1.0 - d;
		double q = 4.0 * t * (v + 1.0) * xi;
		double x = p > 0.0 ? q / (p + Math.sqrt(p * p + q)) : Math.sqrt(p * p + q) - p;
		double sigma = 2.0 * (v + 1.0) + x;
		double l1m1 = va * (2.0 * (v + 1.0) * (1.0 - t) + x) / sigma;
		double l1 = 1.0 + l1m1;
		double l2m1 = 0.5 * x;
		double l2 = 1.0 + l2m1;
		double m = l1m1 * (l1 + 1.0);
		double qq = l2m1 * (l2 + 1.0);
		double aMinusB = va * (1.0 - t) - t * xi;
		double pp = -2.0 * aMinusB * c2 * l1 / sigma;
		double k = b + chi;

		// The conditional state: lambda3^2 + lambda4^2 = lambda1^2 + 1 + u, product of (lambda^2 - 1) = prod.
		double u;
		double prod;
		if (link.heterodyne()) {
			double chiMinus1 = 2.0 * (1.0 - link.efficiency() + link.electronicNoise()) / link.efficiency();
			double aMinusBl1 = -t * (2.0 * (v + 1.0) * (va * aMinusB + v * xi) + v * (va + xi) * x) / sigma;
			u = (chi * chi * qq + m * qq + aMinusBl1 * (a + b * l1) + 2.0 * chi * pp) / (k * k);
			prod = chiMinus1 * (chi + 1.0) * m * qq / (k * k);
		} else {
			u = (chi * qq + pp) / k;
			prod = chi * m * qq / k;
		}
		double sum = m + u;
		double t4 = sum > 0.0 ? 2.0 * prod / (sum + Math.sqrt(Math.max(sum * sum - 4.0 * prod, 0.0))) : 0.0;
		double s = u - t4; // lambda3^2 - lambda1^2
		double l3;
		double l3m1;
		double large;
		if (s >= -0.75 * l1 * l1) {
			l3 = Math.sqrt(Math.max(l1 * l1 + s, 1.0));
			double gap = -s / (l1 + l3); // lambda1 - lambda3
			l3m1 = Math.max(l1m1 - gap, 0.0);
			large = BosonicEntropy.difference(0.5 * l1m1, 0.5 * l3m1, 0.5 * gap);
		} else {
			double delta = l1 * l2;
			double delta2 = l1 * l1 + l2 * l2;
			double cc;
			double dd;
			if (link.heterodyne()) {
				cc = (chi * chi * delta2 + delta * delta + 1.0 + 2.0 * chi * (a * delta + b) + 2.0 * c2) / (k * k);
				double r = (a + delta * chi) / k;
				dd = r * r;
			} else {
				cc = (chi * delta2 + a * delta + b) / k;
				dd = delta * (a + delta * chi) / k;
			}
			double l3sq = Math.max(0.5 * (cc + Math.sqrt(Math.max(cc * cc - 4.0 * dd, 0.0))), 1.0);
			t4 = l3sq > 1.0 ? prod / (l3sq - 1.0) : 0.0;
			l3 = Math.sqrt(l3sq);
			l3m1 = l3 - 1.0;
			large = BosonicEntropy.difference(0.5 * l1m1, 0.5 * l3m1, 0.5 * (l1 - l3));
		}
		double l4m1 = t4 / (Math.sqrt(1.0 + t4) + 1.0);
		double bits = large + BosonicEntropy.g(0.5 * l2m1) - BosonicEntropy.g(0.5 * l4m1);
		return new HolevoBound(bits, l1, l2, l3, 1.0 + l4m1);
	}
}
