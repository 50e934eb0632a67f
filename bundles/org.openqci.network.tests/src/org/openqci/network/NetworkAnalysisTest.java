/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Throughputs against a case computed by hand. Users Brussels (BRU), Amsterdam (AMS) and Lisbon
 * (LIS); trusted nodes Paris (PAR), Bordeaux (BOR), Lyon (LYO), Barcelona (BCN), Madrid (MAD),
 * Geneva (GVA); ground stations Redu (RDU) and Lisbon (GSL) joined by a satellite. Each link
 * stands for a chain of spans (its rate is the chain's):
 *
 * <pre>
 *              AMS
 *               |L12
 *   BRU --L1-- PAR --L2-- BOR --L3-- MAD --L4-- LIS
 *    |          |                     |          |
 *    L8         L5                    L7         L10
 *    |          |                     |          |
 *   RDU        LYO --------L6------- BCN        GSL
 *    |          |                                |
 *    |          L11-- GVA                        |
 *    +=================== L9 (satellite) ========+
 *
 *   link ends     bit/s   km       link ends     bit/s   km
 *   L1   BRU-PAR  10000   300      L7   BCN-MAD   3000   620
 *   L2   PAR-BOR   3000   580      L8   BRU-RDU   8000   150
 *   L3   BOR-MAD   2000   690      L9   RDU-GSL    500  2140
 *   L4   MAD-LIS   6000   630      L10  GSL-LIS   7000    40
 *   L5   PAR-LYO   5000   470      L11  LYO-GVA   2000   150
 *   L6   LYO-BCN   4000   640      L12  AMS-PAR   4000   500
 * </pre>
 *
 * <p>BRU to LIS has three routes: R1 = BRU-PAR-BOR-MAD-LIS (L1 L2 L3 L4: 4 hops, 2200 km,
 * slowest L3 2000), R2 = BRU-PAR-LYO-BCN-MAD-LIS (L1 L5 L6 L7 L4: 5 hops, 2660 km, slowest L7
 * 3000), R3 = BRU-RDU-GSL-LIS (L8 L9 L10: 3 hops, 2330 km, slowest L9 500). AMS (a user) relays
 * nothing for BRU, nor BRU for AMS.
 * <ul>
 * <li>Maximum flow BRU-LIS: R1 2000 + R2 3000 + R3 500 = 5500 bit/s (L1 and L4 carry 5000 of
 * their 10000 and 6000). Minimum cut {L3, L7, L9} = 2000 + 3000 + 500 = 5500; every other cut is
 * larger ({L4, L9} 6500, {L2, L7, L9} 6500, {L3, L6, L9} 6500, {L1, L8} 18000, ...). 475.2 Mbit a
 * day.</li>
 * <li>Fewest hops BRU-LIS: R3, 500 bit/s, bottleneck L9. Shortest route: R1 (2200 km), 2000
 * bit/s, bottleneck L3.</li>
 * <li>AMS-LIS (BRU, a user, does not relay, so L1 and L8 are out): maximum flow 4000, the cut
 * {L12} (PAR to LIS could take {L3, L7} = 5000); fewest hops and shortest route both
 * AMS-PAR-BOR-MAD-LIS (4 hops, 2400 km), 2000, bottleneck L3.</li>
 * <li>Without L3: BRU-LIS 3000 + 500 = 3500 (-2000, L3's rate), AMS-LIS 3000 (-1000). Without
 * L11: no change. Without L4: BRU-LIS 500 (R3 alone), AMS-LIS 0. Without node MAD (and with it
 * L3, L4, L7): as without L4. Without L9, fewest hops BRU-LIS is R1: 2000, bottleneck L3.</li>
 * <li>With no demands, every user pair: BRU-AMS 4000 (cut {L12}), BRU-LIS 5500, AMS-LIS 4000.</li>
 * </ul>
 */
class NetworkAnalysisTest {

	private static final double EXACT = 1e-9;

	/** The hand-computed network with demands D1 BRU-LIS and D2 AMS-LIS. */
	static Network europe() {
		List<Node> nodes = List.of(new Node("BRU", "Brussels", NodeKind.USER, 50.85, 4.35),
				new Node("AMS", "Amsterdam", NodeKind.USER, 52.37, 4.90),
				new Node("LIS", "Lisbon", NodeKind.USER, 38.72, -9.14),
				new Node("PAR", "Paris", NodeKind.TRUSTED, 48.86, 2.35),
				new Node("BOR", "Bordeaux", NodeKind.TRUSTED, 44.84, -0.58),
				new Node("LYO", "Lyon", NodeKind.TRUSTED, 45.76, 4.84),
				new Node("BCN", "Barcelona", NodeKind.TRUSTED, 41.39, 2.17),
				new Node("MAD", "Madrid", NodeKind.TRUSTED, 40.42, -3.70),
				new Node("GVA", "Geneva", NodeKind.TRUSTED, 46.20, 6.14),
				new Node("RDU", "Redu ground station", NodeKind.GROUND_STATION, 50.00, 5.15),
				new Node("GSL", "Lisbon ground station", NodeKind.GROUND_STATION, 38.77, -9.13));
		List<Link> links = List.of(new Link("L1", "BRU", "PAR", 10_000, 300), new Link("L2", "PAR", "BOR", 3000, 580),
				new Link("L3", "BOR", "MAD", 2000, 690), new Link("L4", "MAD", "LIS", 6000, 630),
				new Link("L5", "PAR", "LYO", 5000, 470), new Link("L6", "LYO", "BCN", 4000, 640),
				new Link("L7", "BCN", "MAD", 3000, 620), new Link("L8", "BRU", "RDU", 8000, 150),
				new Link("L9", "RDU", "GSL", 500, 2140), new Link("L10", "GSL", "LIS", 7000, 40),
				new Link("L11", "LYO", "GVA", 2000, 150), new Link("L12", "AMS", "PAR", 4000, 500));
		List<Demand> demands = List.of(new Demand("D1", "BRU", "LIS", 4000), new Demand("D2", "AMS", "LIS", 1000));
		return Network.of(nodes, links, demands);
	}

	@Test
	void maximumFlowAndMinimumCutAsComputedByHand() {
		Throughput t = NetworkAnalysis.throughput(europe(), "BRU", "LIS", Routing.MAX_FLOW);
		assertEquals(5500, t.bitsPerSecond(), EXACT);
		assertEquals(475.2e6, t.keyPerDay(), 1e-3);
		assertEquals(List.of("L3", "L7", "L9"), t.bottlenecks());
		assertEquals(List.of("L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10"), t.linkIds());
		double[] carried = { 5000, 2000, 2000, 5000, 3000, 3000, 3000, 500, 500, 500 };
		for (int i = 0; i < carried.length; i++) {
			assertEquals(carried[i], t.carried("L" + (i + 1)), EXACT, "L" + (i + 1));
		}
		assertEquals(0, t.carried("L11"));
		assertTrue(t.route().isEmpty());
	}

	@Test
	void fewestHopsAsComputedByHand() {
		Throughput t = NetworkAnalysis.throughput(europe(), "BRU", "LIS", Routing.FEWEST_HOPS);
		assertEquals(500, t.bitsPerSecond(), EXACT);
		assertEquals(List.of("BRU", "RDU", "GSL", "LIS"), t.route());
		assertEquals(List.of(new LinkLoad("L8", 500), new LinkLoad("L9", 500), new LinkLoad("L10", 500)), t.links());
		assertEquals(List.of("L9"), t.bottlenecks());
	}

	@Test
	void shortestRouteAsComputedByHand() {
		Throughput t = NetworkAnalysis.throughput(europe(), "BRU", "LIS", Routing.SHORTEST_ROUTE);
		assertEquals(2000, t.bitsPerSecond(), EXACT);
		assertEquals(List.of("BRU", "PAR", "BOR", "MAD", "LIS"), t.route());
		assertEquals(List.of("L1", "L2", "L3", "L4"), t.linkIds());
		assertEquals(List.of("L3"), t.bottlenecks());
	}

	@Test
	void aUserSiteRelaysNothingForOthers() {
		Network network = europe();
		Throughput flow = NetworkAnalysis.throughput(network, "AMS", "LIS", Routing.MAX_FLOW);
		assertEquals(4000, flow.bitsPerSecond(), EXACT);
		assertEquals(List.of("L12"), flow.bottlenecks());
		assertFalse(flow.linkIds().contains("L1"));
		for (Routing routing : List.of(Routing.FEWEST_HOPS, Routing.SHORTEST_ROUTE)) {
			Throughput t = NetworkAnalysis.throughput(network, "AMS", "LIS", routing);
			assertEquals(2000, t.bitsPerSecond(), EXACT, routing.name());
			assertEquals(List.of("AMS", "PAR", "BOR", "MAD", "LIS"), t.route(), routing.name());
			assertEquals(List.of("L3"), t.bottlenecks(), routing.name());
		}
	}

	@Test
	void throughputsFollowTheDemandsAndBottlenecksCollectThem() {
		Network network = europe();
		List<Throughput> all = NetworkAnalysis.throughputs(network, Routing.MAX_FLOW);
		assertEquals(2, all.size());
		assertEquals(5500, all.get(0).bitsPerSecond(), EXACT);
		assertEquals(4000, all.get(1).bitsPerSecond(), EXACT);
		assertTrue(network.demands().get(0).isMetBy(all.get(0).bitsPerSecond()));
		Map<String, List<Throughput>> bottlenecks = NetworkAnalysis.bottlenecks(network, Routing.MAX_FLOW);
		assertEquals(List.of("L3", "L7", "L9", "L12"), List.copyOf(bottlenecks.keySet()));
		assertEquals("AMS", bottlenecks.get("L12").get(0).from());
	}

	@Test
	void withoutDemandsEveryPairOfUsers() {
		Network europe = europe();
		Network network = Network.of(europe.nodes(), europe.links());
		List<Throughput> all = NetworkAnalysis.throughputs(network, Routing.MAX_FLOW);
		assertEquals(List.of("BRU-AMS", "BRU-LIS", "AMS-LIS"), all.stream().map(t -> t.from() + "-" + t.to()).toList());
		assertEquals(4000, all.get(0).bitsPerSecond(), EXACT);
		assertEquals(List.of("L12"), all.get(0).bottlenecks());
		assertEquals(5500, all.get(1).bitsPerSecond(), EXACT);
		assertEquals(4000, all.get(2).bitsPerSecond(), EXACT);
	}

	@Test
	void cuttingAMinimumCutLinkLowersTheFlowByItsRate() {
		List<ThroughputChange> changes = NetworkAnalysis.whatIf(europe(), Routing.MAX_FLOW, "L3");
		assertEquals(5500, changes.get(0).before().bitsPerSecond(), EXACT);
		assertEquals(3500, changes.get(0).after().bitsPerSecond(), EXACT);
		assertEquals(-2000, changes.get(0).difference(), EXACT);
		assertEquals(List.of("L7", "L9"), changes.get(0).after().bottlenecks());
		assertEquals(-1000, changes.get(1).difference(), EXACT);
		assertEquals(-1000 * 86_400.0, changes.get(1).differencePerDay(), 1e-6);
	}

	@Test
	void cuttingALinkOnNoRouteChangesNothing() {
		for (Routing routing : Routing.values()) {
			for (ThroughputChange change : NetworkAnalysis.whatIf(europe(), routing, "L11")) {
				assertEquals(0, change.difference(), routing + " " + change.from() + "-" + change.to());
				assertEquals(change.before(), change.after());
			}
		}
	}

	@Test
	void cuttingTheLastSpanLeavesTheSatelliteOrNothing() {
		List<ThroughputChange> changes = NetworkAnalysis.whatIf(europe(), Routing.MAX_FLOW, "L4");
		assertEquals(500, changes.get(0).after().bitsPerSecond(), EXACT);
		assertEquals(List.of("L9"), changes.get(0).after().bottlenecks());
		assertEquals(-5000, changes.get(0).difference(), EXACT);
		assertEquals(Throughput.none("AMS", "LIS", Routing.MAX_FLOW), changes.get(1).after());
	}

	@Test
	void removingATrustedNodeRemovesItsLinks() {
		Network withoutMadrid = europe().without("MAD");
		for (String link : List.of("L3", "L4", "L7")) {
			assertFalse(withoutMadrid.hasLink(link), link);
		}
		assertEquals(9, withoutMadrid.links().size());
		List<ThroughputChange> changes = NetworkAnalysis.whatIf(europe(), Routing.MAX_FLOW, "MAD");
		assertEquals(500, changes.get(0).after().bitsPerSecond(), EXACT);
		assertEquals(0, changes.get(1).after().bitsPerSecond());
		assertEquals(-4000, changes.get(1).difference(), EXACT);
	}

	@Test
	void removingAUserSiteEndsItsDemand() {
		List<ThroughputChange> changes = NetworkAnalysis.whatIf(europe(), Routing.MAX_FLOW, "BRU");
		assertEquals(-5500, changes.get(0).difference(), EXACT);
		assertTrue(changes.get(0).after().links().isEmpty());
		assertEquals(0, changes.get(1).difference(), EXACT);
	}

	@Test
	void withoutTheSatelliteFewestHopsTakesTheBordeauxRoute() {
		List<ThroughputChange> changes = NetworkAnalysis.whatIf(europe(), Routing.FEWEST_HOPS, "L9");
		Throughput after = changes.get(0).after();
		assertEquals(2000, after.bitsPerSecond(), EXACT);
		assertEquals(List.of("BRU", "PAR", "BOR", "MAD", "LIS"), after.route());
		assertEquals(List.of("L3"), after.bottlenecks());
		assertEquals(1500, changes.get(0).difference(), EXACT);
	}

	@ParameterizedTest
	@EnumSource(Routing.class)
	void aDisconnectedPairGetsNothing(Routing routing) {
		Network network = Network.of(List.of(user("A"), trusted("T"), user("B"), trusted("U")),
				List.of(new Link("AT", "A", "T", 100, 1), new Link("UB", "U", "B", 100, 1)));
		Throughput t = NetworkAnalysis.throughput(network, "A", "B", routing);
		assertEquals(Throughput.none("A", "B", routing), t);
		assertFalse(t.connected());
		assertTrue(t.links().isEmpty() && t.bottlenecks().isEmpty() && t.route().isEmpty());
	}

	@ParameterizedTest
	@EnumSource(Routing.class)
	void parallelLinksAddUp(Routing routing) {
		Network network = Network.of(List.of(user("A"), trusted("T"), user("B")), List.of(
				new Link("P1", "A", "T", 1000, 10), new Link("P2", "T", "A", 2000, 20), new Link("Q", "T", "B", 5000, 30)));
		Throughput t = NetworkAnalysis.throughput(network, "A", "B", routing);
		assertEquals(3000, t.bitsPerSecond(), EXACT);
		assertEquals(List.of("P1", "P2"), t.bottlenecks());
		assertEquals(1000, t.carried("P1"), EXACT);
		assertEquals(2000, t.carried("P2"), EXACT);
		assertEquals(3000, t.carried("Q"), EXACT);
	}

	@ParameterizedTest
	@EnumSource(Routing.class)
	void aLinkOfRateZeroCarriesNothing(Routing routing) {
		Network network = Network.of(List.of(user("A"), trusted("T"), user("B")), List.of(
				new Link("Z", "A", "B", 0, 1), new Link("AT", "A", "T", 100, 10), new Link("TB", "T", "B", 150, 10)));
		Throughput t = NetworkAnalysis.throughput(network, "A", "B", routing);
		assertEquals(100, t.bitsPerSecond(), EXACT);
		assertEquals(List.of("AT"), t.bottlenecks());
		assertEquals(0, t.carried("Z"));
	}

	@Test
	void amongEquallyShortRoutesTheWidest() {
		Network network = Network.of(List.of(user("A"), trusted("T1"), trusted("T2"), user("B")),
				List.of(new Link("A1", "A", "T1", 100, 10), new Link("B1", "T1", "B", 100, 10),
						new Link("A2", "A", "T2", 300, 10), new Link("B2", "T2", "B", 200, 10)));
		for (Routing routing : List.of(Routing.FEWEST_HOPS, Routing.SHORTEST_ROUTE)) {
			Throughput t = NetworkAnalysis.throughput(network, "A", "B", routing);
			assertEquals(200, t.bitsPerSecond(), EXACT);
			assertEquals(List.of("A", "T2", "B"), t.route());
			assertEquals(List.of("B2"), t.bottlenecks());
		}
		assertEquals(300, NetworkAnalysis.throughput(network, "A", "B", Routing.MAX_FLOW).bitsPerSecond(), EXACT);
	}

	@Test
	void namesUnknownIds() {
		Network network = europe();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> NetworkAnalysis.throughput(network, "BRU", "OPO", Routing.MAX_FLOW));
		assertTrue(e.getMessage().contains("OPO"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> NetworkAnalysis.whatIf(network, Routing.MAX_FLOW, "L99"));
		assertTrue(e.getMessage().contains("L99"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> NetworkAnalysis.throughput(network, "LIS", "LIS", Routing.FEWEST_HOPS));
		assertTrue(e.getMessage().contains("LIS"), e.getMessage());
	}

	/**
	 * Random small networks (seeded): the maximum flow is at least what either single route
	 * delivers, equals the sum of its minimum cut's rates, and taking the cut out disconnects
	 * the pair; no link carries more than its rate; a single route's rate is its slowest hop's.
	 */
	@Test
	void randomNetworksKeepTheFlowInvariants() {
		SplittableRandom random = new SplittableRandom(1956);
		for (int round = 0; round < 150; round++) {
			Network network = randomNetwork(random);
			List<Node> users = network.users();
			for (int i = 0; i < users.size(); i++) {
				for (int j = i + 1; j < users.size(); j++) {
					String from = users.get(i).id();
					String to = users.get(j).id();
					String where = "round " + round + " " + from + "-" + to;
					Throughput flow = NetworkAnalysis.throughput(network, from, to, Routing.MAX_FLOW);
					double cut = flow.bottlenecks().stream().mapToDouble(id -> network.link(id).keyRate()).sum();
					assertEquals(flow.bitsPerSecond(), cut, 1e-6, where);
					assertEquals(leastCutByEnumeration(network, from, to), flow.bitsPerSecond(), 1e-6, where);
					Network cutOut = network;
					for (String id : flow.bottlenecks()) {
						cutOut = cutOut.without(id);
					}
					assertEquals(0, NetworkAnalysis.throughput(cutOut, from, to, Routing.MAX_FLOW).bitsPerSecond(), where);
					for (LinkLoad load : flow.links()) {
						assertTrue(load.bitsPerSecond() <= network.link(load.link()).keyRate() + 1e-9, where);
					}
					for (Routing routing : List.of(Routing.FEWEST_HOPS, Routing.SHORTEST_ROUTE)) {
						Throughput single = NetworkAnalysis.throughput(network, from, to, routing);
						assertTrue(single.bitsPerSecond() <= flow.bitsPerSecond() + 1e-9, where + " " + routing);
						assertEquals(single.bitsPerSecond() > 0, flow.bitsPerSecond() > 0, where + " " + routing);
						assertSlowestHop(network, single, where + " " + routing);
					}
				}
			}
		}
	}

	/** Asserts that a single route's rate is the least, over its hops, of the hop's summed rates. */
	private static void assertSlowestHop(Network network, Throughput single, String where) {
		List<String> route = single.route();
		double slowest = Double.POSITIVE_INFINITY;
		for (int k = 0; k + 1 < route.size(); k++) {
			String a = route.get(k);
			String b = route.get(k + 1);
			double hop = network.links().stream().filter(link -> link.joins(a) && link.joins(b))
					.mapToDouble(Link::keyRate).sum();
			slowest = Math.min(slowest, hop);
		}
		assertEquals(route.isEmpty() ? 0 : slowest, single.bitsPerSecond(), 1e-9, where);
	}

	/** The least capacity of a cut between two nodes, by trying every set of the other nodes. */
	private static double leastCutByEnumeration(Network network, String from, String to) {
		List<String> ids = network.nodes().stream().map(Node::id).toList();
		List<String> others = ids.stream().filter(id -> !id.equals(from) && !id.equals(to)).toList();
		double least = Double.POSITIVE_INFINITY;
		for (int mask = 0; mask < 1 << others.size(); mask++) {
			List<String> side = new ArrayList<>(List.of(from));
			for (int k = 0; k < others.size(); k++) {
				if ((mask >> k & 1) == 1) {
					side.add(others.get(k));
				}
			}
			double capacity = 0;
			for (Link link : network.links()) {
				boolean usable = link.keyRate() > 0 && relays(network, link.nodeA(), from, to)
						&& relays(network, link.nodeB(), from, to);
				if (usable && side.contains(link.nodeA()) != side.contains(link.nodeB())) {
					capacity += link.keyRate();
				}
			}
			least = Math.min(least, capacity);
		}
		return least;
	}

	private static boolean relays(Network network, String node, String from, String to) {
		return node.equals(from) || node.equals(to) || network.node(node).kind() != NodeKind.USER;
	}

	private static Network randomNetwork(SplittableRandom random) {
		int size = 4 + random.nextInt(6);
		List<Node> nodes = new ArrayList<>();
		for (int n = 0; n < size; n++) {
			nodes.add(n < 3 ? user("U" + n) : random.nextInt(5) == 0 ? user("U" + n) : trusted("T" + n));
		}
		List<Link> links = new ArrayList<>();
		int count = size + random.nextInt(2 * size);
		for (int l = 0; l < count; l++) {
			int a = random.nextInt(size);
			int b = random.nextInt(size - 1);
			b = b >= a ? b + 1 : b;
			double rate = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(1000);
			links.add(new Link("L" + l, nodes.get(a).id(), nodes.get(b).id(), rate, 1 + random.nextInt(100)));
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
