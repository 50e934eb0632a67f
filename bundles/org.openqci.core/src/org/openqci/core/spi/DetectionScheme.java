/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

/**
 * How a receiver measures the light: counting photons (discrete-variable protocols) or measuring
 * field quadratures against a local oscillator (continuous-variable protocols). A protocol
 * declares the schemes it supports ({@link ProtocolModel#supportedDetection()}).
 */
public enum DetectionScheme {
	/** Threshold single-photon detectors (SPAD, SNSPD): click or no click per gate. */
	PHOTON_COUNTING,
	/** One balanced homodyne detector: measures one quadrature, chosen at random per pulse. */
	HOMODYNE,
	/**
	 * Heterodyne detection (two balanced homodyne detectors behind a balanced beam splitter):
	 * measures both quadratures of every pulse, each with one unit of extra vacuum noise.
	 */
	HETERODYNE
}
