/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The indexed heap of events against a search for the earliest slot. */
class EventQueueTest {

	@Test
	void givesTheEarliestSlotThenTheLowest() {
		SplittableRandom random = new SplittableRandom(3);
		for (int size : new int[] { 1, 2, 3, 7, 40 }) {
			EventQueue queue = new EventQueue(size);
			double[] times = new double[size];
			java.util.Arrays.fill(times, Double.POSITIVE_INFINITY);
			for (int step = 0; step < 20_000; step++) {
				int slot = random.nextInt(size);
				double time = random.nextInt(10) == 0 ? Double.POSITIVE_INFINITY : random.nextInt(50);
				queue.schedule(slot, time);
				times[slot] = time;
				int earliest = 0;
				for (int k = 1; k < size; k++) {
					if (times[k] < times[earliest]) {
						earliest = k;
					}
				}
				assertEquals(earliest, queue.first(), "size " + size + " step " + step);
				assertEquals(times[earliest], queue.time(queue.first()));
			}
		}
	}
}
