/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.freespace;

/**
 * Extinction (scattering and absorption) of clear air, haze and fog from the meteorological
 * visibility, after I. I. Kim, B. McArthur, E. Korevaar, "Comparison of laser beam propagation at
 * 785 nm and 1550 nm in fog and haze for optical wireless communications", Proc. SPIE 4214, 26
 * (2001). The extinction coefficient in 1/km is
 * <pre>
 * sigma(V, lambda) = (3.91 / V) (lambda / 550 nm)^(-q)
 * </pre>
 * with V the visibility in km (the distance at which a black object's contrast falls to 2 %:
 * 3.91 = -ln 0.02, Koschmieder's law at 550 nm) and Kim's size-distribution exponent
 * <pre>
 * q = 1.6               V &gt; 50 km
 *     1.3               6 km &lt; V &lt;= 50 km
 *     0.16 V + 0.34     1 km &lt; V &lt;= 6 km
 *     V - 0.5           0.5 km &lt; V &lt;= 1 km
 *     0                 V &lt;= 0.5 km
 * </pre>
 * (the first two branches are Kruse's; Kim replaced Kruse's 0.585 V^(1/3) below 6 km). The
 * attenuation in dB/km is 10 log10(e) sigma = 4.343 sigma, and over a path of L km the
 * transmittance is exp(-sigma L). Equation numbers in the paper are not confirmed here; the
 * piecewise q was checked against several independent implementations. Above V = 50 km the
 * formula extrapolates a fit to hazy-air data: a mountain-top path above the inversion layer may
 * have V of a few hundred kilometres (molecular Rayleigh scattering alone, about 0.012 /km at sea
 * level and 550 nm, limits V to roughly 330 km there, and to more at altitude).
 */
public final class AtmosphericExtinction {

	/** Koschmieder's constant -ln(0.02) as rounded by Kim et al. */
	public static final double KOSCHMIEDER = 3.91;

	/** The reference wavelength of visibility, 550 nm. */
	public static final double REFERENCE_WAVELENGTH_NM = 550.0;

	/** dB per neper of power: 10 / ln 10. */
	public static final double DB_PER_NEPER = 10.0 / Math.log(10.0);

	private AtmosphericExtinction() {
	}

	/** Kim's exponent q for a visibility {@code visibilityKm} (km). */
	public static double kimExponent(double visibilityKm) {
		double v = visibilityKm;
		if (v > 50.0) {
			return 1.6;
		}
		if (v > 6.0) {
			return 1.3;
		}
		if (v > 1.0) {
			return 0.16 * v + 0.34;
		}
		if (v > 0.5) {
			return v - 0.5;
		}
		return 0.0;
	}

	/** The extinction coefficient sigma (1/km) at the visibility (km) and wavelength (nm). */
	public static double extinctionPerKm(double visibilityKm, double wavelengthNm) {
		return KOSCHMIEDER / visibilityKm
				* Math.pow(wavelengthNm / REFERENCE_WAVELENGTH_NM, -kimExponent(visibilityKm));
	}

	/** The attenuation (dB/km) at the visibility (km) and wavelength (nm): 4.343 sigma. */
	public static double attenuationDbPerKm(double visibilityKm, double wavelengthNm) {
		return DB_PER_NEPER * extinctionPerKm(visibilityKm, wavelengthNm);
	}
}
