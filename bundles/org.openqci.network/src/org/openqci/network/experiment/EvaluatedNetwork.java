/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.experiment;

import java.util.List;
import java.util.Objects;

import org.openqci.core.results.ResultSet;
import org.openqci.network.Network;
import org.openqci.network.Routing;
import org.openqci.network.pools.LinkSupply;
import org.openqci.network.pools.PoolSettings;

/**
 * An experiment's network with every link's key rate from the engine.
 *
 * @param network     the network: nodes, links with their key rates and lengths, demands
 * @param routing     the routing the experiment chose
 * @param linkResults the engine's results for the network's links (one row per link; the
 *                    passes of its satellite links)
 * @param supplies    how each link's pool fills: steadily, or pass by pass
 * @param pools       the key-pool simulation's settings, {@code null} if the experiment asks for none
 */
public record EvaluatedNetwork(Network network, Routing routing, ResultSet linkResults, List<LinkSupply> supplies,
		PoolSettings pools) {

	/** Checks and copies. */
	public EvaluatedNetwork {
		Objects.requireNonNull(network, "network");
		Objects.requireNonNull(routing, "routing");
		Objects.requireNonNull(linkResults, "linkResults");
		supplies = List.copyOf(supplies);
	}
}
