/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.satellite;

/**
 * The fraction of the power leaving a circular transmitter aperture that a circular receiver
 * aperture collects in the far field, for a Gaussian beam truncated by the transmitter aperture:
 * the diffraction model of SatQuMA (cnqo-qcomms/SatQuMA, {@code channel/diffraction}), which
 * evaluates the Fraunhofer integral numerically, here written in normalised form. With the
 * aperture field E(r) = exp(-r^2 / w^2) (w the 1/e^2 intensity radius of the beam), transmitter
 * radius a, receiver radius b, range L, wave number k = 2 pi / lambda, truncation alpha = a / w and
 * X = k a b / L,
 *
 * <pre>
 * U(u)   = int_0^1 s exp(-alpha^2 s^2) J0(X s u) ds             (far field at radius u b, Fraunhofer)
 * eta    = 4 X^2 alpha^2 int_0^1 u U(u)^2 du / (1 - exp(-2 alpha^2))
 * </pre>
 *
 * normalised to the power through the transmitter aperture, as SatQuMA does (the power the
 * aperture clips, exp(-2 alpha^2) of the beam, 13.5 % for alpha = 1, is not counted here: it
 * belongs to the intrinsic loss). Two limits check the integral (see the tests): for a receiver
 * much smaller than the beam it becomes the far-field on-axis gain of the truncated Gaussian of
 * B. J. Klein, J. J. Degnan, "Optical antenna gain. 1: Transmitting antennas", Appl. Opt. 13, 2134
 * (1974), g(alpha) = (2 / alpha^2) (1 - exp(-alpha^2))^2 (unobscured aperture, largest, 0.8145, at
 * alpha = 1.12):
 *
 * <pre>
 * eta -&gt; X^2 (1 - exp(-alpha^2))^2 / [2 alpha^2 (1 - exp(-2 alpha^2))] = X^2 g(alpha) / [4 (1 - exp(-2 alpha^2))]
 * </pre>
 *
 * and for uniform illumination (alpha -&gt; 0) it becomes Lord Rayleigh's encircled energy of the
 * Airy pattern, 1 - J0(X)^2 - J1(X)^2 (M. Born, E. Wolf, Principles of Optics, Sec. 8.5.2).
 * The far-field (Fraunhofer) form needs a transmitter Fresnel number a^2 / (lambda L) well below 1
 * (0.06 for SatQuMA's 0.15 m radius at 785 nm and 500 km). Both integrals use Gauss-Legendre rules
 * of order 20 + X + 2 alpha (up to 512 nodes), exact to about 1e-10 for smooth integrands of this
 * kind. Stateless and thread-safe.
 */
final class FarFieldDiffraction {

	private FarFieldDiffraction() {
	}

	/**
	 * The collected fraction eta, in [0, 1].
	 *
	 * @param transmitterRadius a in m (&gt; 0)
	 * @param beamRadius        w, the 1/e^2 intensity radius of the Gaussian at the transmitter, in m (&gt; 0)
	 * @param receiverRadius    b in m (&gt;= 0)
	 * @param range             L in m (&gt; 0)
	 * @param wavelength        lambda in m (&gt; 0)
	 */
	static double collected(double transmitterRadius, double beamRadius, double receiverRadius, double range,
			double wavelength) {
		double k = 2.0 * Math.PI / wavelength;
		double x = k * transmitterRadius * receiverRadius / range;
		double alpha = transmitterRadius / beamRadius;
		return collected(alpha, x);
	}

	/**
	 * The collected fraction for truncation alpha = a / w and X = k a b / L (normalised form).
	 */
	static double collected(double alpha, double x) {
		if (!(x > 0.0) || !(alpha > 0.0)) {
			return 0.0;
		}
		if (!(x < Double.POSITIVE_INFINITY)) {
			return 1.0;
		}
		GaussLegendre rule = GaussLegendre.atLeast(20.0 + x + 2.0 * alpha);
		int n = rule.order();
		double a2 = alpha * alpha;
		double[] g = new double[n];
		for (int i = 0; i < n; i++) {
			double s = rule.nodes[i];
			g[i] = rule.weights[i] * s * Math.exp(-a2 * s * s);
		}
		double outer = 0.0;
		for (int j = 0; j < n; j++) {
			double u = rule.nodes[j];
			double field = 0.0;
			double xu = x * u;
			for (int i = 0; i < n; i++) {
				field += g[i] * Bessel.j0(xu * rule.nodes[i]);
			}
			outer += rule.weights[j] * u * field * field;
		}
		// 4 X^2 alpha^2 / (1 - e^(-2 alpha^2)), written with expm1 for small alpha
		double eta = 4.0 * x * x * a2 * outer / -Math.expm1(-2.0 * a2);
		return eta > 0.0 ? Math.min(1.0, eta) : 0.0;
	}

	/**
	 * The half-angle divergence theta of the Gaussian beam with the same power and on-axis far-field
	 * intensity as the truncated beam (I(0) = 2 P / (pi theta^2 L^2)):
	 *
	 * <pre>
	 * theta = [2 / (k w)] sqrt(1 - exp(-2 alpha^2)) / (1 - exp(-alpha^2))
	 * </pre>
	 *
	 * which is lambda / (pi w) for an untruncated beam (alpha -&gt; infinity). Used for pointing
	 * jitter and beam broadening, where the receiver is small compared with the beam.
	 */
	static double equivalentDivergence(double transmitterRadius, double beamRadius, double wavelength) {
		double k = 2.0 * Math.PI / wavelength;
		double a2 = (transmitterRadius / beamRadius) * (transmitterRadius / beamRadius);
		return 2.0 / (k * beamRadius) * Math.sqrt(-Math.expm1(-2.0 * a2)) / -Math.expm1(-a2);
	}
}
