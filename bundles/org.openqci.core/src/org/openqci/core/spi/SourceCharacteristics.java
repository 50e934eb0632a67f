/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

/**
 * What a source model tells the protocol about the pulses it emits.
 *
 * @param repetitionRateHz  pulses per second
 * @param statistics        photon-number statistics of each pulse
 * @param signalIntensity   mean photon number of signal pulses (for a single-photon source, the
 *                          probability that a pulse holds a photon)
 * @param decoyIntensity    mean photon number of the weak decoy pulses (0 if the source has none)
 * @param vacuumIntensity   mean photon number of the vacuum decoy (normally 0)
 */
public record SourceCharacteristics(double repetitionRateHz, PhotonStatistics statistics, double signalIntensity,
		double decoyIntensity, double vacuumIntensity) {
}
