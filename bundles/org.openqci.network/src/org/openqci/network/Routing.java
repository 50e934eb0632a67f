/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

/**
 * How key is relayed between two nodes: over all routes together, or over one route chosen by
 * a metric. Only links of positive key rate are routed over, and only through relaying nodes.
 */
public enum Routing {

	/**
	 * Over all routes together: the maximum flow between the two nodes, the links' key rates as
	 * capacities; what limits it is a minimum cut (Ford and Fulkerson 1956).
	 */
	MAX_FLOW,

	/**
	 * Over one route of the fewest hops (parallel links between two nodes count as one hop and
	 * add their rates); among several such routes the widest (largest bottleneck rate).
	 */
	FEWEST_HOPS,

	/**
	 * Over one route of the least length (a hop as long as its shortest link); among several
	 * such routes the widest, then the one of fewest hops.
	 */
	SHORTEST_ROUTE
}
