/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

/**
 * What a node of a trusted-node network is: a user site, where key is consumed, or a trusted
 * node, which passes key on by one-time pad and so must be trusted by the users it serves.
 */
public enum NodeKind {

	/**
	 * A user site, the end of a key demand. It relays no key for others: a route between two
	 * other nodes never passes through it (whoever relays a key learns it).
	 */
	USER(false),

	/** A trusted relay node. */
	TRUSTED(true),

	/** A satellite ground station; it relays key as a trusted node does. */
	GROUND_STATION(true),

	/**
	 * A satellite that shares key with ground stations during its passes and relays it between
	 * them as a trusted node does (the satellite must be trusted).
	 */
	SATELLITE(true);

	private final boolean relays;

	NodeKind(boolean relays) {
		this.relays = relays;
	}

	/** Whether key between two other nodes may be relayed through a node of this kind. */
	public boolean relays() {
		return relays;
	}
}
