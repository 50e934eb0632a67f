/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * End-to-end key throughput in a trusted-node QKD network. A key between two users is relayed
 * hop by hop through trusted nodes, each hop encrypting it by one-time pad with key of the QKD
 * link it crosses, so every link of a route spends as much key as the route delivers (the
 * trusted-repeater paradigm of M. Peev et al., "The SECOQC quantum key distribution network in
 * Vienna", New J. Phys. 11, 075001 (2009), doi:10.1088/1367-2630/11/7/075001; see also Y. Cao et
 * al., "The evolution of quantum key distribution networks: on the road to the Qinternet", IEEE
 * Commun. Surv. Tutor. 24, 839 (2022), doi:10.1109/COMST.2022.3144219).
 *
 * <p>The key rate two nodes can share, if they alone use the network, is then the maximum flow
 * between them in the undirected graph whose capacities are the links' key rates, and what
 * limits it is a minimum cut, of equal capacity (L. R. Ford and D. R. Fulkerson, "Maximal flow
 * through a network", Can. J. Math. 8, 399 (1956), doi:10.4153/CJM-1956-045-5). Relaying over a
 * single route delivers the rate of the route's slowest hop. Only links of positive rate carry
 * key, and only {@linkplain NodeKind#relays() relaying} nodes (trusted nodes and ground stations,
 * not other user sites) pass it on. Each pair is analysed alone: demands competing for the same
 * links (multi-commodity flow) are not modelled.
 */
public final class NetworkAnalysis {

	private NetworkAnalysis() {
	}

	/**
	 * The throughput between two nodes if they alone use the network.
	 *
	 * @param network the network
	 * @param from    the id of one end (any kind of node)
	 * @param to      the id of the other end, not {@code from}
	 * @param routing how the key is relayed
	 * @return the rate, the links carrying it and the links limiting it; 0 bit/s and no links if
	 *         no route of positive rate joins the two
	 * @throws IllegalArgumentException if an id names no node, or both name the same
	 */
	public static Throughput throughput(Network network, String from, String to, Routing routing) {
		Objects.requireNonNull(network, "network");
		Objects.requireNonNull(routing, "routing");
		network.node(from);
		network.node(to);
		if (from.equals(to)) {
			throw new IllegalArgumentException("from and to are both node " + from);
		}
		return routing == Routing.MAX_FLOW ? Routes.maxFlow(network, from, to)
				: Routes.singlePath(network, from, to, routing);
	}

	/**
	 * Up to {@code max} simple routes between two nodes for relaying key over one route at a time,
	 * each as the ids of its links in order from {@code from}. Only links of positive key rate are
	 * used and only {@linkplain NodeKind#relays() relaying} nodes passed through; each of several
	 * parallel links gives a route of its own. The routes come by fewest hops, then least length
	 * (the sum of their links' lengths), then the network's order of links. They are found by
	 * Yen's algorithm (J. Y. Yen, "Finding the k shortest loopless paths in a network", Manag. Sci.
	 * 17, 712 (1971), doi:10.1287/mnsc.17.11.712).
	 *
	 * @param max how many routes at most, at least 1
	 * @return the routes, none if no route of positive rate joins the two
	 * @throws IllegalArgumentException if an id names no node, or both name the same, or
	 *                                  {@code max} is below 1
	 */
	public static List<List<String>> relayRoutes(Network network, String from, String to, int max) {
		Objects.requireNonNull(network, "network");
		network.node(from);
		network.node(to);
		if (from.equals(to)) {
			throw new IllegalArgumentException("from and to are both node " + from);
		}
		if (max < 1) {
			throw new IllegalArgumentException("relay routes " + from + "-" + to + ": max " + max + " is below 1");
		}
		return Routes.relayRoutes(network, from, to, max);
	}

	/**
	 * The throughput of every demand, each alone, in the order of {@link Network#demands()}; if
	 * the network has no demands, of every pair of user sites instead, in the order of
	 * {@link Network#users()} (first with second, first with third, ..., second with third, ...).
	 */
	public static List<Throughput> throughputs(Network network, Routing routing) {
		List<Throughput> throughputs = new ArrayList<>();
		for (String[] pair : pairs(network)) {
			throughputs.add(throughput(network, pair[0], pair[1], routing));
		}
		return List.copyOf(throughputs);
	}

	/**
	 * What taking a node or a link out of the network does to the throughput of every demand (or
	 * user pair, as for {@link #throughputs}) of the whole network. A demand whose user site is
	 * taken out gets 0 bit/s afterwards.
	 *
	 * @param removedId the id of a node (its links go with it) or a link
	 * @throws IllegalArgumentException if no node or link has this id
	 */
	public static List<ThroughputChange> whatIf(Network network, Routing routing, String removedId) {
		Network after = network.without(removedId);
		List<ThroughputChange> changes = new ArrayList<>();
		for (String[] pair : pairs(network)) {
			Throughput before = throughput(network, pair[0], pair[1], routing);
			Throughput later = after.hasNode(pair[0]) && after.hasNode(pair[1])
					? throughput(after, pair[0], pair[1], routing)
					: Throughput.none(pair[0], pair[1], routing);
			changes.add(new ThroughputChange(before, later));
		}
		return List.copyOf(changes);
	}

	/**
	 * The links that limit at least one demand (or user pair, as for {@link #throughputs}), each
	 * with the throughputs it limits, in the order of {@link Network#links()}.
	 */
	public static Map<String, List<Throughput>> bottlenecks(Network network, Routing routing) {
		Map<String, List<Throughput>> limited = new LinkedHashMap<>();
		network.links().forEach(link -> limited.put(link.id(), new ArrayList<>()));
		for (Throughput throughput : throughputs(network, routing)) {
			throughput.bottlenecks().forEach(id -> limited.get(id).add(throughput));
		}
		Map<String, List<Throughput>> bottlenecks = new LinkedHashMap<>();
		limited.forEach((id, throughputs) -> {
			if (!throughputs.isEmpty()) {
				bottlenecks.put(id, List.copyOf(throughputs));
			}
		});
		return Collections.unmodifiableMap(bottlenecks);
	}

	/** Key per day in bits for a rate in bit/s. */
	public static double perDay(double bitsPerSecond) {
		return bitsPerSecond * Throughput.SECONDS_PER_DAY;
	}

	/** The (from, to) pairs analysed: the demands', or every pair of user sites if there are none. */
	private static List<String[]> pairs(Network network) {
		List<String[]> pairs = new ArrayList<>();
		if (!network.demands().isEmpty()) {
			network.demands().forEach(demand -> pairs.add(new String[] { demand.from(), demand.to() }));
			return pairs;
		}
		List<Node> users = network.users();
		for (int i = 0; i < users.size(); i++) {
			for (int j = i + 1; j < users.size(); j++) {
				pairs.add(new String[] { users.get(i).id(), users.get(j).id() });
			}
		}
		return pairs;
	}
}
