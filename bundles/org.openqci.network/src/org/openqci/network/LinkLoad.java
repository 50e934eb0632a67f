/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

/**
 * The key rate one link carries for a relayed key.
 *
 * @param link          the link's id
 * @param bitsPerSecond the rate it carries in bit/s, positive and at most its key rate
 */
public record LinkLoad(String link, double bitsPerSecond) {

	/** Checks the id and the rate. */
	public LinkLoad {
		Checks.reference(link, "link load", "link");
		Checks.nonNegative(bitsPerSecond, "load of link " + link, "rate (bit/s)");
	}
}
