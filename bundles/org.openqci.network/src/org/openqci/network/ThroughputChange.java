/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

import java.util.Objects;

/**
 * The throughput between two nodes before and after a node or link is taken out of the network.
 *
 * @param before the throughput in the whole network
 * @param after  the throughput without the node or link (0 bit/s if an end was taken out)
 */
public record ThroughputChange(Throughput before, Throughput after) {

	/** Checks that both are between the same two nodes. */
	public ThroughputChange {
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
		if (!before.from().equals(after.from()) || !before.to().equals(after.to())) {
			throw new IllegalArgumentException("before is between " + before.from() + " and " + before.to()
					+ ", after between " + after.from() + " and " + after.to());
		}
	}

	/** The id of one end. */
	public String from() {
		return before.from();
	}

	/** The id of the other end. */
	public String to() {
		return before.to();
	}

	/** The change of key rate in bit/s, after minus before (negative for a loss). */
	public double difference() {
		return after.bitsPerSecond() - before.bitsPerSecond();
	}

	/** The change of key per day in bits, after minus before. */
	public double differencePerDay() {
		return difference() * Throughput.SECONDS_PER_DAY;
	}
}
