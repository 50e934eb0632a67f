/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

/**
 * The photon statistics of a source, which decide the security proofs that apply to it. A protocol
 * declares the statistics it supports ({@link ProtocolModel#supportedSources()}); the validator
 * rejects a link whose source it does not cover. What {@link SourceCharacteristics#signalIntensity()}
 * means depends on the statistics, as each constant says.
 */
public enum PhotonStatistics {
	/**
	 * Phase-randomised weak coherent pulses: Poisson photon number with the pulse's mean (the
	 * intensities are mean photon numbers).
	 */
	POISSONIAN,
	/** An ideal single-photon source: at most one photon per pulse (signal intensity = probability). */
	SINGLE_PHOTON,
	/**
	 * A spontaneous parametric down-conversion pair source: each pulse holds n photon pairs with
	 * the thermal (Bose-Einstein) distribution of mean lambda = signal intensity, the mean number
	 * of pairs per pulse.
	 */
	THERMAL,
	/**
	 * Coherent states whose quadratures are drawn from a centred Gaussian distribution, as in
	 * continuous-variable QKD (GG02). The signal intensity is the modulation variance V_A in
	 * shot-noise units.
	 */
	GAUSSIAN_MODULATED
}
