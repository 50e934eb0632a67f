/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

import java.util.List;

/**
 * What a channel segment does to the quantum signal.
 *
 * @param transmittance fraction of photons that reach the end of the segment, in [0, 1]
 * @param noisePhotons  mean number of noise photons the segment delivers to the receiver per
 *                      detection window, inside the receiver's filter, before the detector's
 *                      efficiency (Raman scattering of classical channels, crosstalk, background
 *                      light); noise from earlier segments is attenuated by later ones
 */
public record ChannelBudget(double transmittance, double noisePhotons) {

	/** A lossless, noiseless channel. */
	public static final ChannelBudget IDEAL = new ChannelBudget(1.0, 0.0);

	/**
	 * The budget of segments joined end to end, in order from Alice to Bob: transmittances
	 * multiply, and the noise of each segment is attenuated by the segments after it.
	 */
	public static ChannelBudget chain(List<ChannelBudget> segments) {
		double t = 1.0;
		double noise = 0.0;
		for (ChannelBudget s : segments) {
			t *= s.transmittance();
			noise = noise * s.transmittance() + s.noisePhotons();
		}
		return new ChannelBudget(t, noise);
	}

	/** Total loss in dB. */
	public double lossDb() {
		return -10.0 * Math.log10(transmittance);
	}
}
