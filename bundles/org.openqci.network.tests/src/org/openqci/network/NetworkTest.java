/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The network's validation, lookups and what-if copies. */
class NetworkTest {

	private static final Node ALICE = new Node("A", "Alice", NodeKind.USER, 50.85, 4.35);
	private static final Node TRUST = new Node("T", "Trusted node", NodeKind.TRUSTED, 48.86, 2.35);
	private static final Node BOB = new Node("B", "Bob", NodeKind.USER, 38.72, -9.14);

	private static Network small() {
		return Network.of(List.of(ALICE, TRUST, BOB),
				List.of(new Link("L1", "A", "T", 1000, 300), new Link("L2", "T", "B", 500, 1800)),
				List.of(new Demand("D1", "A", "B", 100)));
	}

	/** Asserts that the call throws an IllegalArgumentException whose message has every part. */
	private static void assertRejected(Executable call, String... parts) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
		for (String part : parts) {
			assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' does not name " + part);
		}
	}

	@Test
	void keepsTheElementsInOrder() {
		Network network = small();
		assertEquals(List.of(ALICE, TRUST, BOB), network.nodes());
		assertEquals(List.of("L1", "L2"), network.links().stream().map(Link::id).toList());
		assertEquals(List.of(ALICE, BOB), network.users());
		assertEquals(TRUST, network.node("T"));
		assertEquals("T", network.link("L2").nodeA());
		assertEquals(List.of(network.link("L1"), network.link("L2")), network.linksOf("T"));
		assertThrows(UnsupportedOperationException.class, () -> network.links().clear());
	}

	@Test
	void namesTheUnknownNodeOfALink() {
		assertRejected(() -> Network.of(List.of(ALICE, TRUST), List.of(new Link("L7", "A", "X", 1, 1))), "link L7",
				"unknown node X");
	}

	@Test
	void namesADuplicateId() {
		assertRejected(() -> Network.of(List.of(ALICE, TRUST, ALICE), List.of()), "duplicate id A");
		assertRejected(() -> Network.of(List.of(ALICE, TRUST), List.of(new Link("T", "A", "T", 1, 1))),
				"duplicate id T", "node", "link");
		assertRejected(() -> Network.of(List.of(ALICE, BOB), List.of(new Link("L1", "A", "B", 1, 1)),
				List.of(new Demand("L1", "A", "B", 1))), "duplicate id L1");
	}

	@Test
	void namesADemandToANodeThatIsNotAUser() {
		assertRejected(() -> Network.of(List.of(ALICE, TRUST), List.of(), List.of(new Demand("D1", "A", "T", 1))),
				"demand D1", "node T", "TRUSTED");
		assertRejected(() -> Network.of(List.of(ALICE), List.of(), List.of(new Demand("D2", "A", "Z", 1))),
				"demand D2", "unknown node Z");
	}

	@ParameterizedTest(name = "key rate {0}, length {1}")
	@CsvSource({ "-1, 10, key rate", "NaN, 10, key rate", "Infinity, 10, key rate", "5, -0.5, length" })
	void namesALinkOfNegativeOrUndefinedRateOrLength(double rate, double length, String quantity) {
		assertRejected(() -> new Link("L3", "A", "B", rate, length), "link L3", quantity);
	}

	@Test
	void namesSelfLoops() {
		assertRejected(() -> new Link("L4", "T", "T", 1, 1), "link L4", "both ends are node T");
		assertRejected(() -> new Demand("D3", "A", "A", 1), "demand D3", "both ends are node A");
	}

	@Test
	void namesBadNodesAndDemands() {
		assertRejected(() -> new Node("N", "north", NodeKind.TRUSTED, 91, 0), "node N", "latitude");
		assertRejected(() -> new Node("W", "west", NodeKind.TRUSTED, 0, -180.5), "node W", "longitude");
		assertRejected(() -> new Node(" ", "blank", NodeKind.TRUSTED, 0, 0), "node without an id");
		assertRejected(() -> new Demand("D4", "A", "B", -2), "demand D4", "requested");
	}

	@Test
	void allowsParallelLinks() {
		Network network = Network.of(List.of(ALICE, TRUST),
				List.of(new Link("P1", "A", "T", 1000, 10), new Link("P2", "T", "A", 2000, 20)));
		assertEquals(2, network.linksOf("A").size());
	}

	@Test
	void withoutANodeTakesOutItsLinksAndDemands() {
		Network network = small();
		Network withoutTrust = network.without("T");
		assertFalse(withoutTrust.hasNode("T"));
		assertTrue(withoutTrust.links().isEmpty());
		assertEquals(1, withoutTrust.demands().size());
		Network withoutBob = network.without("B");
		assertEquals(List.of("L1"), withoutBob.links().stream().map(Link::id).toList());
		assertTrue(withoutBob.demands().isEmpty());
		Network withoutLink = network.without("L2");
		assertEquals(3, withoutLink.nodes().size());
		assertFalse(withoutLink.hasLink("L2"));
		assertTrue(withoutLink.hasLink("L1"));
		assertEquals(2, network.links().size(), "the original is unchanged");
	}

	@Test
	void namesUnknownIdsInLookups() {
		Network network = small();
		assertRejected(() -> network.without("Q"), "Q");
		assertRejected(() -> network.without("D1"), "D1");
		assertRejected(() -> network.node("L1"), "unknown node L1");
		assertRejected(() -> network.link("X"), "unknown link X");
	}
}
