/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqci.kms.SlaveDelivery.Delivered;
import org.openqci.kms.SlaveDelivery.Reason;
import org.openqci.kms.SlaveDelivery.Refused;

/** The durable key store: its states, its transactions under concurrency, and its file. */
class KeyStoreDatabaseTest {

	@TempDir
	Path tmp;

	/** {@code n} distinct 32-byte keys, the first bytes numbering them from {@code from}. */
	static List<byte[]> keys(int from, int n) {
		List<byte[]> keys = new ArrayList<>(n);
		for (int i = from; i < from + n; i++) {
			byte[] k = new byte[32];
			k[0] = (byte) (i >> 24);
			k[1] = (byte) (i >> 16);
			k[2] = (byte) (i >> 8);
			k[3] = (byte) i;
			k[31] = (byte) 0xa5;
			keys.add(k);
		}
		return keys;
	}

	@Test
	void keysGoFromTheStockToTheMasterToTheSlaveWithTheirMaterial() {
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"))) {
			List<byte[]> deposited = keys(0, 10);
			assertEquals(10, db.deposit("A", "B", deposited));
			assertEquals(new KeyCounts(10, 0, 0), db.counts("A", "B"));
			assertEquals(new KeyCounts(0, 0, 0), db.counts("B", "A"), "the pair is directed");

			List<StoredKey> master = db.reserveForMaster("A", "B", 3);
			assertEquals(3, master.size());
			for (int i = 0; i < 3; i++) {
				assertArrayEquals(deposited.get(i), master.get(i).key(), "the oldest keys first, unchanged");
			}
			assertEquals(new KeyCounts(7, 3, 0), db.counts("A", "B"));

			SlaveDelivery d = db.deliverToSlave("A", "B", List.of(master.get(2).id(), master.get(0).id()));
			List<StoredKey> slave = assertInstanceOf(Delivered.class, d).keys();
			assertEquals(List.of(master.get(2).id(), master.get(0).id()), slave.stream().map(StoredKey::id).toList());
			assertArrayEquals(master.get(2).key(), slave.get(0).key());
			assertArrayEquals(master.get(0).key(), slave.get(1).key());
			assertEquals(new KeyCounts(7, 1, 2), db.counts("A", "B"));
			assertEquals(10, db.counts("A", "B").deposited());
		}
	}

	@Test
	void aReservationIsAllOrNothing() {
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"))) {
			db.deposit("A", "B", keys(0, 2));
			assertEquals(List.of(), db.reserveForMaster("A", "B", 3));
			assertEquals(new KeyCounts(2, 0, 0), db.counts("A", "B"));
			assertEquals(2, db.reserveForMaster("A", "B", 2).size());
			assertEquals(List.of(), db.reserveForMaster("A", "B", 1));
			assertThrows(IllegalArgumentException.class, () -> db.reserveForMaster("A", "B", 0));
		}
	}

	@Test
	void aDepositStopsAtTheCapacity() {
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"))) {
			assertEquals(3, db.deposit("A", "B", keys(0, 5), 3));
			assertEquals(0, db.deposit("A", "B", keys(5, 5), 3));
			db.reserveForMaster("A", "B", 2);
			assertEquals(2, db.deposit("A", "B", keys(10, 5), 3));
			assertEquals(new KeyCounts(3, 2, 0), db.counts("A", "B"));
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> db.deposit("A", "B", List.of(new byte[0])));
			assertTrue(e.getMessage().contains("0 bytes"), e.getMessage());
			assertThrows(IllegalArgumentException.class, () -> db.deposit("A", "A", keys(0, 1)));
			assertEquals(new KeyCounts(3, 2, 0), db.counts("A", "B"));
		}
	}

	@Test
	void aRefusedDeliveryChangesNothing() {
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"))) {
			db.deposit("A", "B", keys(0, 10));
			db.deposit("A", "C", keys(100, 10));
			List<StoredKey> ab = db.reserveForMaster("A", "B", 4);
			List<StoredKey> ac = db.reserveForMaster("A", "C", 1);
			assertInstanceOf(Delivered.class, db.deliverToSlave("A", "B", List.of(ab.get(3).id())));
			KeyCounts before = db.counts("A", "B");

			UUID a0 = ab.get(0).id();
			UUID a1 = ab.get(1).id();
			assertRefused(Reason.ALREADY_DELIVERED, ab.get(3).id(), db.deliverToSlave("A", "B", List.of(a0, a1,
					ab.get(3).id())));
			UUID unknown = UUID.randomUUID();
			assertRefused(Reason.UNKNOWN, unknown, db.deliverToSlave("A", "B", List.of(a0, unknown)));
			assertRefused(Reason.OTHER_PAIR, ac.get(0).id(), db.deliverToSlave("A", "B", List.of(a0, ac.get(0).id())));
			assertRefused(Reason.OTHER_PAIR, a0, db.deliverToSlave("A", "C", List.of(a0)));
			assertRefused(Reason.DUPLICATE, a1, db.deliverToSlave("A", "B", List.of(a1, a0, a1)));
			assertEquals(before, db.counts("A", "B"));
			assertEquals(new KeyCounts(9, 1, 0), db.counts("A", "C"));

			// the keys of the refused requests are still there for a correct one
			SlaveDelivery d = db.deliverToSlave("A", "B", List.of(a0, a1, ab.get(2).id()));
			assertEquals(3, assertInstanceOf(Delivered.class, d).keys().size());
			assertEquals(new KeyCounts(6, 0, 4), db.counts("A", "B"));
		}
	}

	private static void assertRefused(Reason reason, UUID id, SlaveDelivery d) {
		Refused r = assertInstanceOf(Refused.class, d);
		assertEquals(reason, r.reason());
		assertEquals(id, r.keyId());
	}

	@Test
	void concurrentReservationsNeverShareAKey() throws Exception {
		int threads = 8;
		int requests = 200;
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"))) {
			int stock = 2 * threads * requests; // less than the 1 to 3 keys a request asks for on average
			db.deposit("A", "B", keys(0, stock));
			Set<UUID> ids = ConcurrentHashMap.newKeySet();
			Set<String> materials = ConcurrentHashMap.newKeySet();
			AtomicInteger reserved = new AtomicInteger();
			AtomicInteger duplicates = new AtomicInteger();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<?>> futures = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					SplittableRandom random = new SplittableRandom(t);
					futures.add(pool.submit(() -> {
						start.await();
						for (int i = 0; i < requests; i++) {
							List<StoredKey> got = db.reserveForMaster("A", "B", 1 + random.nextInt(3));
							reserved.addAndGet(got.size());
							for (StoredKey k : got) {
								if (!ids.add(k.id()) || !materials.add(java.util.HexFormat.of().formatHex(k.key()))) {
									duplicates.incrementAndGet();
								}
							}
						}
						return null;
					}));
				}
				start.countDown();
				for (Future<?> f : futures) {
					f.get(120, TimeUnit.SECONDS);
				}
			} finally {
				pool.shutdownNow();
			}
			assertEquals(0, duplicates.get(), "a key was given out twice");
			assertEquals(reserved.get(), ids.size());
			KeyCounts counts = db.counts("A", "B");
			assertEquals(reserved.get(), counts.deliveredToMaster());
			assertEquals(stock, counts.available() + counts.deliveredToMaster(), "available + delivered = deposited");
		}
	}

	@Test
	void concurrentDeliveriesToTheSlaveGiveEachKeyOnce() throws Exception {
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"))) {
			db.deposit("A", "B", keys(0, 60));
			List<UUID> ids = db.reserveForMaster("A", "B", 60).stream().map(StoredKey::id).toList();
			List<UUID> delivered = Collections.synchronizedList(new ArrayList<>());
			ExecutorService pool = Executors.newFixedThreadPool(4);
			try {
				List<Future<?>> futures = new ArrayList<>();
				for (int t = 0; t < 4; t++) {
					futures.add(pool.submit(() -> {
						for (int i = 0; i < ids.size(); i += 3) {
							if (db.deliverToSlave("A", "B", ids.subList(i, i + 3)) instanceof Delivered d) {
								d.keys().forEach(k -> delivered.add(k.id()));
							}
						}
						return null;
					}));
				}
				for (Future<?> f : futures) {
					f.get(60, TimeUnit.SECONDS);
				}
			} finally {
				pool.shutdownNow();
			}
			assertEquals(60, delivered.size());
			assertEquals(new HashSet<>(ids), new HashSet<>(delivered));
			assertEquals(new KeyCounts(0, 0, 60), db.counts("A", "B"));
		}
	}

	@Test
	void reopeningTheFileKeepsEveryState() {
		Path file = tmp.resolve("keys");
		List<StoredKey> master;
		try (KeyStoreDatabase db = KeyStoreDatabase.open(file)) {
			db.deposit("A", "B", keys(0, 10));
			master = db.reserveForMaster("A", "B", 4);
			assertInstanceOf(Delivered.class, db.deliverToSlave("A", "B", List.of(master.get(0).id())));
		}
		assertTrue(Files.isRegularFile(tmp.resolve("keys.mv.db")));
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys.mv.db"))) {
			assertEquals(new KeyCounts(6, 3, 1), db.counts("A", "B"));
			assertRefused(Reason.ALREADY_DELIVERED, master.get(0).id(),
					db.deliverToSlave("A", "B", List.of(master.get(0).id())));
			SlaveDelivery d = db.deliverToSlave("A", "B", List.of(master.get(1).id()));
			assertArrayEquals(master.get(1).key(), assertInstanceOf(Delivered.class, d).keys().get(0).key());
			List<StoredKey> next = db.reserveForMaster("A", "B", 6);
			assertArrayEquals(keys(4, 1).get(0), next.get(0).key(), "the stock continues where it stopped");
			assertFalse(next.stream().anyMatch(master::contains));
		}
	}

	@Test
	void aCrashAfterACommitKeepsTheCommittedState() throws IOException {
		// a copy of the file taken while the store is open is what a killed process leaves behind
		Path copy = tmp.resolve("crash");
		Files.createDirectories(copy);
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"))) {
			db.deposit("A", "B", keys(0, 10));
			List<StoredKey> master = db.reserveForMaster("A", "B", 3);
			db.deliverToSlave("A", "B", List.of(master.get(0).id()));
			Files.copy(db.file(), copy.resolve("keys.mv.db"));
		}
		try (KeyStoreDatabase db = KeyStoreDatabase.open(copy.resolve("keys"))) {
			assertEquals(new KeyCounts(7, 2, 1), db.counts("A", "B"));
		}
	}

	@Test
	void syncingToTheDeviceWorksToo() {
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"), true)) {
			db.deposit("A", "B", keys(0, 3));
			assertEquals(2, db.reserveForMaster("A", "B", 2).size());
			assertEquals(new KeyCounts(1, 2, 0), db.counts("A", "B"));
		}
	}

	@Test
	void aClosedStoreRefusesEveryOperation() {
		KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("keys"));
		db.deposit("A", "B", keys(0, 3));
		db.close();
		db.close();
		assertTrue(db.isClosed());
		KeyStoreDatabaseException e = assertThrows(KeyStoreDatabaseException.class,
				() -> db.reserveForMaster("A", "B", 1));
		assertTrue(e.getMessage().contains("closed"), e.getMessage());
		assertThrows(KeyStoreDatabaseException.class, () -> db.counts("A", "B"));
		assertThrows(IllegalArgumentException.class, () -> KeyStoreDatabase.open(tmp.resolve("a;b")));
	}

	@Test
	void aFileThatIsNotADatabaseIsNamed() throws IOException {
		Path file = tmp.resolve("junk.mv.db");
		Files.writeString(file, "not a database ".repeat(1000));
		KeyStoreDatabaseException e = assertThrows(KeyStoreDatabaseException.class, () -> KeyStoreDatabase.open(file));
		assertTrue(e.getMessage().contains("junk.mv.db"), e.getMessage());
	}

	@Test
	void aStoredKeyShowsNoMaterial() {
		StoredKey k = new StoredKey(new UUID(0, 0), new byte[] { 0x12, 0x34 });
		assertFalse(k.toString().contains("12"), k.toString());
		assertEquals(16, k.bits());
	}
}
