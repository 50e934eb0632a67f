/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.freespace;

/**
 * Optical turbulence on a horizontal path of constant refractive-index structure constant Cn2
 * (m^-2/3), Kolmogorov spectrum, infinite outer and zero inner scale. Formulas from L. C. Andrews,
 * R. L. Phillips, "Laser Beam Propagation through Random Media", 2nd ed. (SPIE Press, 2005),
 * cited below as A&amp;P (the book's equation and chapter numbers could not be confirmed here; each
 * formula was checked against a second source as noted). SI units: k = 2 pi / lambda in 1/m, L in m, radii in m.
 *
 * <ul>
 * <li>Rytov variance of a plane wave (A&amp;P), the usual measure of the fluctuation strength (weak
 * below 1, strong above):
 * <pre>sigma_R^2 = 1.23 Cn2 k^(7/6) L^(11/6)</pre>
 * and of a spherical wave, beta_0^2 = 0.5 Cn2 k^(7/6) L^(11/6).</li>
 * <li>Long-term (time-averaged) beam radius of a collimated Gaussian beam (A&amp;P, the form for
 * strong fluctuations):
 * <pre>W_LT^2 = W^2 (1 + 1.63 sigma_R^(12/5) Lambda),  Lambda = 2 L / (k W^2)
 *        = W^2 + 3.26 sigma_R^(12/5) L / k</pre>
 * with W the free-space radius at the receiver. It contains beam wander and small-scale
 * broadening, and equals W^2 + 38.1 (L / (k r_0))^2 with the spherical-wave Fried parameter
 * r_0 = (0.423 (3/8) k^2 Cn2 L)^(-3/5); the form W^2 + 2 (4 L / (k r_0))^2 = W^2 + 32 (L / (k r_0))^2
 * of F. Dios, J. A. Rubio, A. Rodriguez, A. Comeron, Appl. Opt. 43, 3866 (2004), checked in the
 * tests, agrees to 19 % in the broadening.</li>
 * <li>Beam-wander variance of a collimated beam of waist W_0 (A&amp;P, infinite outer scale):
 * <pre>&lt;r_c^2&gt; = 2.42 Cn2 L^3 W_0^(-1/3)</pre>
 * reported for information: the long-term radius already contains it.</li>
 * </ul>
 * The mean irradiance, and hence the long-term radius, is a second-order field moment, which the
 * extended Huygens-Fresnel treatment gives at any fluctuation strength; the weak-fluctuation form
 * W^2 (1 + 1.33 sigma_R^2 Lambda^(5/6)) is not used because horizontal links of tens of kilometres
 * have sigma_R^2 of order 10 to 1000.
 */
public final class Turbulence {

	private Turbulence() {
	}

	/** The optical wavenumber k = 2 pi / lambda (1/m) for a wavelength in metres. */
	public static double wavenumber(double wavelength) {
		return 2.0 * Math.PI / wavelength;
	}

	/** The plane-wave Rytov variance sigma_R^2 = 1.23 Cn2 k^(7/6) L^(11/6). */
	public static double rytovVariance(double cn2, double wavenumber, double length) {
		return 1.23 * cn2 * Math.pow(wavenumber, 7.0 / 6.0) * Math.pow(length, 11.0 / 6.0);
	}

	/** The spherical-wave Rytov variance beta_0^2 = 0.5 Cn2 k^(7/6) L^(11/6). */
	public static double sphericalRytovVariance(double cn2, double wavenumber, double length) {
		return 0.5 * cn2 * Math.pow(wavenumber, 7.0 / 6.0) * Math.pow(length, 11.0 / 6.0);
	}

	/**
	 * The squared long-term beam radius W_LT^2 = W^2 + 3.26 sigma_R^(12/5) L / k.
	 *
	 * @param radiusSquared the squared free-space beam radius W^2 at the receiver (m^2)
	 * @param rytovVariance the plane-wave Rytov variance sigma_R^2 of the path
	 */
	public static double longTermRadiusSquared(double radiusSquared, double rytovVariance, double wavenumber,
			double length) {
		return radiusSquared + 3.26 * Math.pow(rytovVariance, 1.2) * length / wavenumber;
	}

	/** The beam-wander variance &lt;r_c^2&gt; = 2.42 Cn2 L^3 W_0^(-1/3) (m^2) of a collimated beam of waist W_0. */
	public static double beamWanderVariance(double cn2, double length, double waist) {
		if (!(waist > 0.0)) {
			return cn2 > 0.0 && length > 0.0 ? Double.POSITIVE_INFINITY : 0.0;
		}
		return 2.42 * cn2 * length * length * length / Math.cbrt(waist);
	}
}
