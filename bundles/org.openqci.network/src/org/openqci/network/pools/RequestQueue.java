/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

/** The arrival times of one demand's waiting requests, first in first out, in a growing ring. */
final class RequestQueue {

	private double[] arrivals = new double[16];
	private int head;
	private int size;

	boolean isEmpty() {
		return size == 0;
	}

	int size() {
		return size;
	}

	/** The arrival time of the first request; the queue must not be empty. */
	double first() {
		return arrivals[head];
	}

	void add(double arrival) {
		if (size == arrivals.length) {
			double[] grown = new double[2 * size];
			for (int k = 0; k < size; k++) {
				grown[k] = arrivals[(head + k) % size];
			}
			arrivals = grown;
			head = 0;
		}
		arrivals[(head + size) % arrivals.length] = arrival;
		size++;
	}

	/** Takes out the first request and returns its arrival time; the queue must not be empty. */
	double poll() {
		double arrival = arrivals[head];
		head = (head + 1) % arrivals.length;
		size--;
		return arrival;
	}
}
