/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.freespace;

/**
 * One horizontal free-space link between two telescopes, in the units of the channel's parameter
 * descriptors, and the factors of its mean transmittance:
 * <pre>
 * T = eta_geo * T_atm * T_optics
 * eta_geo  = 1 - exp(-2 (D_R / 2)^2 / w_eff^2)
 * w_eff^2  = W_LT^2 + 4 (sigma_p L)^2
 * W_LT^2   = w(L)^2 + 3.26 sigma_R^(12/5) L / k                 ({@link Turbulence})
 * w(L)^2   = w0^2 + (lambda L / (pi w0))^2, w0 = 0.31909 D_T     ({@link GaussianBeam})
 * T_atm    = exp(-sigma(V, lambda) L)                            ({@link AtmosphericExtinction})
 * T_optics = 10^(-opticalLoss / 10)
 * </pre>
 * <b>Pointing jitter.</b> A random pointing error of the transmitter, Gaussian with rms
 * sigma_p per axis, moves the beam centre at the receiver by a Gaussian displacement of variance
 * (sigma_p L)^2 per axis. Averaging the Gaussian long-term profile over it is a convolution of
 * Gaussians: the mean profile is again Gaussian with w_eff^2 = W_LT^2 + 4 (sigma_p L)^2, which is
 * exact in this model. For a receiver small against the beam the collected fraction becomes
 * (2 a^2 / W^2) W^2 / (W^2 + 4 sigma_p^2 L^2), the on-axis fraction times 1 / (1 + 4 sigma_p^2 L^2
 * / W^2): the mean A_0 gamma^2 / (1 + gamma^2), gamma = w_zeq / (2 sigma_s), of the Rayleigh-jitter
 * model of A. A. Farid, S. Hranilovic, J. Lightwave Technol. 25, 1702 (2007), whose equivalent
 * beam width w_zeq tends to W for small apertures.
 *
 * <p><b>Mean transmittance, no fade margin.</b> Scintillation and beam wander make the
 * instantaneous transmittance fluctuate, but they do not change its mean, which the long-term
 * beam gives. The model returns that mean. This suits a key-rate model whose protocol pools the
 * detections of a whole run: the single-photon yield Y_1 = 1 - (1 - Y_0)(1 - eta) is linear in
 * eta, so its average over the fading is the yield at the mean transmittance (the multi-photon
 * yields differ slightly). It does not describe short blocks, the outage of a fading link, or
 * post-selection on high-transmittance periods (which can help: Capraro et al., PRL 109, 200502
 * (2012)). No margin for a fade probability is subtracted.
 *
 * @param lengthKm             path length L (km)
 * @param wavelengthNm         wavelength lambda (nm)
 * @param transmitterAperture  transmitter aperture diameter D_T (m)
 * @param receiverAperture     receiver aperture diameter D_R (m)
 * @param visibilityKm         meteorological visibility V (km)
 * @param cn2                  refractive-index structure constant Cn2 (m^-2/3)
 * @param pointingJitterUrad   rms pointing jitter per axis sigma_p (urad)
 * @param opticalLossDb        lumped loss of both telescopes' internal optics (dB)
 * @param skyRadiance          sky spectral radiance H_sky (W/(m^2 sr nm))
 * @param fieldOfViewUrad      receiver field of view, full angle (urad)
 * @param filterBandwidthNm    receiver filter bandwidth (nm)
 * @param detectionWindowNs    detection window (ns)
 */
public record FreeSpaceLink(double lengthKm, double wavelengthNm, double transmitterAperture,
		double receiverAperture, double visibilityKm, double cn2, double pointingJitterUrad, double opticalLossDb,
		double skyRadiance, double fieldOfViewUrad, double filterBandwidthNm, double detectionWindowNs) {

	/** The path length in metres. */
	public double lengthM() {
		return lengthKm * 1e3;
	}

	/** The wavelength in metres. */
	public double wavelengthM() {
		return wavelengthNm * 1e-9;
	}

	/** The beam waist w0 (m). */
	public double waist() {
		return GaussianBeam.waistRadius(transmitterAperture);
	}

	/** The free-space (diffraction-only) squared beam radius w(L)^2 at the receiver (m^2). */
	public double diffractionRadiusSquared() {
		return GaussianBeam.radiusSquared(waist(), wavelengthM(), lengthM());
	}

	/** The plane-wave Rytov variance sigma_R^2 of the path. */
	public double rytovVariance() {
		return Turbulence.rytovVariance(cn2, Turbulence.wavenumber(wavelengthM()), lengthM());
	}

	/** The squared long-term beam radius W_LT^2 (m^2), diffraction and turbulence. */
	public double longTermRadiusSquared() {
		return Turbulence.longTermRadiusSquared(diffractionRadiusSquared(), rytovVariance(),
				Turbulence.wavenumber(wavelengthM()), lengthM());
	}

	/** The beam-wander variance &lt;r_c^2&gt; (m^2), contained in the long-term radius. */
	public double beamWanderVariance() {
		return Turbulence.beamWanderVariance(cn2, lengthM(), waist());
	}

	/** The squared radius w_eff^2 (m^2) of the mean profile: long-term beam and pointing jitter. */
	public double effectiveRadiusSquared() {
		double displacement = pointingJitterUrad * 1e-6 * lengthM();
		return longTermRadiusSquared() + 4.0 * displacement * displacement;
	}

	/** The mean fraction of the transmitted beam that the receiver aperture collects, eta_geo. */
	public double geometricTransmittance() {
		if (!(transmitterAperture > 0.0)) {
			return 0.0; // no beam leaves a closed transmitter
		}
		return GaussianBeam.collectedFraction(receiverAperture, effectiveRadiusSquared());
	}

	/** The transmittance exp(-sigma L) of the air along the path. */
	public double atmosphericTransmittance() {
		return Math.exp(-AtmosphericExtinction.extinctionPerKm(visibilityKm, wavelengthNm) * lengthKm);
	}

	/** The transmittance 10^(-opticalLoss / 10) of the telescopes' optics. */
	public double opticalTransmittance() {
		return Math.pow(10.0, -opticalLossDb / 10.0);
	}

	/** The mean transmittance of the link, eta_geo T_atm T_optics, in [0, 1]. */
	public double transmittance() {
		double t = geometricTransmittance() * atmosphericTransmittance() * opticalTransmittance();
		return t > 0.0 ? Math.min(t, 1.0) : 0.0;
	}

	/**
	 * The mean number of sky photons per detection window at the receiver's detectors, before their
	 * efficiency. The whole lumped {@code opticalLoss} attenuates it, i.e. the loss is taken to sit
	 * in the receiver: if part of it is the transmitter's, the noise is underestimated by that part.
	 */
	public double noisePhotons() {
		double area = Math.PI * receiverAperture * receiverAperture / 4.0;
		double n = SkyBackground.noisePhotons(skyRadiance, SkyBackground.solidAngle(fieldOfViewUrad * 1e-6), area,
				filterBandwidthNm, detectionWindowNs * 1e-9, opticalTransmittance(), wavelengthM());
		return n > 0.0 ? n : 0.0;
	}

	/** The diffraction-limited field of view 2.44 lambda / D_R (urad), the full angle of the Airy core. */
	public double diffractionLimitedFieldOfViewUrad() {
		return 2.44 * wavelengthM() / receiverAperture * 1e6;
	}
}
