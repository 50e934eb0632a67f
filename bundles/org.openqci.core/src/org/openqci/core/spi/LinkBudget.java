/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

/**
 * Everything a protocol model needs to know about one link at one sweep point: the chained
 * channel, the source and the detector.
 */
public record LinkBudget(ChannelBudget channel, SourceCharacteristics source, DetectorCharacteristics detector) {

	/** Overall transmittance from Alice's output to a click, eta = t_channel * eta_Bob. */
	public double overallTransmittance() {
		return channel.transmittance() * detector.efficiency();
	}

	/**
	 * Probability per gate of a background click (Y0): a dark count, or a detected noise photon of
	 * the channel, Y0 = 1 - (1 - p_dark) exp(-eta_Bob n_noise).
	 */
	public double backgroundProbability() {
		double noise = detector.efficiency() * channel.noisePhotons();
		if (!(noise > 0.0)) {
			return detector.darkCountProbability();
		}
		return 1.0 - (1.0 - detector.darkCountProbability()) * Math.exp(-noise);
	}
}
