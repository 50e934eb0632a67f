/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import java.util.List;

/**
 * The times at which a link's supply rate changes (its windows opening and closing, repeated
 * every period), walked through in order.
 */
final class SupplySchedule {

	private final double steady;
	private final double[] starts;
	private final double[] ends;
	private final double[] rates;
	private final double period;
	private int index;
	private long cycle;
	private boolean open;

	SupplySchedule(LinkSupply supply) {
		steady = supply.steadyBitsPerSecond();
		List<SupplyWindow> windows = supply.windows();
		starts = new double[windows.size()];
		ends = new double[windows.size()];
		rates = new double[windows.size()];
		for (int k = 0; k < starts.length; k++) {
			starts[k] = windows.get(k).start();
			ends[k] = windows.get(k).end();
			rates[k] = windows.get(k).bitsPerSecond();
		}
		period = supply.period();
	}

	/** The rate in bit/s before the first change. */
	double initialRate() {
		return steady;
	}

	/** The time of the next change in s, infinity if there is none. */
	double nextChange() {
		if (index >= starts.length) {
			return Double.POSITIVE_INFINITY;
		}
		return cycle * period + (open ? ends[index] : starts[index]);
	}

	/** Makes the next change and returns the rate in bit/s after it. */
	double change() {
		if (!open) {
			open = true;
			return steady + rates[index];
		}
		open = false;
		index++;
		if (index == starts.length && period > 0) {
			index = 0;
			cycle++;
		}
		return steady;
	}
}
