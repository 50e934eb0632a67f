/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

import java.util.Objects;

/**
 * A site of a trusted-node QKD network: a user site, a trusted node or a ground station.
 *
 * @param id        the node's id, unique in its network among nodes, links and demands
 * @param name      a name for reports (may be empty)
 * @param kind      what the node is; decides whether it relays key
 * @param latitude  geodetic latitude in degrees, in [-90, 90]
 * @param longitude longitude in degrees east, in [-180, 180]
 */
public record Node(String id, String name, NodeKind kind, double latitude, double longitude) {

	/** Checks the id, the kind and the coordinates. */
	public Node {
		Checks.id(id, "node");
		Objects.requireNonNull(name, () -> "node " + id + ": name");
		Objects.requireNonNull(kind, () -> "node " + id + ": kind");
		Checks.within(latitude, 90, "node " + id, "latitude");
		Checks.within(longitude, 180, "node " + id, "longitude");
	}

	/** Whether key between two other nodes may be relayed through this node. */
	public boolean relays() {
		return kind.relays();
	}
}
