/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.openqci.network.Demand;
import org.openqci.network.Link;
import org.openqci.network.Network;
import org.openqci.network.NetworkAnalysis;
import org.openqci.network.Routing;

/**
 * On random networks with random supplies, under every routing: what goes into and out of every
 * pool adds up, each pool generates what its supply says, stocks stay within [0, capacity],
 * every request is accounted for and relayed over a route the routing allows.
 */
class PoolConservationTest {

	@Test
	void randomNetworksKeepTheBooks() {
		SplittableRandom random = new SplittableRandom(2009);
		int served = 0;
		for (int round = 0; round < 60; round++) {
			Network network = RandomPools.network(random);
			List<LinkSupply> supplies = RandomPools.supplies(network, random);
			Routing routing = Routing.values()[round % 3];
			PoolSettings settings = PoolSettings.defaults().withDuration(2000 + random.nextInt(20_000))
					.withRequestBits(500 + random.nextInt(5000)).withCapacity(20_000 + random.nextInt(200_000))
					.withInitialFraction(random.nextDouble()).withTimeout(random.nextInt(400))
					.withSampleInterval(7 + random.nextInt(300)).withRouting(routing).withSeed(round);
			String where = "round " + round + " " + routing;
			Map<String, List<List<String>>> allowed = new HashMap<>();
			network.demands().forEach(d -> allowed.put(d.id(), allowedRoutes(network, d, routing)));
			Map<String, Long> crossings = new HashMap<>();
			Map<String, Long> deliveries = new HashMap<>();
			double[] last = { 0 };
			PoolResults results = KeyPoolSimulation.run(network, supplies, settings, PoolProgress.NONE,
					(demand, time, bits, route) -> {
						assertTrue(time >= last[0] && time < settings.durationSeconds(), where + " at " + time);
						last[0] = time;
						assertTrue(allowed.get(demand).contains(route), where + " " + demand + " " + route);
						deliveries.merge(demand, 1L, Long::sum);
						route.forEach(link -> crossings.merge(link, 1L, Long::sum));
					});
			for (Link link : network.links()) {
				LinkPoolStats l = results.link(link.id());
				String at = where + " " + link.id();
				double scale = Math.max(1, l.initialBits() + l.generatedBits());
				assertEquals(l.finalBits(), l.initialBits() + l.generatedBits() - l.discardedBits() - l.consumedBits(),
						1e-9 * scale, at);
				assertEquals(settings.requestBits() * l.relayed(), l.consumedBits(), 1e-9 * scale, at);
				assertEquals(crossings.getOrDefault(link.id(), 0L), l.relayed(), at);
				assertEquals(expectedGenerated(link, supplies, settings.durationSeconds()), l.generatedBits(),
						1e-9 * scale, at);
				assertTrue(l.discardedBits() >= 0, at);
				for (double stock : results.stock(link.id())) {
					assertTrue(stock >= -1e-9 * settings.requestBits() && stock <= settings.capacityBits(),
							at + " stock " + stock);
				}
			}
			for (DemandStats d : results.demands()) {
				String at = where + " " + d.demand();
				assertEquals(d.requests(), d.served() + d.refused() + d.waiting(), at);
				assertEquals(deliveries.getOrDefault(d.demand(), 0L), d.served(), at);
				if (d.served() > 0) {
					assertTrue(d.latencyP50() <= d.latencyP95() && d.latencyP95() <= d.latencyMax(), at);
					assertTrue(d.latencyMax() <= settings.timeoutSeconds() + network.nodes().size() * settings.hopLatencySeconds(), at);
				}
				served += (int) d.served();
			}
		}
		assertTrue(served > 10_000, "only " + served + " requests served");
	}

	/** The key a link's supply gives in [0, duration), computed window by window. */
	private static double expectedGenerated(Link link, List<LinkSupply> supplies, double duration) {
		LinkSupply supply = supplies.stream().filter(s -> s.link().equals(link.id())).findFirst()
				.orElse(LinkSupply.steady(link.id(), link.keyRate()));
		double bits = supply.steadyBitsPerSecond() * duration;
		for (int cycle = 0; supply.period() > 0 ? cycle * supply.period() < duration : cycle < 1; cycle++) {
			for (SupplyWindow window : supply.windows()) {
				double start = cycle * supply.period() + window.start();
				double end = cycle * supply.period() + window.end();
				double overlap = Math.max(0, Math.min(end, duration) - start);
				bits += window.bits() * overlap / (end - start);
			}
		}
		return bits;
	}

	/**
	 * The routes a demand may take: the relay routes for maximum-flow routing, else every choice
	 * of parallel links along the single route.
	 */
	private static List<List<String>> allowedRoutes(Network network, Demand demand, Routing routing) {
		if (routing == Routing.MAX_FLOW) {
			return NetworkAnalysis.relayRoutes(network, demand.from(), demand.to(), KeyPoolSimulation.MAX_FLOW_ROUTES);
		}
		List<String> path = NetworkAnalysis.throughput(network, demand.from(), demand.to(), routing).route();
		List<List<String>> routes = new ArrayList<>(List.of(List.of()));
		for (int h = 0; h + 1 < path.size(); h++) {
			String a = path.get(h);
			String b = path.get(h + 1);
			List<List<String>> longer = new ArrayList<>();
			for (List<String> start : routes) {
				for (Link link : network.links()) {
					if (link.keyRate() > 0 && link.joins(a) && link.joins(b)) {
						List<String> route = new ArrayList<>(start);
						route.add(link.id());
						longer.add(route);
					}
				}
			}
			routes = longer;
		}
		return path.isEmpty() ? List.of() : routes;
	}
}
