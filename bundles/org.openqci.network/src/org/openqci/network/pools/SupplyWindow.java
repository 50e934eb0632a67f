/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

/**
 * A time window during which a link receives key, spread evenly over the window: a satellite
 * pass, say. Times are seconds from the start of the simulation (or of the period, for a
 * {@linkplain LinkSupply#period() repeating} supply).
 *
 * @param start when the window opens in s, at least 0
 * @param end   when it closes in s, after {@code start}
 * @param bits  the key it delivers in bits, at least 0
 */
public record SupplyWindow(double start, double end, double bits) {

	/** Checks the times and the key. */
	public SupplyWindow {
		Checks.nonNegative(start, "supply window", "start (s)");
		if (!(end > start) || Double.isInfinite(end)) {
			throw new IllegalArgumentException("supply window [" + start + ", " + end + ") s: end is not finite and after start");
		}
		Checks.nonNegative(bits, "supply window [" + start + ", " + end + ") s", "key (bits)");
	}

	/** The rate at which key arrives during the window, in bit/s. */
	public double bitsPerSecond() {
		return bits / (end - start);
	}
}
