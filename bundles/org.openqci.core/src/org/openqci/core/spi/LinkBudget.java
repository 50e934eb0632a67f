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

	/** Probability per gate of a background click: detector dark counts plus channel noise (Y0). */
	public double backgroundProbability() {
		return detector.darkCountProbability() + channel.noiseProbability();
	}
}
