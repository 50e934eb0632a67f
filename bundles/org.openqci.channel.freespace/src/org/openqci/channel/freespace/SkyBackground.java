/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.freespace;

/**
 * Background light from the sky that the receiver telescope sees in its field of view. The mean
 * number of background photons per detection window, inside the filter and before the detector's
 * efficiency, is
 * <pre>
 * n = H_sky Omega_fov A_rx d_lambda d_t eta_optics / (h c / lambda)
 * Omega_fov = 2 pi (1 - cos(theta / 2)) = 4 pi sin^2(theta / 4)   (cone of full angle theta)
 * A_rx = pi D_R^2 / 4
 * </pre>
 * the standard radiometric budget used for satellite links (e.g. Miao Er-Long et al., "Background
 * noise of satellite-to-ground quantum key distribution", New J. Phys. 7, 215 (2005), cited in the
 * literature both as Miao et al. and as Er-long et al.; its numbers could not be read here). H_sky
 * is the spectral radiance of the sky behind the transmitter in W/(m^2 sr nm), assumed flat over
 * the filter.
 *
 * <p>Typical values near 800 to 850 nm:
 * <ul>
 * <li>moonless night, dark site, zenith: about 6e-9 W/(m^2 sr nm), from the ESO sky model
 * (S. Noll et al., A&amp;A 543, A92 (2012)): I band about 19.7 mag/arcsec^2 at new moon, with
 * the I-band zero point 1.13e-11 W/(m^2 nm) of M. S. Bessell, F. Castelli, B. Plez, A&amp;A 333,
 * 231 (1998); about 3e-8 with a full moon 45 degrees away (I about 18.0 mag/arcsec^2);</li>
 * <li>a line of sight near the horizon at night is brighter (longer airglow path, scattered moon
 * and town light): 1e-7 is taken as a conservative night value and is the model's default;</li>
 * <li>clear day, horizon sky: "Measurements of spectral radiance of the horizon sky", Appl. Opt.
 * 6, 2105 (1967) report a typical noon peak of 5 uW/(cm^2 sr nm) = 0.05 W/(m^2 sr nm) in the
 * visible (up to 0.38); in the near infrared about half of that, of order 0.01 to 0.03.</li>
 * </ul>
 */
public final class SkyBackground {

	/** Planck's constant (J s), exact in the SI. */
	public static final double PLANCK = 6.62607015e-34;

	/** The speed of light (m/s), exact in the SI. */
	public static final double SPEED_OF_LIGHT = 299792458.0;

	private SkyBackground() {
	}

	/** The solid angle (sr) of a cone of full apex angle {@code fullAngle} (rad): 4 pi sin^2(theta / 4). */
	public static double solidAngle(double fullAngle) {
		double s = Math.sin(fullAngle / 4.0);
		return 4.0 * Math.PI * s * s;
	}

	/** The energy h c / lambda (J) of a photon of wavelength {@code wavelength} (m). */
	public static double photonEnergy(double wavelength) {
		return PLANCK * SPEED_OF_LIGHT / wavelength;
	}

	/**
	 * The mean number of background photons per detection window.
	 *
	 * @param radiance            sky spectral radiance H_sky (W/(m^2 sr nm))
	 * @param solidAngle          field of view Omega_fov (sr)
	 * @param area                receiver aperture area A_rx (m^2)
	 * @param bandwidthNm         filter bandwidth d_lambda (nm)
	 * @param window              detection window d_t (s)
	 * @param opticsTransmittance transmittance of the receiver optics eta_optics
	 * @param wavelength          wavelength (m)
	 */
	public static double noisePhotons(double radiance, double solidAngle, double area, double bandwidthNm,
			double window, double opticsTransmittance, double wavelength) {
		return radiance * solidAngle * area * bandwidthNm * window * opticsTransmittance / photonEnergy(wavelength);
	}
}
