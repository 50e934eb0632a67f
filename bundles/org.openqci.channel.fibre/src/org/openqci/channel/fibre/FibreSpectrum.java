/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.fibre;

/**
 * Attenuation of single-mode fibre against wavelength, selected by the {@code attenuationModel}
 * parameter. The two spectra follow the usual decomposition of silica fibre loss into Rayleigh
 * scattering, a wavelength-independent waveguide term, the infrared absorption edge of the Si-O
 * bond and the first overtone of the OH absorption:
 * <pre>
 * alpha(lambda) = A / lambda^4 + B + C exp(-D / lambda) + P exp(-(lambda - 1.383)^2 / (2 s^2))
 * </pre>
 * with lambda in um and alpha in dB/km. The infrared form and its exponent D = 48.48 um are those
 * of the GeO2-SiO2 core glass in G. Keiser, <i>Optical Fiber Communications</i> (ch. 3, after
 * Miya et al. and Osanai et al.; its prefactor there, 7.81e11 dB/km, is refitted here); the
 * ultraviolet edge is negligible above 1260 nm. A, B and C are fitted to representative values at
 * named wavelengths; the water peak P (full width 30 nm, s = 12.7 nm) is that of a low-water-peak
 * fibre, below the 1310 nm value as G.652.D requires.
 * <table>
 * <caption>Coefficients and values (dB/km)</caption>
 * <tr><th>model</th><th>A (dB um^4/km)</th><th>B</th><th>C</th><th>P</th>
 * <th>1310</th><th>1383</th><th>1490</th><th>1550</th><th>1625</th></tr>
 * <tr><td>G.652.D</td><td>0.9205</td><td>0.0174</td><td>5.03e11</td><td>0.03</td>
 * <td>0.330</td><td>0.299</td><td>0.208</td><td>0.190</td><td>0.205</td></tr>
 * <tr><td>pure silica core (G.654)</td><td>0.790</td><td>0.005</td><td>5.03e11</td><td>0.03</td>
 * <td>0.273</td><td>0.251</td><td>0.169</td><td>0.155</td><td>0.174</td></tr>
 * </table>
 * Anchors: for G.652.D, 0.33 at 1310 nm, 0.19 at 1550 nm and 0.205 at 1625 nm, inside the
 * maxima of current G.652.D datasheets (0.32 to 0.35, 0.18 to 0.20 and 0.20 to 0.23 dB/km;
 * cabled fibre is worse, ITU-T G.652 Appendix I assumes 0.21 to 0.275 dB/km at 1550 nm for link
 * design). The pure-silica-core fibre keeps the infrared edge and water peak, has a lower
 * Rayleigh coefficient (no germanium in the core) and a smaller waveguide term (B = 0.005 assumed);
 * A is set to give 0.155 dB/km at 1550 nm, typical of commercial ultra-low-loss fibre and
 * below the maxima of G.654.C fibre such as Corning SMF-28 ULL (0.31, 0.17 and 0.20 dB/km at 1310,
 * 1550 and 1625 nm); record fibres reach about 0.14 dB/km. The minimum lies near 1570 nm
 * (G.652.D, 0.188 dB/km) and 1563 nm (pure silica core, 0.154 dB/km). Bending loss, which raises
 * the L and U bands in cables, and hydrogen ageing are not modelled.
 */
enum FibreSpectrum {

	/** The {@code attenuation} parameter as given, at every wavelength (model 0). */
	GIVEN(0, 0, 0, 0),
	/** Standard single-mode fibre, ITU-T G.652.D (model 1). */
	G652D(0.9205, 0.0174, 5.03e11, 0.03),
	/** Ultra-low-loss pure-silica-core fibre, ITU-T G.654 (model 2). */
	PURE_SILICA_CORE(0.790, 0.005, 5.03e11, 0.03);

	/** Exponent of the infrared absorption edge (um). */
	static final double IR_EXPONENT = 48.48;
	/** Centre of the OH overtone absorption (um). */
	static final double OH_CENTRE = 1.383;
	/** Standard deviation of the OH peak (um): 30 nm full width at half maximum. */
	static final double OH_SIGMA = 0.030 / (2.0 * Math.sqrt(2.0 * Math.log(2.0)));

	private final double rayleigh;
	private final double constant;
	private final double infrared;
	private final double water;

	FibreSpectrum(double rayleigh, double constant, double infrared, double water) {
		this.rayleigh = rayleigh;
		this.constant = constant;
		this.infrared = infrared;
		this.water = water;
	}

	/** The spectrum of an {@code attenuationModel} value (0, 1 or 2; others are clamped). */
	static FibreSpectrum of(double model) {
		int m = (int) Math.round(model);
		return m <= 0 ? GIVEN : m == 1 ? G652D : PURE_SILICA_CORE;
	}

	/**
	 * The attenuation in dB/km at a wavelength.
	 *
	 * @param wavelengthNm the wavelength (nm)
	 * @param given        the {@code attenuation} parameter (dB/km), returned by {@link #GIVEN}
	 */
	double dbPerKm(double wavelengthNm, double given) {
		if (this == GIVEN) {
			return given;
		}
		double um = wavelengthNm * 1e-3;
		double d = um - OH_CENTRE;
		return rayleigh / (um * um * um * um) + constant + infrared * Math.exp(-IR_EXPONENT / um)
				+ water * Math.exp(-d * d / (2.0 * OH_SIGMA * OH_SIGMA));
	}
}
