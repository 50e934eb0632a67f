/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.mdi;

/**
 * The per-sender factors from which {@link MdiLink} builds gains: every gain of the Ma-Razavi model
 * is a sum of products f(Alice) g(Bob) of the functions
 *
 * <pre>
 * s^2, s^3, s^4, s^2 v, s^2 u, s^2 u^2, s^3 u, and s^n alpha^k (n = 2, 3; k &gt;= 1)
 * </pre>
 *
 * of {@link ArmPulse}. An instance holds these functions either at one pulse ({@link #values}),
 * or as decoy differences e^a f(a) at a weak intensity minus the same at a weaker one
 * ({@link #differences}). Because the gains are bilinear in the two senders' factors, inserting
 * differences for both senders gives the decoy "mixed second difference"
 *
 * <pre>
 * e^(a+b) Q(a, b) - e^(a+c') Q(a, c') - e^(c+b) Q(c, b) + e^(c+c') Q(c, c')
 *     = sum over n, m &gt;= 1 of (a^n - c^n)(b^m - c'^m) / (n! m!) Y_nm
 * </pre>
 *
 * term by term, as a sum of non-negative products: the yields of the pulses without photons, which
 * dominate at high loss and cancel exactly in theory, never enter the arithmetic. Differences of the
 * pure exponentials e^a s^n = e^(a (1 - n eta / 4)) use {@link Math#expm1}.
 */
final class ArmTerms {

	final double t2;
	final double t3;
	final double t4;
	final double t2v;
	final double t2u;
	final double t2uu;
	final double t3u;
	/** Coefficients and bases of the series terms c_n alpha^k (upper pulse minus lower pulse). */
	final double c2Upper;
	final double c3Upper;
	final double alphaUpper;
	final double c2Lower;
	final double c3Lower;
	final double alphaLower;

	private ArmTerms(double t2, double t3, double t4, double t2v, double t2u, double t2uu, double t3u,
			double c2Upper, double c3Upper, double alphaUpper, double c2Lower, double c3Lower, double alphaLower) {
		this.t2 = t2;
		this.t3 = t3;
		this.t4 = t4;
		this.t2v = t2v;
		this.t2u = t2u;
		this.t2uu = t2uu;
		this.t3u = t3u;
		this.c2Upper = c2Upper;
		this.c3Upper = c3Upper;
		this.alphaUpper = alphaUpper;
		this.c2Lower = c2Lower;
		this.c3Lower = c3Lower;
		this.alphaLower = alphaLower;
	}

	/** The factors at one pulse (for its gain). */
	static ArmTerms values(ArmPulse p) {
		double s2 = p.s() * p.s();
		double s3 = s2 * p.s();
		double u = p.u();
		return new ArmTerms(s2, s3, s2 * s2, s2 * p.v(), s2 * u, s2 * u * u, s3 * u, s2, s3, p.alpha(), 0.0, 0.0,
				0.0);
	}

	/**
	 * The decoy differences e^a f(a) - e^c f(c) of every factor between an upper pulse of intensity a
	 * and a lower pulse of intensity c &lt; a on the same arm.
	 */
	static ArmTerms differences(ArmPulse upper, ArmPulse lower) {
		double eta = upper.eta();
		double gap = upper.intensity() - lower.intensity();
		double c = lower.intensity();
		double wu = upper.weight();
		double wl = lower.weight();
		double su2 = upper.s() * upper.s();
		double sl2 = lower.s() * lower.s();
		double su3 = su2 * upper.s();
		double sl3 = sl2 * lower.s();
		double uu = upper.u();
		double ul = lower.u();
		return new ArmTerms(exponentialDifference(c, gap, 1.0 - 0.5 * eta),
				exponentialDifference(c, gap, 1.0 - 0.75 * eta), exponentialDifference(c, gap, 1.0 - eta),
				wu * su2 * upper.v() - wl * sl2 * lower.v(), wu * su2 * uu - wl * sl2 * ul,
				wu * su2 * uu * uu - wl * sl2 * ul * ul, wu * su3 * uu - wl * sl3 * ul, wu * su2, wu * su3,
				upper.alpha(), wl * sl2, wl * sl3, lower.alpha());
	}

	/** e^((c + gap) r) - e^(c r) = e^(c r) expm1(gap r). */
	private static double exponentialDifference(double c, double gap, double r) {
		return Math.exp(c * r) * Math.expm1(gap * r);
	}

	/**
	 * The series sum over k &gt;= 1 of A_k B_k / (w^k (k!)^2), where A_k = c_n alpha^k of Alice's
	 * factors (upper minus lower) and B_k the same of Bob's. With values (no lower pulse) and n = 2
	 * it is s_A^2 s_B^2 [I0(2x) - 1], and with n = 3, w = 4 it is s_A^3 s_B^3 [I0(x) - 1], where
	 * x = sqrt(alpha_A alpha_B). All terms are non-negative; the sum stops when a term no longer
	 * changes it.
	 */
	static double series(ArmTerms a, ArmTerms b, int n, double w) {
		double aUpper = n == 2 ? a.c2Upper : a.c3Upper;
		double aLower = n == 2 ? a.c2Lower : a.c3Lower;
		double bUpper = n == 2 ? b.c2Upper : b.c3Upper;
		double bLower = n == 2 ? b.c2Lower : b.c3Lower;
		double sum = 0.0;
		double denominator = 1.0;
		for (int k = 1; k <= 400; k++) {
			aUpper *= a.alphaUpper;
			aLower *= a.alphaLower;
			bUpper *= b.alphaUpper;
			bLower *= b.alphaLower;
			denominator *= w * k * k;
			double term = (aUpper - aLower) * (bUpper - bLower) / denominator;
			sum += term;
			if (!(term > 1e-17 * sum)) {
				break;
			}
		}
		return sum;
	}
}
