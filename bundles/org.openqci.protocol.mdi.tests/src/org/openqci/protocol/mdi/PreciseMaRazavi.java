/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.mdi;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The Ma-Razavi gains written exactly as in the paper (X. Ma, M. Razavi, PRA 86, 062319 (2012),
 * Appendix; F. Xu et al., NJP 15, 113007 (2013), Appendix), evaluated in 48-digit decimal
 * arithmetic, so that the catastrophic cancellations of the printed form do not matter. The
 * reference against which the double-precision rearrangements of {@link MdiLink} are tested.
 */
final class PreciseMaRazavi {

	private static final MathContext MC = new MathContext(48);
	private static final BigDecimal TWO = BigDecimal.valueOf(2);
	private static final BigDecimal FOUR = BigDecimal.valueOf(4);

	private PreciseMaRazavi() {
	}

	/**
	 * {Q_C, Q_E} of the rectilinear basis and {Q_C, Q_E} of the diagonal basis for arm
	 * transmittances etaA, etaB, intensities muA, muB and per-detector dark count pd.
	 */
	static double[] gains(double etaA, double muA, double etaB, double muB, double pd) {
		BigDecimal[] g = preciseGains(etaA, muA, etaB, muB, pd);
		return new double[] { g[0].doubleValue(), g[1].doubleValue(), g[2].doubleValue(), g[3].doubleValue() };
	}

	/**
	 * The decoy mixed second differences e^(a+b) Q(a, b) - e^(a+c') Q(a, c') - e^(c+b) Q(c, b)
	 * + e^(c+c') Q(c, c') in 48 digits, of each of the four gains of {@link #gains}.
	 */
	static double[] mixedDifferences(double etaA, double etaB, double pd, double muA, double muB, double lowA,
			double lowB) {
		BigDecimal[] upper = weighted(etaA, muA, etaB, muB, pd);
		BigDecimal[] mixedA = weighted(etaA, muA, etaB, lowB, pd);
		BigDecimal[] mixedB = weighted(etaA, lowA, etaB, muB, pd);
		BigDecimal[] lower = weighted(etaA, lowA, etaB, lowB, pd);
		double[] s = new double[4];
		for (int i = 0; i < 4; i++) {
			s[i] = upper[i].subtract(mixedA[i]).subtract(mixedB[i]).add(lower[i]).doubleValue();
		}
		return s;
	}

	private static BigDecimal[] weighted(double etaA, double muA, double etaB, double muB, double pd) {
		BigDecimal w = exp(bd(muA).add(bd(muB)));
		BigDecimal[] g = preciseGains(etaA, muA, etaB, muB, pd);
		for (int i = 0; i < 4; i++) {
			g[i] = w.multiply(g[i], MC);
		}
		return g;
	}

	private static BigDecimal[] preciseGains(double etaA, double muA, double etaB, double muB, double pd) {
		BigDecimal a = bd(etaA).multiply(bd(muA), MC); // eta_a mu_a
		BigDecimal b = bd(etaB).multiply(bd(muB), MC);
		BigDecimal d = bd(pd);
		BigDecimal p = BigDecimal.ONE.subtract(d);
		BigDecimal muPrime = a.add(b);
		BigDecimal xSquared = a.multiply(b, MC).divide(FOUR, MC); // x^2 = eta_a mu_a eta_b mu_b / 4
		BigDecimal i0x = besselI0(xSquared.divide(FOUR, MC)); // I0(x): series in (x/2)^2
		BigDecimal i02x = besselI0(xSquared); // I0(2x): series in x^2
		BigDecimal eHalf = exp(muPrime.negate().divide(TWO, MC)); // e^(-mu'/2)
		BigDecimal p2 = p.multiply(p, MC);
		BigDecimal y = p.multiply(exp(muPrime.negate().divide(FOUR, MC)), MC);
		BigDecimal y2 = y.multiply(y, MC);
		BigDecimal zRight = TWO.multiply(p2).multiply(eHalf, MC)
				.multiply(BigDecimal.ONE.subtract(p.multiply(exp(a.negate().divide(TWO, MC)), MC)), MC)
				.multiply(BigDecimal.ONE.subtract(p.multiply(exp(b.negate().divide(TWO, MC)), MC)), MC);
		BigDecimal zWrong = TWO.multiply(d).multiply(p2, MC).multiply(eHalf, MC)
				.multiply(i02x.subtract(p.multiply(eHalf, MC)), MC);
		BigDecimal xRight = TWO.multiply(y2).multiply(y2.subtract(TWO.multiply(y).multiply(i0x, MC)).add(i02x), MC);
		BigDecimal xWrong = TWO.multiply(y2)
				.multiply(BigDecimal.ONE.add(y2).subtract(TWO.multiply(y).multiply(i0x, MC)), MC);
		return new BigDecimal[] { zRight, zWrong, xRight, xWrong };
	}

	/** sum_k t^k / (k!)^2, i.e. I0(2 sqrt(t)). */
	private static BigDecimal besselI0(BigDecimal t) {
		BigDecimal sum = BigDecimal.ONE;
		BigDecimal term = BigDecimal.ONE;
		for (int k = 1; k < 400; k++) {
			term = term.multiply(t, MC).divide(BigDecimal.valueOf((long) k * k), MC);
			sum = sum.add(term, MC);
			if (term.signum() == 0 || term.abs().compareTo(sum.abs().scaleByPowerOfTen(-52)) < 0) {
				break;
			}
		}
		return sum;
	}

	/** e^x by halving x until it is small, the Taylor series, and squaring back. */
	private static BigDecimal exp(BigDecimal x) {
		int halvings = 0;
		BigDecimal r = x;
		while (r.abs().compareTo(new BigDecimal("0.01")) > 0) {
			r = r.divide(TWO, MC);
			halvings++;
		}
		BigDecimal sum = BigDecimal.ONE;
		BigDecimal term = BigDecimal.ONE;
		for (int k = 1; k < 30; k++) {
			term = term.multiply(r, MC).divide(BigDecimal.valueOf(k), MC);
			sum = sum.add(term, MC);
		}
		for (int i = 0; i < halvings; i++) {
			sum = sum.multiply(sum, MC);
		}
		return sum;
	}

	private static BigDecimal bd(double v) {
		return new BigDecimal(v);
	}
}
