/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.freespace;

/**
 * Diffraction of the transmitted beam, modelled as a collimated TEM00 Gaussian beam, and the
 * fraction of it that a circular receiver aperture collects. Lengths in metres; radii are 1/e^2
 * intensity radii.
 *
 * <h2>Waist from the transmitter aperture</h2>
 * A real transmitter truncates its Gaussian beam at the aperture of radius a = D_T / 2. Klein and
 * Degnan (B. J. Klein, J. J. Degnan, "Optical antenna gain. 1: Transmitting antennas", Appl. Opt.
 * 13, 2134 (1974)) give the far-field on-axis gain of a Gaussian of waist w truncated at a, relative
 * to the uniformly lit aperture 4 pi A / lambda^2 (our derivation, which reproduces their result; the
 * equation number there is not confirmed here):
 * <pre>
 * g(alpha) = (2 / alpha^2) (1 - exp(-alpha^2))^2,   alpha = a / w
 * </pre>
 * maximal where exp(alpha^2) = 1 + 2 alpha^2, at alpha = 1.1209 with g = 0.81453 (their optimum
 * alpha = 1.12, g = 0.8145). An untruncated Gaussian of waist w0 has g = 2 w0^2 / a^2 instead. This
 * model takes the untruncated Gaussian with the same far-field on-axis intensity as the optimally
 * truncated beam:
 * <pre>
 * w0 = (D_T / 2) sqrt(g_max / 2) = 0.31909 D_T
 * </pre>
 * so that far from the transmitter it reproduces the Friis-type budget
 * T = g_max (pi D_T D_R / (4 lambda L))^2 of a real, optimally filled transmitter (see
 * {@link #farFieldTransmittance}). The common simpler choice w0 = D_T / 2 (alpha = 1) would, as an
 * untruncated beam, overestimate the far-field transmittance of that aperture by the factor
 * 2 / g(1) = 2.50 (4.0 dB). Truncation and diffraction rings near the
 * transmitter are not modelled; the loss of the truncation (about 8 % at the optimum) belongs to
 * the {@code opticalLoss} of the link.
 *
 * <h2>Propagation and collection</h2>
 * Standard Gaussian-beam optics (e.g. A. E. Siegman, "Lasers" (University Science Books, 1986),
 * ch. 17; L. C. Andrews, R. L. Phillips, "Laser Beam Propagation through Random Media", 2nd ed.
 * (SPIE Press, 2005)):
 * <pre>
 * z_R = pi w0^2 / lambda
 * w(L)^2 = w0^2 (1 + (L / z_R)^2) = w0^2 + (lambda L / (pi w0))^2
 * eta(D_R, w) = 1 - exp(-2 (D_R / 2)^2 / w^2)
 * </pre>
 * the last being the power of the Gaussian intensity profile (2 P / (pi w^2)) exp(-2 r^2 / w^2)
 * inside a centred circle of radius D_R / 2.
 */
public final class GaussianBeam {

	/**
	 * alpha^2 = (a / w)^2 of the optimally truncated Gaussian: the root of exp(x) = 1 + 2 x (Klein
	 * and Degnan 1974 give alpha = 1.12).
	 */
	public static final double OPTIMUM_TRUNCATION_SQUARED = 1.2564312086261697;

	/** The far-field on-axis gain factor g of the optimally truncated Gaussian (Klein and Degnan: 0.8145). */
	public static final double OPTIMUM_GAIN = 0.8145287551781477;

	/** w0 / D_T = sqrt(g_max / 2) / 2. */
	public static final double WAIST_PER_APERTURE = 0.5 * Math.sqrt(OPTIMUM_GAIN / 2.0);

	private GaussianBeam() {
	}

	/** The waist radius w0 (m) of the beam leaving a transmitter aperture of diameter {@code diameter} (m). */
	public static double waistRadius(double diameter) {
		return WAIST_PER_APERTURE * diameter;
	}

	/** The Rayleigh range z_R = pi w0^2 / lambda (m). */
	public static double rayleighRange(double waist, double wavelength) {
		return Math.PI * waist * waist / wavelength;
	}

	/**
	 * The squared beam radius w(L)^2 = w0^2 + (lambda L / (pi w0))^2 (m^2) at distance {@code length};
	 * infinite for a zero waist at a positive distance.
	 */
	public static double radiusSquared(double waist, double wavelength, double length) {
		if (!(waist > 0.0)) {
			return length > 0.0 ? Double.POSITIVE_INFINITY : 0.0;
		}
		double spread = wavelength * length / (Math.PI * waist);
		return waist * waist + spread * spread;
	}

	/**
	 * The fraction 1 - exp(-2 (D/2)^2 / w^2) of a centred Gaussian beam of squared radius
	 * {@code radiusSquared} that a circular aperture of diameter {@code diameter} collects; 0 for a
	 * zero aperture or an infinite beam, 1 for a zero beam and a finite aperture.
	 */
	public static double collectedFraction(double diameter, double radiusSquared) {
		if (!(diameter > 0.0)) {
			return 0.0;
		}
		if (!(radiusSquared > 0.0)) {
			return 1.0;
		}
		return -Math.expm1(-diameter * diameter / (2.0 * radiusSquared));
	}

	/**
	 * The far-field (L much larger than z_R, D_R much smaller than w(L)) transmittance of the
	 * optimally truncated transmitter: g_max (pi D_T D_R / (4 lambda L))^2, the Friis budget with
	 * transmit gain g_max (pi D_T / lambda)^2 and receive area pi D_R^2 / 4.
	 */
	public static double farFieldTransmittance(double transmitterDiameter, double receiverDiameter,
			double wavelength, double length) {
		double x = Math.PI * transmitterDiameter * receiverDiameter / (4.0 * wavelength * length);
		return OPTIMUM_GAIN * x * x;
	}
}
