/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

/** Photon-number statistics of a source's pulses, which decides which protocols can use it. */
public enum PhotonStatistics {
	/** Phase-randomised weak coherent pulses: Poisson photon number with the pulse's mean. */
	POISSONIAN,
	/** An ideal single-photon source: at most one photon per pulse. */
	SINGLE_PHOTON
}
