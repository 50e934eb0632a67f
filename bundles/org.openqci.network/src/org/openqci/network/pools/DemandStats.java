/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

/**
 * How one demand fared over a simulation. Every request is served, refused or still waiting:
 * {@code requests == served + refused + waiting}. Latencies are those of the served requests
 * (waiting time plus hops &times; hop latency), in s; the percentiles are exact (nearest rank:
 * the p-quantile of n sorted latencies is the ceil(p n)-th); all are NaN if none was served.
 *
 * @param demand                 the demand's id
 * @param requests               the requests issued
 * @param served                 the requests served
 * @param refused                the requests refused (timed out, or no route)
 * @param waiting                the requests still waiting at the end
 * @param servedBits             the key delivered, in bits
 * @param requestedBitsPerSecond the rate the demand requests, in bit/s
 * @param offeredBitsPerSecond   the rate its requests actually asked for: requests &times;
 *                               request size / duration, in bit/s
 * @param servedBitsPerSecond    the rate delivered: served bits / duration, in bit/s
 * @param latencyMean            the mean latency
 * @param latencyP50             the median latency
 * @param latencyP95             the 95th-percentile latency
 * @param latencyMax             the largest latency
 */
public record DemandStats(String demand, long requests, long served, long refused, long waiting, double servedBits,
		double requestedBitsPerSecond, double offeredBitsPerSecond, double servedBitsPerSecond, double latencyMean,
		double latencyP50, double latencyP95, double latencyMax) {
}
