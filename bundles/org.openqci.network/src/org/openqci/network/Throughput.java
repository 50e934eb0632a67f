/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

import java.util.List;
import java.util.Objects;

/**
 * The end-to-end key rate between two nodes under one routing, if they alone use the network,
 * with the links that carry it and the links that limit it.
 *
 * @param from          the id of one end
 * @param to            the id of the other end
 * @param routing       how the key is relayed
 * @param bitsPerSecond the key rate delivered end to end in bit/s (0 if no route has key)
 * @param links         the links that carry key, each with the rate it carries: for
 *                      {@link Routing#MAX_FLOW} one maximum flow (others may exist) in the
 *                      network's order of links; for single-path routing the route's links in
 *                      order from {@code from}; parallel links between two nodes share what
 *                      passes between them in proportion to their key rates
 * @param bottlenecks   the ids of the links that limit the rate: for {@link Routing#MAX_FLOW} a
 *                      minimum cut (the one nearest {@code from}), whose key rates add up to
 *                      {@code bitsPerSecond}; for single-path routing the links of the route's
 *                      lowest-rate hops; in the network's order of links for the one, along
 *                      the route for the other; empty if the ends are not connected
 * @param route         for single-path routing the ids of the nodes along the route, from
 *                      {@code from} to {@code to}; empty for {@link Routing#MAX_FLOW} and if
 *                      there is no route
 */
public record Throughput(String from, String to, Routing routing, double bitsPerSecond, List<LinkLoad> links,
		List<String> bottlenecks, List<String> route) {

	/** Seconds in a day, to turn a rate in bit/s into key per day. */
	public static final double SECONDS_PER_DAY = 86_400;

	/** Checks the ends and the rate and copies the lists. */
	public Throughput {
		Checks.reference(from, "throughput", "from node");
		Checks.reference(to, "throughput", "to node");
		Objects.requireNonNull(routing, "routing");
		Checks.nonNegative(bitsPerSecond, "throughput " + from + "-" + to, "rate (bit/s)");
		links = List.copyOf(links);
		bottlenecks = List.copyOf(bottlenecks);
		route = List.copyOf(route);
	}

	/** No key between two nodes: 0 bit/s, no links. */
	public static Throughput none(String from, String to, Routing routing) {
		return new Throughput(from, to, routing, 0, List.of(), List.of(), List.of());
	}

	/** The key delivered in a day, in bits. */
	public double keyPerDay() {
		return bitsPerSecond * SECONDS_PER_DAY;
	}

	/** The ids of the links that carry key, in the order of {@link #links()}. */
	public List<String> linkIds() {
		return links.stream().map(LinkLoad::link).toList();
	}

	/** The rate link {@code linkId} carries in bit/s, 0 if it carries none. */
	public double carried(String linkId) {
		for (LinkLoad load : links) {
			if (load.link().equals(linkId)) {
				return load.bitsPerSecond();
			}
		}
		return 0;
	}

	/** Whether any key is delivered. */
	public boolean connected() {
		return bitsPerSecond > 0;
	}
}
