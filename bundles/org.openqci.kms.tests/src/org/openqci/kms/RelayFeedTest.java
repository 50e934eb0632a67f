/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeding a KME from a network's relays: every relay's keys arrive in one deposit, in order and
 * paced by the speed-up; a feed restarted over the same store skips what is in and adds the
 * rest once; a full buffer holds a relay back.
 */
class RelayFeedTest {

	private static final SaePair AB = new SaePair("A", "B");
	private static final List<RelayFeed.Relay> RELAYS = List.of(new RelayFeed.Relay(0, 2), new RelayFeed.Relay(10, 3),
			new RelayFeed.Relay(20, 1), new RelayFeed.Relay(30, 4));

	@TempDir
	Path tmp;

	private static KeyManagementEntity entity(KeyStoreDatabase db, int maxKeyCount) {
		return new KeyManagementEntity(new KmeConfiguration("KME-1", "KME-2", Set.of("A", "B"), List.of(AB), 256, 2,
				maxKeyCount), db);
	}

	@Test
	void everyRelayIsDepositedOnceAtItsScaledTime() throws Exception {
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"))) {
			List<Long> slept = new ArrayList<>();
			RelayFeed feed = new RelayFeed(entity(db, 100), AB, RELAYS, 1000, millis -> {
				slept.add(millis);
				Thread.sleep(millis);
			});
			long start = System.nanoTime();
			assertEquals(10, feed.run(() -> false));
			double seconds = (System.nanoTime() - start) / 1e9;
			assertEquals(10, db.counts("A", "B").available());
			assertTrue(seconds >= 0.029, "30 simulated seconds at 1000x take 30 ms: " + seconds);
			assertTrue(slept.stream().allMatch(m -> m >= 1 && m <= 200), slept.toString());
			assertEquals(List.of(), feed.remaining(), "all in");
			assertEquals(0, feed.run(() -> false), "a second run adds nothing");
			assertEquals(10, db.counts("A", "B").deposited());
		}
	}

	@Test
	void aRestartedFeedGoesOnAfterTheRelaysInTheStore() throws Exception {
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"))) {
			AtomicInteger deposits = new AtomicInteger();
			KeyManagementEntity entity = entity(db, 100);
			RelayFeed first = new RelayFeed(entity, AB, RELAYS, 1e6, millis -> {
			});
			// stop after two relays, as a crash would
			assertEquals(5, first.run(() -> db.counts("A", "B").deposited() >= 5));
			deposits.set((int) db.counts("A", "B").deposited());
			assertEquals(5, deposits.get());
			RelayFeed again = new RelayFeed(entity, AB, RELAYS, 1e6, millis -> {
			});
			assertEquals(List.of(RELAYS.get(2), RELAYS.get(3)), again.remaining());
			assertEquals(5, again.run(() -> false));
			assertEquals(10, db.counts("A", "B").deposited(), "no relay twice, none lost");
		}
	}

	@Test
	void keysFromElsewhereAreNotMistakenForRelays() throws Exception {
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"))) {
			KeyManagementEntity entity = entity(db, 100);
			entity.deposit(AB, List.of(new byte[32], new byte[32], new byte[32]));
			RelayFeed feed = new RelayFeed(entity, AB, RELAYS, 1, millis -> {
			});
			IllegalStateException e = assertThrows(IllegalStateException.class, feed::remaining);
			assertEquals("the store holds 3 keys for A -> B, which are not the first relays of this network's "
					+ "simulation", e.getMessage());
		}
	}

	@Test
	void aFullBufferHoldsTheRelayBack() throws Exception {
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"))) {
			KeyManagementEntity entity = entity(db, 4);
			AtomicInteger waits = new AtomicInteger();
			RelayFeed feed = new RelayFeed(entity, AB, List.of(new RelayFeed.Relay(0, 3), new RelayFeed.Relay(0, 2)),
					1, millis -> {
						if (waits.incrementAndGet() == 3) {
							db.reserveForMaster("A", "B", 2); // the master SAE takes two keys
						}
					});
			assertEquals(5, feed.run(() -> false));
			assertTrue(waits.get() >= 3, "the second relay waited for room: " + waits.get());
			assertEquals(3, db.counts("A", "B").available());
			assertThrows(IllegalArgumentException.class, () -> new RelayFeed(entity, AB,
					List.of(new RelayFeed.Relay(0, 5)), 1, millis -> {
					}));
		}
	}

	@Test
	void relaysMustBeInTimeOrder() throws Exception {
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"))) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RelayFeed(entity(db,
					100), AB, List.of(new RelayFeed.Relay(5, 1), new RelayFeed.Relay(1, 1)), 1, millis -> {
					}));
			assertEquals("relays are not in time order at relay 2", e.getMessage());
		}
	}
}
