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
	 * A spontaneous parametric down-conversion pair source with thermal (multi-pair) emission. The
	 * signal intensity is the mean number of pairs per pulse: 2 lambda in X. Ma, C.-H. F. Fung,
	 * H.-K. Lo, PRA 76, 012307 (2007), whose polarisation-entangled state has two thermal modes of
	 * mean lambda each.
	 */
	THERMAL,
	/**
	 * Coherent states whose quadratures are drawn from a centred Gaussian distribution, as in
	 * continuous-variable QKD (GG02). The signal intensity is the modulation variance V_A in
	 * shot-noise units.
	 */
	GAUSSIAN_MODULATED
}
