/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

/**
 * A QKD link (fibre, free-space or satellite) between two nodes, generating secret key shared
 * by its two ends. Several links may join the same two nodes; their key adds up.
 *
 * @param id       the link's id, unique in its network among nodes, links and demands
 * @param nodeA    the id of one end
 * @param nodeB    the id of the other end, not {@code nodeA}
 * @param keyRate  the secret key rate in bit/s, at least 0 (a link of rate 0 carries nothing)
 * @param lengthKm the route length in km, at least 0: what shortest-route routing minimises
 */
public record Link(String id, String nodeA, String nodeB, double keyRate, double lengthKm) {

	/** Checks the id, the ends (no self-loop), the rate and the length. */
	public Link {
		Checks.id(id, "link");
		Checks.reference(nodeA, "link " + id, "node A");
		Checks.reference(nodeB, "link " + id, "node B");
		if (nodeA.equals(nodeB)) {
			throw new IllegalArgumentException("link " + id + ": both ends are node " + nodeA);
		}
		Checks.nonNegative(keyRate, "link " + id, "key rate (bit/s)");
		Checks.nonNegative(lengthKm, "link " + id, "length (km)");
	}

	/** Whether node {@code nodeId} is an end of this link. */
	public boolean joins(String nodeId) {
		return nodeA.equals(nodeId) || nodeB.equals(nodeId);
	}

	/** The end other than {@code nodeId}, which must be an end. */
	public String other(String nodeId) {
		if (nodeA.equals(nodeId)) {
			return nodeB;
		}
		if (nodeB.equals(nodeId)) {
			return nodeA;
		}
		throw new IllegalArgumentException("link " + id + " does not end at node " + nodeId);
	}

	/** The key the link generates in a day, in bits. */
	public double keyPerDay() {
		return keyRate * Throughput.SECONDS_PER_DAY;
	}
}
