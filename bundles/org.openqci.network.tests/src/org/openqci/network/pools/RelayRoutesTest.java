/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.openqci.network.Link;
import org.openqci.network.Network;
import org.openqci.network.NetworkAnalysis;
import org.openqci.network.Node;
import org.openqci.network.NodeKind;

/**
 * {@link NetworkAnalysis#relayRoutes} against cases computed by hand and, on random networks,
 * against every simple route enumerated by depth-first search.
 */
class RelayRoutesTest {

	/**
	 * Brussels to Lisbon as in the network analysis tests: R3 BRU-RDU-GSL-LIS (3 hops), R1
	 * BRU-PAR-BOR-MAD-LIS (4), R2 BRU-PAR-LYO-BCN-MAD-LIS (5); Geneva is a dead end, Amsterdam a
	 * user site that relays nothing.
	 */
	@Test
	void routesComeByHops() {
		List<Node> nodes = List.of(user("BRU"), user("AMS"), user("LIS"), trusted("PAR"), trusted("BOR"),
				trusted("LYO"), trusted("BCN"), trusted("MAD"), trusted("GVA"),
				new Node("RDU", "RDU", NodeKind.GROUND_STATION, 0, 0), new Node("GSL", "GSL", NodeKind.GROUND_STATION, 0, 0));
		List<Link> links = List.of(new Link("L1", "BRU", "PAR", 10_000, 300), new Link("L2", "PAR", "BOR", 3000, 580),
				new Link("L3", "BOR", "MAD", 2000, 690), new Link("L4", "MAD", "LIS", 6000, 630),
				new Link("L5", "PAR", "LYO", 5000, 470), new Link("L6", "LYO", "BCN", 4000, 640),
				new Link("L7", "BCN", "MAD", 3000, 620), new Link("L8", "BRU", "RDU", 8000, 150),
				new Link("L9", "RDU", "GSL", 500, 2140), new Link("L10", "GSL", "LIS", 7000, 40),
				new Link("L11", "LYO", "GVA", 2000, 150), new Link("L12", "AMS", "PAR", 4000, 500));
		Network network = Network.of(nodes, links);
		assertEquals(List.of(List.of("L8", "L9", "L10"), List.of("L1", "L2", "L3", "L4"),
				List.of("L1", "L5", "L6", "L7", "L4")), NetworkAnalysis.relayRoutes(network, "BRU", "LIS", 8));
		assertEquals(List.of(List.of("L8", "L9", "L10"), List.of("L1", "L2", "L3", "L4")),
				NetworkAnalysis.relayRoutes(network, "BRU", "LIS", 2));
		assertEquals(List.of(List.of("L12", "L2", "L3", "L4"), List.of("L12", "L5", "L6", "L7", "L4")),
				NetworkAnalysis.relayRoutes(network, "AMS", "LIS", 8));
		assertEquals(List.of(List.of("L4", "L3", "L2", "L1"), List.of("L4", "L7", "L6", "L5", "L1")),
				NetworkAnalysis.relayRoutes(network.without("L9"), "LIS", "BRU", 8));
	}

	@Test
	void amongRoutesOfEqualHopsTheShortestThenTheNetworksOrder() {
		Network network = Network.of(List.of(user("A"), trusted("T1"), trusted("T2"), trusted("T3"), user("B")),
				List.of(new Link("A1", "A", "T1", 100, 10), new Link("B1", "T1", "B", 100, 10),
						new Link("A2", "A", "T2", 100, 5), new Link("B2", "T2", "B", 100, 5),
						new Link("A3", "A", "T3", 100, 4), new Link("B3", "T3", "B", 100, 6)));
		assertEquals(List.of(List.of("A2", "B2"), List.of("A3", "B3"), List.of("A1", "B1")),
				NetworkAnalysis.relayRoutes(network, "A", "B", 8));
		assertEquals(List.of(List.of("A2", "B2")), NetworkAnalysis.relayRoutes(network, "A", "B", 1));
	}

	@Test
	void eachParallelLinkGivesARoute() {
		Network network = Network.of(List.of(user("A"), trusted("T"), user("B")), List.of(new Link("P1", "A", "T", 1000, 10),
				new Link("P2", "T", "A", 2000, 10), new Link("Q", "T", "B", 5000, 30), new Link("P0", "A", "T", 0, 1)));
		assertEquals(List.of(List.of("P1", "Q"), List.of("P2", "Q")), NetworkAnalysis.relayRoutes(network, "A", "B", 8));
		assertEquals(List.of(List.of("Q", "P1"), List.of("Q", "P2")), NetworkAnalysis.relayRoutes(network, "B", "A", 8));
	}

	@Test
	void aUserSiteIsNoTransit() {
		Network network = Network.of(List.of(user("A"), user("C"), user("B"), trusted("T")),
				List.of(new Link("AC", "A", "C", 1000, 1), new Link("CB", "C", "B", 1000, 1),
						new Link("AT", "A", "T", 1000, 1), new Link("TC", "T", "C", 1000, 1)));
		assertEquals(List.of(), NetworkAnalysis.relayRoutes(network, "A", "B", 8));
		assertEquals(List.of(List.of("AC"), List.of("AT", "TC")), NetworkAnalysis.relayRoutes(network, "A", "C", 8));
	}

	@Test
	void namesBadArguments() {
		Network network = Network.of(List.of(user("A"), user("B")), List.of(new Link("L", "A", "B", 1, 1)));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> NetworkAnalysis.relayRoutes(network, "A", "B", 0));
		assertTrue(e.getMessage().contains("max 0"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> NetworkAnalysis.relayRoutes(network, "A", "Z", 3));
		assertTrue(e.getMessage().contains("Z"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> NetworkAnalysis.relayRoutes(network, "A", "A", 3));
		assertTrue(e.getMessage().contains("A"), e.getMessage());
	}

	/** Random multigraphs with user sites in transit position: every simple route, in order. */
	@Test
	void randomNetworksGiveTheFirstOfAllSimpleRoutes() {
		SplittableRandom random = new SplittableRandom(1971);
		int compared = 0;
		for (int round = 0; round < 120; round++) {
			Network network = randomNetwork(random);
			List<Node> users = network.users();
			for (int i = 0; i < users.size(); i++) {
				for (int j = 0; j < users.size(); j++) {
					if (i == j) {
						continue;
					}
					String from = users.get(i).id();
					String to = users.get(j).id();
					List<List<String>> all = enumerate(network, from, to);
					String where = "round " + round + " " + from + "-" + to;
					assertEquals(all, NetworkAnalysis.relayRoutes(network, from, to, Math.max(1, all.size() + 3)), where);
					for (int max : new int[] { 1, 2, 5 }) {
						assertEquals(all.subList(0, Math.min(max, all.size())),
								NetworkAnalysis.relayRoutes(network, from, to, max), where + " max " + max);
					}
					compared += all.size();
				}
			}
		}
		assertTrue(compared > 1000, "only " + compared + " routes compared");
	}

	/** Every simple route by depth-first search, by hops, length and the network's order of links. */
	private static List<List<String>> enumerate(Network network, String from, String to) {
		List<List<Link>> found = new ArrayList<>();
		walk(network, from, to, new ArrayList<>(), new ArrayList<>(List.of(from)), found);
		List<Link> order = network.links();
		Comparator<List<Link>> byHops = Comparator.comparingInt(List::size);
		found.sort(byHops.thenComparingDouble(route -> route.stream().mapToDouble(Link::lengthKm).sum())
				.thenComparing((a, b) -> {
					for (int k = 0; k < a.size(); k++) {
						int c = Integer.compare(order.indexOf(a.get(k)), order.indexOf(b.get(k)));
						if (c != 0) {
							return c;
						}
					}
					return 0;
				}));
		return found.stream().map(route -> route.stream().map(Link::id).toList()).toList();
	}

	private static void walk(Network network, String to, String target, List<Link> route, List<String> visited,
			List<List<Link>> found) {
		String at = visited.get(visited.size() - 1);
		if (at.equals(target)) {
			found.add(List.copyOf(route));
			return;
		}
		if (route.size() > 0 && !network.node(at).relays()) {
			return;
		}
		for (Link link : network.links()) {
			if (link.keyRate() > 0 && link.joins(at) && !visited.contains(link.other(at))) {
				route.add(link);
				visited.add(link.other(at));
				walk(network, to, target, route, visited, found);
				route.remove(route.size() - 1);
				visited.remove(visited.size() - 1);
			}
		}
	}

	private static Network randomNetwork(SplittableRandom random) {
		int size = 4 + random.nextInt(4);
		List<Node> nodes = new ArrayList<>();
		for (int n = 0; n < size; n++) {
			nodes.add(n < 2 || random.nextInt(4) == 0 ? user("U" + n) : trusted("T" + n));
		}
		List<Link> links = new ArrayList<>();
		int count = size + random.nextInt(size + 2);
		for (int l = 0; l < count; l++) {
			int a = random.nextInt(size);
			int b = random.nextInt(size - 1);
			b = b >= a ? b + 1 : b;
			double rate = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(100);
			links.add(new Link("L" + l, nodes.get(a).id(), nodes.get(b).id(), rate, 1 + random.nextInt(3)));
		}
		return Network.of(nodes, links);
	}

	private static Node user(String id) {
		return new Node(id, id, NodeKind.USER, 0, 0);
	}

	private static Node trusted(String id) {
		return new Node(id, id, NodeKind.TRUSTED, 0, 0);
	}
}
