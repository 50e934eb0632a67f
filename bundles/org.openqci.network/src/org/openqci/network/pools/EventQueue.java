/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import java.util.Arrays;

/**
 * The pending events of a simulation: a fixed set of slots (one per kind of event and demand or
 * link), each with the time of its next event or infinity, in an indexed binary heap, so that
 * rescheduling a slot allocates nothing. Events of the same time come in the order of their slots.
 */
final class EventQueue {

	private final double[] times;
	private final int[] heap;
	private final int[] positions;

	/** A queue of {@code slots} slots (at least 1), none scheduled. */
	EventQueue(int slots) {
		times = new double[slots];
		Arrays.fill(times, Double.POSITIVE_INFINITY);
		heap = new int[slots];
		positions = new int[slots];
		for (int k = 0; k < slots; k++) {
			heap[k] = k;
			positions[k] = k;
		}
	}

	/** The slot of the earliest event. */
	int first() {
		return heap[0];
	}

	/** The time of a slot's event, infinity if it has none. */
	double time(int slot) {
		return times[slot];
	}

	/** Schedules a slot's event at {@code time} (infinity: none), replacing what it had. */
	void schedule(int slot, double time) {
		double old = times[slot];
		if (time == old) {
			return;
		}
		times[slot] = time;
		if (time < old) {
			up(positions[slot]);
		} else {
			down(positions[slot]);
		}
	}

	private boolean earlier(int a, int b) {
		return times[a] < times[b] || times[a] == times[b] && a < b;
	}

	private void up(int index) {
		int slot = heap[index];
		int i = index;
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			int above = heap[parent];
			if (!earlier(slot, above)) {
				break;
			}
			heap[i] = above;
			positions[above] = i;
			i = parent;
		}
		heap[i] = slot;
		positions[slot] = i;
	}

	private void down(int index) {
		int slot = heap[index];
		int i = index;
		int size = heap.length;
		while (true) {
			int child = 2 * i + 1;
			if (child >= size) {
				break;
			}
			int below = heap[child];
			if (child + 1 < size && earlier(heap[child + 1], below)) {
				child++;
				below = heap[child];
			}
			if (!earlier(below, slot)) {
				break;
			}
			heap[i] = below;
			positions[below] = i;
			i = child;
		}
		heap[i] = slot;
		positions[slot] = i;
	}
}
