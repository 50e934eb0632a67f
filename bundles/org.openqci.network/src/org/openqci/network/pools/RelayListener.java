/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import java.util.List;

/** Told of every request a key pool simulation serves, in time order (to feed a key manager, say). */
@FunctionalInterface
public interface RelayListener {

	/**
	 * A request was served: its key was taken from the pools of its route.
	 *
	 * @param demandId     the demand's id
	 * @param time         when the key was taken from the pools, in s from the start; it reaches the
	 *                     far end {@code hops} &times; the hop latency later
	 * @param bits         the key relayed, in bits
	 * @param routeLinkIds the ids of the links it crossed, in order from the demand's {@code from}
	 */
	void delivered(String demandId, double time, double bits, List<String> routeLinkIds);
}
