/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

/**
 * A request for key between two user sites.
 *
 * @param id        the demand's id, unique in its network among nodes, links and demands
 * @param from      the id of one user site
 * @param to        the id of the other user site, not {@code from}
 * @param requested the key rate requested in bit/s, at least 0
 */
public record Demand(String id, String from, String to, double requested) {

	/** Checks the id, the ends and the rate. */
	public Demand {
		Checks.id(id, "demand");
		Checks.reference(from, "demand " + id, "from node");
		Checks.reference(to, "demand " + id, "to node");
		if (from.equals(to)) {
			throw new IllegalArgumentException("demand " + id + ": both ends are node " + from);
		}
		Checks.nonNegative(requested, "demand " + id, "requested rate (bit/s)");
	}

	/** Whether node {@code nodeId} is an end of this demand. */
	public boolean endsAt(String nodeId) {
		return from.equals(nodeId) || to.equals(nodeId);
	}

	/** Whether a throughput of {@code bitsPerSecond} meets the request. */
	public boolean isMetBy(double bitsPerSecond) {
		return bitsPerSecond >= requested;
	}
}
