/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import java.util.Arrays;

/**
 * The key pools of all links, brought up to date lazily: between two updates a pool fills at its
 * current rate and saturates at the capacity, the excess counted as discarded.
 */
final class LinkPools {

	private final double capacity;
	private final double[] stock;
	private final double[] rate;
	private final double[] updated;
	private final double[] generated;
	private final double[] consumed;
	private final double[] discarded;
	private final long[] relayed;

	/** {@code links} pools of {@code capacity} bits, each holding {@code initial} bits at time 0. */
	LinkPools(int links, double capacity, double initial) {
		this.capacity = capacity;
		stock = new double[links];
		Arrays.fill(stock, initial);
		rate = new double[links];
		updated = new double[links];
		generated = new double[links];
		consumed = new double[links];
		discarded = new double[links];
		relayed = new long[links];
	}

	/** The stock of pool {@code link} at time {@code time} (not before its last update), in bits. */
	double stockAt(int link, double time) {
		double elapsed = time - updated[link];
		if (elapsed > 0) {
			double added = rate[link] * elapsed;
			if (added > 0) {
				generated[link] += added;
				double filled = stock[link] + added;
				if (filled > capacity) {
					discarded[link] += filled - capacity;
					filled = capacity;
				}
				stock[link] = filled;
			}
			updated[link] = time;
		}
		return stock[link];
	}

	/** The current fill rate of pool {@code link}, in bit/s. */
	double rate(int link) {
		return rate[link];
	}

	/** Sets the fill rate of pool {@code link} from {@code time} on. */
	void setRate(int link, double time, double bitsPerSecond) {
		stockAt(link, time);
		rate[link] = bitsPerSecond;
	}

	/** Takes {@code bits} from pool {@code link}, already brought up to date, for one request. */
	void consume(int link, double bits) {
		stock[link] -= bits;
		consumed[link] += bits;
		relayed[link]++;
	}

	double generated(int link) {
		return generated[link];
	}

	double consumed(int link) {
		return consumed[link];
	}

	double discarded(int link) {
		return discarded[link];
	}

	long relayed(int link) {
		return relayed[link];
	}
}
