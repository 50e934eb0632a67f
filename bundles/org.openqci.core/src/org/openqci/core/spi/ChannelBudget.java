/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

import java.util.List;

/**
 * What a channel segment does to the quantum signal.
 *
 * @param transmittance        fraction of photons that reach the end of the segment, in [0, 1]
 * @param noiseProbability     probability per detector gate of a noise count the channel adds
 *                             (e.g. Raman scattering); counted like a dark count
 */
public record ChannelBudget(double transmittance, double noiseProbability) {

	/** A lossless, noiseless channel. */
	public static final ChannelBudget IDEAL = new ChannelBudget(1.0, 0.0);

	/** The budget of segments joined end to end: transmittances multiply, noise adds. */
	public static ChannelBudget chain(List<ChannelBudget> segments) {
		double t = 1.0;
		double noise = 0.0;
		for (ChannelBudget s : segments) {
			t *= s.transmittance();
			noise += s.noiseProbability();
		}
		return new ChannelBudget(t, noise);
	}

	/** Total loss in dB. */
	public double lossDb() {
		return -10.0 * Math.log10(transmittance);
	}
}
