/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

/**
 * What went into and out of one link's key pool over a simulation. Up to rounding, {@code
 * initialBits + generatedBits - discardedBits - consumedBits == finalBits}, and {@code
 * consumedBits} is the request size times {@code relayed}.
 *
 * @param link          the link's id
 * @param initialBits   the stock at the start, in bits
 * @param generatedBits the key the link generated, in bits
 * @param consumedBits  the key taken by served requests, in bits
 * @param discardedBits the key generated while the pool was full, in bits
 * @param finalBits     the stock at the end, in bits
 * @param relayed       how many served requests crossed the link
 */
public record LinkPoolStats(String link, double initialBits, double generatedBits, double consumedBits,
		double discardedBits, double finalBits, long relayed) {
}
