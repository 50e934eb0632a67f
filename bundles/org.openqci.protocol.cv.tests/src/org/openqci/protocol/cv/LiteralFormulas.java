/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.cv;

/**
 * The GG02 formulas exactly as printed (Lodewyck et al. 2007, Fossier et al. 2009, collected by
 * Laudenbach et al. 2018; see {@link HolevoBound}), evaluated naively in doubles: the check that
 * the rearranged, cancellation-free evaluation is the same function. Accurate to about 1e-12
 * for moderate transmittances (T &gt;= 1e-3, V_A &lt;= 100); useless at long distance.
 */
final class LiteralFormulas {

	private LiteralFormulas() {
	}

	/** I_AB = (1/2) log2((V + chi_tot) / (1 + chi_tot)) (homodyne), without the 1/2 (heterodyne). */
	static double mutualInformation(boolean heterodyne, double va, double t, double xi, double eta, double vel) {
		double v = va + 1.0;
		double chiTot = (1.0 / t - 1.0 + xi) + chiDet(heterodyne, eta, vel) / t;
		double bits = log2((v + chiTot) / (1.0 + chiTot));
		return heterodyne ? bits : 0.5 * bits;
	}

	/** chi_BE = G(lambda1) + G(lambda2) - G(lambda3) - G(lambda4) from A, B, C, D. */
	static double holevo(boolean heterodyne, double va, double t, double xi, double eta, double vel) {
		double v = va + 1.0;
		double chiLine = 1.0 / t - 1.0 + xi;
		double chi = chiDet(heterodyne, eta, vel);
		double chiTot = chiLine + chi / t;
		double a = v * v * (1.0 - 2.0 * t) + 2.0 * t + t * t * (v + chiLine) * (v + chiLine);
		double b = t * t * (v * chiLine + 1.0) * (v * chiLine + 1.0);
		double sb = Math.sqrt(b);
		double c;
		double d;
		if (heterodyne) {
			double den = t * (v + chiTot);
			c = (a * chi * chi + b + 1.0 + 2.0 * chi * (v * sb + t * (v + chiLine)) + 2.0 * t * (v * v - 1.0))
					/ (den * den);
			d = (v + sb * chi) / den * ((v + sb * chi) / den);
		} else {
			c = (a * chi + v * sb + t * (v + chiLine)) / (t * (v + chiTot));
			d = sb * (v + sb * chi) / (t * (v + chiTot));
		}
		return g(eigen(a, b, 1)) + g(eigen(a, b, -1)) - g(eigen(c, d, 1)) - g(eigen(c, d, -1));
	}

	private static double chiDet(boolean heterodyne, double eta, double vel) {
		return heterodyne ? (1.0 + (1.0 - eta) + 2.0 * vel) / eta : (1.0 + vel) / eta - 1.0;
	}

	private static double eigen(double sum, double product, int sign) {
		return Math.sqrt(0.5 * (sum + sign * Math.sqrt(Math.max(sum * sum - 4.0 * product, 0.0))));
	}

	/** The textbook g(lambda) = ((lambda+1)/2) log2((lambda+1)/2) - ((lambda-1)/2) log2((lambda-1)/2). */
	private static double g(double lambda) {
		double plus = (lambda + 1.0) / 2.0;
		double minus = (lambda - 1.0) / 2.0;
		return minus > 0.0 ? plus * log2(plus) - minus * log2(minus) : 0.0;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2.0);
	}
}
