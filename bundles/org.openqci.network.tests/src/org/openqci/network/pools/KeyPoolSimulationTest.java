/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqci.network.Demand;
import org.openqci.network.Link;
import org.openqci.network.Network;
import org.openqci.network.Node;
import org.openqci.network.NodeKind;
import org.openqci.network.Routing;

/**
 * Key pools against cases computed by hand. Requests are Poisson, so counts are checked within
 * four standard deviations: N requests expected give N &plusmn; 4 &radic;N.
 */
class KeyPoolSimulationTest {

	/** Settings for the hand-computed cases: requests of 1000 bits, 10 ms a hop. */
	private static final PoolSettings BASE = PoolSettings.defaults().withDuration(100_000).withRequestBits(1000)
			.withSampleInterval(1000).withTimeout(3600).withHopLatency(0.01);

	/** Users A and B joined by link L of {@code rate} bit/s, demand D from A to B of {@code requested} bit/s. */
	private static Network oneLink(double rate, double requested) {
		return Network.of(List.of(user("A"), user("B")), List.of(new Link("L", "A", "B", rate, 10)),
				List.of(new Demand("D", "A", "B", requested)));
	}

	@Test
	void aDemandBelowTheLinkRateIsServedWholly() {
		PoolResults results = KeyPoolSimulation.run(oneLink(1000, 500), List.of(), BASE, PoolProgress.NONE);
		DemandStats d = results.demand("D");
		// 0.5 requests/s over 1e5 s: 50000 +- 4 sqrt(50000) = +- 894
		assertEquals(50_000, d.requests(), 894);
		assertEquals(0, d.refused());
		assertTrue(d.waiting() <= 1, "waiting " + d.waiting());
		assertEquals(d.requests(), d.served() + d.waiting());
		assertEquals(500, d.servedBitsPerSecond(), 8.95);
		assertEquals(d.served() * 1000.0, d.servedBits());
		assertEquals(d.requests() * 1000.0 / 100_000, d.offeredBitsPerSecond(), 1e-9);
		assertEquals(500, d.requestedBitsPerSecond());
		// almost every request finds its key at once: latency one hop
		assertEquals(0.01, d.latencyP50(), 1e-15);
		assertEquals(0.01, d.latencyP95(), 1e-15);
		assertTrue(d.latencyMax() >= 0.01 && d.latencyMax() < 10, "max " + d.latencyMax());
		LinkPoolStats l = results.link("L");
		assertEquals(1e8, l.generatedBits(), 1e-4);
		assertEquals(0, l.discardedBits());
		assertEquals(d.served(), l.relayed());
		assertEquals(1e8 - d.servedBits(), l.finalBits(), 1e-4);
		// the stock grows by about 500 bit/s: 2.5e7 bits from 50000 s to 100000 s, +- 4 sigma
		double[] stock = results.stock("L");
		double[] times = results.sampleTimes();
		assertEquals(101, times.length);
		assertEquals(50_000, times[50]);
		assertEquals(2.5e7, stock[100] - stock[50], 4 * 1000 * Math.sqrt(25_000));
		assertEquals(l.finalBits(), stock[100]);
	}

	@Test
	void aDemandAboveTheLinkRateGetsTheLinkRate() {
		PoolSettings settings = BASE.withTimeout(10);
		PoolResults results = KeyPoolSimulation.run(oneLink(1000, 2000), List.of(), settings, PoolProgress.NONE);
		DemandStats d = results.demand("D");
		// 2 requests/s offered, 1 served a second: about half are refused
		assertEquals(200_000, d.requests(), 4 * Math.sqrt(200_000));
		assertEquals(d.requests(), d.served() + d.refused() + d.waiting());
		assertTrue(d.refused() > 0.45 * d.requests(), "refused " + d.refused());
		assertTrue(d.servedBitsPerSecond() <= 1000 && d.servedBitsPerSecond() > 990, "served " + d.servedBitsPerSecond());
		assertTrue(d.latencyMax() <= 10 + 0.01 + 1e-9, "latency " + d.latencyMax());
		assertTrue(d.latencyP50() > 1, "median latency " + d.latencyP50());
		LinkPoolStats l = results.link("L");
		assertTrue(l.finalBits() < 1000 * (1 + 1e-9), "final " + l.finalBits());
		assertEquals(l.generatedBits(), l.consumedBits() + l.finalBits(), 1e-4);
	}

	@Test
	void aFullPoolDiscardsWhatArrives() {
		Network network = Network.of(List.of(user("A"), user("B")), List.of(new Link("L", "A", "B", 1000, 10)));
		PoolSettings settings = BASE.withDuration(100).withCapacity(5000).withInitialFraction(0.5).withSampleInterval(1);
		PoolResults results = KeyPoolSimulation.run(network, List.of(), settings, PoolProgress.NONE);
		double[] stock = results.stock("L");
		assertEquals(101, stock.length);
		for (int k = 0; k <= 100; k++) {
			assertEquals(Math.min(5000, 2500 + 1000 * k), stock[k], 1e-9, "at " + k + " s");
		}
		LinkPoolStats l = results.link("L");
		assertEquals(2500, l.initialBits());
		assertEquals(100_000, l.generatedBits(), 1e-9);
		assertEquals(2500 + 100_000 - 5000, l.discardedBits(), 1e-9);
		assertEquals(5000, l.finalBits());
		assertEquals(0, l.consumedBits());
	}

	@Test
	void aPoolFilledInWindowsHoldsItsStockBetweenThem() {
		Network network = Network.of(List.of(user("A"), user("B")), List.of(new Link("L", "A", "B", 500, 10)));
		LinkSupply supply = LinkSupply.windows("L", List.of(new SupplyWindow(100, 200, 5e5)), 1000);
		PoolSettings settings = BASE.withDuration(10_150).withSampleInterval(50);
		PoolResults results = KeyPoolSimulation.run(network, List.of(supply), settings, PoolProgress.NONE);
		double[] times = results.sampleTimes();
		double[] stock = results.stock("L");
		for (int k = 0; k < times.length; k++) {
			double t = times[k];
			double cycles = Math.floor(t / 1000);
			double into = Math.min(100, Math.max(0, t - cycles * 1000 - 100));
			assertEquals(5e5 * cycles + 5000 * into, stock[k], 1e-6, "at " + t + " s");
		}
		// ten whole windows and half the eleventh
		assertEquals(10.5 * 5e5, results.link("L").generatedBits(), 1e-6);
		assertEquals(stock[times.length - 1], results.link("L").finalBits());
	}

	@Test
	void keyFromWindowsIsRelayedOnlyDuringThem() {
		Network network = oneLink(50, 1000);
		LinkSupply supply = LinkSupply.windows("L", List.of(new SupplyWindow(100, 200, 50_000)), 1000);
		List<Double> times = new ArrayList<>();
		PoolResults results = KeyPoolSimulation.run(network, List.of(supply), BASE.withTimeout(10_000),
				PoolProgress.NONE, (demand, time, bits, route) -> times.add(time));
		double previous = 0;
		for (double time : times) {
			double into = time % 1000;
			assertTrue(into >= 100 && into <= 200 + 1e-6, "relayed at " + time);
			assertTrue(time >= previous, "not in time order at " + time);
			previous = time;
		}
		DemandStats d = results.demand("D");
		assertEquals(times.size(), d.served());
		// the demand asks twenty times the supply: the windows' key (100 of them, 5e6 bits) all goes
		LinkPoolStats l = results.link("L");
		assertEquals(5e6, l.generatedBits(), 1e-6);
		assertTrue(l.finalBits() < 1000, "left " + l.finalBits());
		assertEquals(4999, d.served(), 1);
		assertEquals(d.requests(), d.served() + d.refused() + d.waiting());
		assertTrue(d.refused() > 0);
	}

	/** An empty pool of 1000 bit/s, requests of 1000 bits always waiting: one is served every second, on the second. */
	@Test
	void aWaitingRequestIsServedTheMomentThePoolHoldsIt() {
		List<Double> times = new ArrayList<>();
		PoolSettings settings = BASE.withDuration(1000.5).withTimeout(Double.POSITIVE_INFINITY);
		PoolResults results = KeyPoolSimulation.run(oneLink(1000, 20_000), List.of(), settings, PoolProgress.NONE,
				(demand, time, bits, route) -> times.add(time));
		assertEquals(1000, times.size());
		for (int k = 0; k < times.size(); k++) {
			assertEquals(k + 1, times.get(k), 1e-6, "request " + k);
		}
		DemandStats d = results.demand("D");
		assertEquals(1000, d.served());
		assertEquals(d.requests() - 1000, d.waiting());
		assertEquals(500, results.link("L").finalBits(), 1e-3);
		// at most one failed retry per request served (rounding), plus arrivals, samples and progress
		assertTrue(results.events() < 2 * d.requests() + 1000 + 2 + 99 + 10, "events " + results.events());
	}

	@Test
	void aTwoHopRouteTakesKeyFromBothLinks() {
		Network network = Network.of(List.of(user("A"), trusted("T"), user("B")),
				List.of(new Link("L1", "A", "T", 2000, 10), new Link("L2", "T", "B", 3000, 10)),
				List.of(new Demand("D", "A", "B", 500)));
		List<List<String>> routes = new ArrayList<>();
		PoolResults results = KeyPoolSimulation.run(network, List.of(), BASE.withDuration(10_000), PoolProgress.NONE,
				(demand, time, bits, route) -> {
					assertEquals("D", demand);
					assertEquals(1000, bits);
					routes.add(route);
				});
		DemandStats d = results.demand("D");
		assertEquals(d.served(), routes.size());
		assertTrue(routes.stream().allMatch(List.of("L1", "L2")::equals));
		for (String link : List.of("L1", "L2")) {
			assertEquals(d.served(), results.link(link).relayed());
			assertEquals(1000.0 * d.served(), results.link(link).consumedBits());
		}
		assertEquals(0.02, d.latencyP50(), 1e-15);
	}

	@ParameterizedTest
	@EnumSource(Routing.class)
	void aUserSiteRelaysNothing(Routing routing) {
		Network network = Network.of(List.of(user("A"), user("C"), user("B")),
				List.of(new Link("AC", "A", "C", 1000, 10), new Link("CB", "C", "B", 1000, 10)),
				List.of(new Demand("D", "A", "B", 100)));
		PoolResults results = KeyPoolSimulation.run(network, List.of(), BASE.withRouting(routing).withDuration(10_000),
				PoolProgress.NONE);
		DemandStats d = results.demand("D");
		assertTrue(d.requests() > 800, "requests " + d.requests());
		assertEquals(d.requests(), d.refused());
		assertEquals(0, d.served());
		assertTrue(Double.isNaN(d.latencyMean()) && Double.isNaN(d.latencyMax()));
		assertEquals(0, results.link("AC").consumedBits());
		assertEquals(1e7, results.link("CB").finalBits(), 1e-6);
	}

	/**
	 * A to B directly over L0 (1000 bit/s), or over T1 and T2 (three links of 1000 bit/s); 1600
	 * bit/s requested. One route of fewest hops carries at most 1000 bit/s; the two together 2000.
	 */
	@Test
	void maximumFlowRoutingUsesASecondRoute() {
		Network network = Network.of(List.of(user("A"), trusted("T1"), trusted("T2"), user("B")),
				List.of(new Link("L0", "A", "B", 1000, 100), new Link("L1", "A", "T1", 1000, 10),
						new Link("L2", "T1", "T2", 1000, 10), new Link("L3", "T2", "B", 1000, 10)),
				List.of(new Demand("D", "A", "B", 1600)));
		PoolSettings settings = BASE.withTimeout(60);
		DemandStats single = KeyPoolSimulation.run(network, List.of(), settings.withRouting(Routing.FEWEST_HOPS),
				PoolProgress.NONE).demand("D");
		PoolResults flow = KeyPoolSimulation.run(network, List.of(), settings, PoolProgress.NONE);
		DemandStats both = flow.demand("D");
		assertTrue(single.servedBitsPerSecond() <= 1000, "single route " + single.servedBitsPerSecond());
		assertTrue(both.servedBitsPerSecond() > 0.97 * both.offeredBitsPerSecond(), "two routes " + both);
		assertTrue(both.served() > single.served() * 1.5, single.served() + " vs " + both.served());
		assertEquals(flow.link("L1").relayed(), flow.link("L3").relayed());
		assertEquals(both.served(), flow.link("L0").relayed() + flow.link("L1").relayed());
		assertTrue(flow.link("L1").relayed() > 0.3 * both.served(), "second route " + flow.link("L1").relayed());
	}

	/** Parallel links on a single route: each request takes one of them, the one holding most key. */
	@Test
	void aHopOfParallelLinksTakesTheFullestOne() {
		Network network = Network.of(List.of(user("A"), trusted("T"), user("B")),
				List.of(new Link("P1", "A", "T", 300, 10), new Link("P2", "T", "A", 300, 10), new Link("Q", "T", "B", 900, 10)),
				List.of(new Demand("D", "A", "B", 500)));
		for (Routing routing : Routing.values()) {
			PoolResults results = KeyPoolSimulation.run(network, List.of(), BASE.withRouting(routing), PoolProgress.NONE);
			DemandStats d = results.demand("D");
			String where = routing.name();
			assertEquals(d.served(), results.link("P1").relayed() + results.link("P2").relayed(), where);
			assertEquals(d.served(), results.link("Q").relayed(), where);
			assertEquals(results.link("P1").relayed(), results.link("P2").relayed(), 0.02 * d.served(), where);
			assertEquals(500, d.servedBitsPerSecond(), 10, where);
			assertEquals(0.02, d.latencyP50(), 1e-15, where);
		}
	}

	@Test
	void aRequestWaitsNoLongerThanTheTimeout() {
		// the pool fills only in a window after the end: nothing is ever served
		Network network = oneLink(100, 100);
		List<LinkSupply> never = List.of(LinkSupply.windows("L", List.of(new SupplyWindow(1e6, 1e6 + 1, 1e9)), 0));
		PoolSettings settings = BASE.withDuration(10_000).withTimeout(100);
		DemandStats d = KeyPoolSimulation.run(network, never, settings, PoolProgress.NONE).demand("D");
		assertEquals(1000, d.requests(), 4 * Math.sqrt(1000));
		assertEquals(0, d.served());
		assertEquals(d.requests(), d.refused() + d.waiting());
		// those of the last 100 s still wait: 10 expected
		assertTrue(d.waiting() > 0 && d.waiting() < 30, "waiting " + d.waiting());
		DemandStats patient = KeyPoolSimulation.run(network, never, settings.withTimeout(Double.POSITIVE_INFINITY),
				PoolProgress.NONE).demand("D");
		assertEquals(0, patient.refused());
		assertEquals(patient.requests(), patient.waiting());
	}

	@Test
	void aTimedOutRequestIsRefusedAndTheNextOneServed() {
		// the pool holds nothing until 1000 s, then 1000 bit/s: requests before 900 s time out
		Network network = oneLink(1000, 10);
		List<LinkSupply> late = List.of(LinkSupply.windows("L", List.of(new SupplyWindow(1000, 2000, 1e6)), 0));
		List<Double> served = new ArrayList<>();
		PoolResults results = KeyPoolSimulation.run(network, late, BASE.withDuration(2000).withTimeout(100),
				PoolProgress.NONE, (demand, time, bits, route) -> served.add(time));
		DemandStats d = results.demand("D");
		assertTrue(d.refused() > 0, "refused " + d.refused());
		assertTrue(served.get(0) >= 1001 - 1e-9, "first served at " + served.get(0));
		assertTrue(d.latencyMax() <= 100.01 + 1e-9, "latency " + d.latencyMax());
		assertEquals(d.requests(), d.served() + d.refused() + d.waiting());
		// from 1001 s on the pool keeps up (10 bit/s asked of 1000): after it, everything is served
		assertTrue(d.waiting() <= 1);
	}

	@Test
	void fullPoolsServeAtOnce() {
		Network network = Network.of(List.of(user("A"), trusted("T1"), trusted("T2"), user("B")),
				List.of(new Link("L1", "A", "T1", 1e5, 10), new Link("L2", "T1", "T2", 1e5, 10),
						new Link("L3", "T2", "B", 1e5, 10)),
				List.of(new Demand("D", "A", "B", 5000)));
		PoolSettings settings = BASE.withInitialFraction(1).withHopLatency(0.25);
		DemandStats d = KeyPoolSimulation.run(network, List.of(), settings, PoolProgress.NONE).demand("D");
		assertTrue(d.served() > 400_000);
		assertEquals(0.75, d.latencyMean(), 1e-12);
		assertEquals(0.75, d.latencyP50());
		assertEquals(0.75, d.latencyP95());
		assertEquals(0.75, d.latencyMax());
	}

	@Test
	void progressGoesByPercentAndCancels() {
		List<Double> fractions = new ArrayList<>();
		KeyPoolSimulation.run(oneLink(1000, 500), List.of(), BASE.withDuration(1000), fraction -> fractions.add(fraction));
		assertEquals(100, fractions.size());
		for (int k = 0; k < 100; k++) {
			assertEquals((k + 1) / 100.0, fractions.get(k), 1e-12);
		}
		List<Double> seen = new ArrayList<>();
		assertThrows(CancellationException.class, () -> KeyPoolSimulation.run(oneLink(1000, 500), List.of(), BASE,
				fraction -> seen.add(fraction) && fraction < 0.3));
		assertEquals(30, seen.size());
	}

	@Test
	void aSeedGivesTheSameResults() {
		Network network = RandomPools.network(new java.util.SplittableRandom(7));
		List<LinkSupply> supplies = RandomPools.supplies(network, new java.util.SplittableRandom(7));
		PoolSettings settings = BASE.withDuration(20_000).withSeed(42);
		PoolResults a = KeyPoolSimulation.run(network, supplies, settings, PoolProgress.NONE);
		PoolResults b = KeyPoolSimulation.run(network, supplies, settings, PoolProgress.NONE);
		assertEquals(a.demands(), b.demands());
		assertEquals(a.links(), b.links());
		assertArrayEquals(a.sampleTimes(), b.sampleTimes());
		for (Link link : network.links()) {
			assertArrayEquals(a.stock(link.id()), b.stock(link.id()), link.id());
		}
		assertEquals(a.events(), b.events());
		PoolResults other = KeyPoolSimulation.run(network, supplies, settings.withSeed(43), PoolProgress.NONE);
		assertNotEquals(a.demands(), other.demands());
	}

	@Test
	void namesASupplyOfAnUnknownOrTwiceSuppliedLink() {
		Network network = oneLink(1000, 500);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> KeyPoolSimulation.run(network, List.of(LinkSupply.steady("X", 5)), BASE, PoolProgress.NONE));
		assertTrue(e.getMessage().contains("link X"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> KeyPoolSimulation.run(network,
				List.of(LinkSupply.steady("L", 5), LinkSupply.steady("L", 6)), BASE, PoolProgress.NONE));
		assertTrue(e.getMessage().contains("two supplies of link L"), e.getMessage());
	}

	@Test
	void resultsAreCopies() {
		PoolResults results = KeyPoolSimulation.run(oneLink(1000, 500), List.of(), BASE.withDuration(1000),
				PoolProgress.NONE);
		results.stock("L")[0] = 99;
		results.sampleTimes()[0] = 99;
		results.stocks().get("L")[0] = 99;
		assertEquals(0, results.stock("L")[0]);
		assertEquals(0, results.sampleTimes()[0]);
		assertThrows(UnsupportedOperationException.class, () -> results.demands().clear());
		assertThrows(IllegalArgumentException.class, () -> results.stock("Z"));
		assertThrows(IllegalArgumentException.class, () -> results.demand("Z"));
	}

	static Node user(String id) {
		return new Node(id, id, NodeKind.USER, 0, 0);
	}

	static Node trusted(String id) {
		return new Node(id, id, NodeKind.TRUSTED, 0, 0);
	}
}
