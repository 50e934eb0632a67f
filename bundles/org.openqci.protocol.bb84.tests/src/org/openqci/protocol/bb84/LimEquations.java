/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

/**
 * A second, deliberately plain implementation of Eqs. (1)-(5) of Lim, Curty, Walenta, Xu, Zbinden,
 * PRA 89, 022307 (2014) and of their Sec. IV system model, written from the paper with arrays and
 * loops, for the tests to compare the model with. No clamping beyond the paper's (negative bounds
 * count as 0, phi at most 1/2).
 */
final class LimEquations {

	/** The quantities of one evaluation at a fixed eps_sec. */
	record Bounds(double pulses, double sX0, double sX1, double sZ1, double vZ1, double phi, double lambdaEC,
			double qberX, double bracket) {
	}

	private LimEquations() {
	}

	static double h(double x) {
		return x <= 0 || x >= 1 ? 0 : -x * Math.log(x) / Math.log(2) - (1 - x) * Math.log(1 - x) / Math.log(2);
	}

	static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	/** gamma(a, b, c, d) of Eq. (5), as printed. */
	static double gamma(double a, double b, double c, double d) {
		double arg = (c + d) / (c * d * (1 - b) * b) * 21 * 21 / (a * a);
		return Math.sqrt((c + d) * (1 - b) * b / (c * d * Math.log(2)) * log2(arg));
	}

	/**
	 * The bounds for a dedicated fibre (Sec. IV): eta_sys, p_dc per detector, p_ap, e_mis; intensities
	 * mu[3], probabilities p[3]; q_x, n_X, eps_sec, eps_cor, f_EC.
	 */
	static Bounds evaluate(double etaSys, double pdc, double pap, double emis, double[] mu, double[] p, double qx,
			double nX, double epsSec, double epsCor, double fEC) {
		double[] r = new double[3];
		double[] e = new double[3];
		double sumR = 0;
		double sumE = 0;
		for (int k = 0; k < 3; k++) {
			double d = 1 - (1 - 2 * pdc) * Math.exp(-etaSys * mu[k]);
			r[k] = d * (1 + pap);
			e[k] = pdc + emis * (1 - Math.exp(-etaSys * mu[k])) + pap * d / 2;
			sumR += p[k] * r[k];
			sumE += p[k] * e[k];
		}
		double n = nX / (qx * qx * sumR);
		double[] nXk = new double[3];
		double[] nZk = new double[3];
		double[] mZk = new double[3];
		double nZ = 0;
		double mZ = 0;
		for (int k = 0; k < 3; k++) {
			nXk[k] = n * qx * qx * p[k] * r[k];
			nZk[k] = n * (1 - qx) * (1 - qx) * p[k] * r[k];
			mZk[k] = n * (1 - qx) * (1 - qx) * p[k] * e[k];
			nZ += nZk[k];
			mZ += mZk[k];
		}
		double ln = Math.log(21 / epsSec);
		double[] nXp = new double[3];
		double[] nXm = new double[3];
		double[] nZp = new double[3];
		double[] nZm = new double[3];
		double[] mZp = new double[3];
		double[] mZm = new double[3];
		for (int k = 0; k < 3; k++) {
			double f = Math.exp(mu[k]) / p[k];
			nXp[k] = f * (nXk[k] + Math.sqrt(nX / 2 * ln));
			nXm[k] = f * (nXk[k] - Math.sqrt(nX / 2 * ln));
			nZp[k] = f * (nZk[k] + Math.sqrt(nZ / 2 * ln));
			nZm[k] = f * (nZk[k] - Math.sqrt(nZ / 2 * ln));
			mZp[k] = f * (mZk[k] + Math.sqrt(mZ / 2 * ln));
			mZm[k] = f * (mZk[k] - Math.sqrt(mZ / 2 * ln));
		}
		double tau0 = 0;
		double tau1 = 0;
		for (int k = 0; k < 3; k++) {
			tau0 += p[k] * Math.exp(-mu[k]);
			tau1 += p[k] * Math.exp(-mu[k]) * mu[k];
		}
		double sX0 = Math.max(0, s0(tau0, mu, nXm, nXp));
		double sZ0 = Math.max(0, s0(tau0, mu, nZm, nZp));
		double sX1 = Math.max(0, s1(tau0, tau1, mu, nXm, nXp, sX0));
		double sZ1 = Math.max(0, s1(tau0, tau1, mu, nZm, nZp, sZ0));
		double vZ1 = Math.max(0, tau1 * (mZp[1] - mZm[2]) / (mu[1] - mu[2]));
		double phi = 0.5; // no single-photon key without single-photon events in both bases
		if (sX1 > 0 && sZ1 > 0) {
			double b = Math.min(0.5, vZ1 / sZ1);
			phi = Math.min(0.5, b + (b > 0 ? gamma(epsSec, b, sZ1, sX1) : 0));
		}
		double qber = sumE / sumR;
		double lambda = fEC * nX * h(qber);
		double bracket = sX0 + sX1 * (1 - h(phi)) - lambda - 6 * log2(21 / epsSec) - log2(2 / epsCor);
		return new Bounds(n, sX0, sX1, sZ1, vZ1, phi, lambda, qber, bracket);
	}

	/**
	 * The asymptotic key per pulse as it was computed with intensity probabilities p[3] (before the
	 * model became their limit p1 -&gt; 1): Eqs. (2)-(4) on the expected per-pulse counts
	 * n_k = q_x^2 p_k R_k, m_k = q_x^2 p_k e_k with e^k / p_k and tau_n = sum_k p_k e^(-k) k^n / n!,
	 * no fluctuations, R = s_0 + s_1 [1 - h(v_1 / s_1)] - f_EC h(E_X) sum_k n_k, at least 0.
	 */
	static double asymptotic(double etaSys, double pdc, double pap, double emis, double[] mu, double[] p, double qx,
			double fEC) {
		double sumR = 0;
		double sumE = 0;
		double[] n = new double[3];
		double[] m = new double[3];
		double tau0 = 0;
		double tau1 = 0;
		for (int k = 0; k < 3; k++) {
			double d = 1 - (1 - 2 * pdc) * Math.exp(-etaSys * mu[k]);
			double r = d * (1 + pap);
			double e = pdc + emis * (1 - Math.exp(-etaSys * mu[k])) + pap * d / 2;
			sumR += qx * qx * p[k] * r;
			sumE += qx * qx * p[k] * e;
			n[k] = Math.exp(mu[k]) / p[k] * (qx * qx * p[k] * r);
			m[k] = Math.exp(mu[k]) / p[k] * (qx * qx * p[k] * e);
			tau0 += p[k] * Math.exp(-mu[k]);
			tau1 += p[k] * Math.exp(-mu[k]) * mu[k];
		}
		double s0 = Math.max(0, s0(tau0, mu, n, n));
		double s1 = Math.max(0, s1(tau0, tau1, mu, n, n, s0));
		double v1 = Math.max(0, tau1 * (m[1] - m[2]) / (mu[1] - mu[2]));
		double phi = s1 > 0 ? Math.min(0.5, v1 / s1) : 0.5;
		return Math.max(0, s0 + s1 * (1 - h(phi)) - fEC * sumR * h(sumE / sumR));
	}

	private static double s0(double tau0, double[] mu, double[] nm, double[] np) {
		return tau0 * (mu[1] * nm[2] - mu[2] * np[1]) / (mu[1] - mu[2]);
	}

	private static double s1(double tau0, double tau1, double[] mu, double[] nm, double[] np, double s0) {
		double k = (mu[1] * mu[1] - mu[2] * mu[2]) / (mu[0] * mu[0]);
		return tau1 * mu[0] * (nm[1] - np[2] - k * (np[0] - s0 / tau0))
				/ (mu[0] * (mu[1] - mu[2]) - mu[1] * mu[1] + mu[2] * mu[2]);
	}
}
