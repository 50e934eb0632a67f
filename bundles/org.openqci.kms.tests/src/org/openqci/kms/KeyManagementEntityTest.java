/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqci.kms.KmeTestFixture.AB;
import static org.openqci.kms.KmeTestFixture.AX;
import static org.openqci.kms.KmeTestFixture.json;
import static org.openqci.kms.KmeTestFixture.path;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Every endpoint and form of the KME, and every refusal with its status, message and no change. */
class KeyManagementEntityTest {

	@TempDir
	Path tmp;

	private KmeTestFixture f;

	@BeforeEach
	void setUp() {
		f = new KmeTestFixture(tmp, 100);
		f.deposit(AB, 20);
		f.deposit(AX, 20);
	}

	@AfterEach
	void tearDown() {
		f.close();
	}

	/** A Key container's keys: ID and material, each checked for the format. */
	private static List<StoredKey> keys(KmeResponse r) {
		assertEquals(200, r.status(), r.json());
		JsonObject o = json(r);
		assertEquals(Set.of("keys"), o.keySet());
		List<StoredKey> keys = new ArrayList<>();
		for (JsonElement e : o.getAsJsonArray("keys")) {
			JsonObject k = e.getAsJsonObject();
			assertEquals(Set.of("key_ID", "key"), k.keySet());
			UUID id = UUID.fromString(k.get("key_ID").getAsString());
			assertEquals(id.toString(), k.get("key_ID").getAsString());
			byte[] material = Base64.getDecoder().decode(k.get("key").getAsString());
			assertEquals(KmeTestFixture.KEY_SIZE / 8, material.length);
			keys.add(new StoredKey(id, material));
		}
		return keys;
	}

	private static String keyIds(List<StoredKey> keys) {
		JsonArray ids = new JsonArray();
		for (StoredKey k : keys) {
			JsonObject o = new JsonObject();
			o.addProperty("key_ID", k.id().toString());
			ids.add(o);
		}
		JsonObject body = new JsonObject();
		body.add("key_IDs", ids);
		return body.toString();
	}

	@Test
	void statusDescribesTheCallersStockWithTheSlave() {
		KmeResponse r = f.get("A", path("B", "status"));
		assertEquals(200, r.status(), r.json());
		JsonObject s = json(r);
		assertEquals("KME-1", s.get("source_KME_ID").getAsString());
		assertEquals("KME-1", s.get("target_KME_ID").getAsString(), "B is served by this KME too");
		assertEquals("A", s.get("master_SAE_ID").getAsString());
		assertEquals("B", s.get("slave_SAE_ID").getAsString());
		assertEquals(256, s.get("key_size").getAsInt());
		assertEquals(20, s.get("stored_key_count").getAsInt());
		assertEquals(100, s.get("max_key_count").getAsInt());
		assertEquals(5, s.get("max_key_per_request").getAsInt());
		assertEquals(256, s.get("max_key_size").getAsInt());
		assertEquals(256, s.get("min_key_size").getAsInt());
		assertEquals(0, s.get("max_SAE_ID_count").getAsInt());
		assertEquals(11, s.size());
		f.get("A", path("B", "enc_keys"), "number", "3");
		assertEquals(17, json(f.get("A", path("B", "status"))).get("stored_key_count").getAsInt());
	}

	@Test
	void theTargetKmeIsThePeerForASlaveServedElsewhere() throws Exception {
		try (KeyStoreDatabase db = KeyStoreDatabase.open(tmp.resolve("other"))) {
			KeyManagementEntity kme = new KeyManagementEntity(new KmeConfiguration("KME-1", "KME-2", Set.of("A"),
					List.of(AB), 256, 5, 100), db);
			KmeResponse r = kme.handle(new KmeRequest("GET", path("B", "status"), Map.of(), new byte[0], "A"));
			assertEquals("KME-2", json(r).get("target_KME_ID").getAsString());
			// B is attached to KME-2: it fetches its keys there, not here
			r = kme.handle(new KmeRequest("GET", path("A", "dec_keys"), Map.of("key_ID", List.of(UUID.randomUUID()
					.toString())), new byte[0], "B"));
			assertEquals(401, r.status());
		}
	}

	@Test
	void encKeysWithGetGivesTheNumberAskedFor() {
		assertEquals(1, keys(f.get("A", path("B", "enc_keys"))).size());
		assertEquals(3, keys(f.get("A", path("B", "enc_keys"), "number", "3", "size", "256")).size());
		assertEquals(5, keys(f.get("A", path("B", "enc_keys"), "number", "5")).size());
		assertEquals(new KeyCounts(11, 9, 0), f.store.counts("A", "B"));
	}

	@Test
	void encKeysWithPostReadsTheKeyRequest() {
		assertEquals(1, keys(f.post("A", path("B", "enc_keys"), "")).size());
		assertEquals(1, keys(f.post("A", path("B", "enc_keys"), "{}")).size());
		assertEquals(2, keys(f.post("A", path("B", "enc_keys"), "{\"number\":2,\"size\":256}")).size());
		assertEquals(2, keys(f.post("A", path("B", "enc_keys"), "{\"number\":2.0,\"size\":2.56e2,"
				+ "\"additional_slave_SAE_IDs\":[],\"extension_mandatory\":[],"
				+ "\"extension_optional\":[{\"route\":\"direct\"}]}")).size());
		assertEquals(1, keys(f.post("A", path("B", "enc_keys"), "{\"number\":null,\"size\":null}")).size());
		assertEquals(new KeyCounts(13, 7, 0), f.store.counts("A", "B"));
	}

	@Test
	void theMasterAndTheSlaveEachGetAKeyOnceAndNobodyElse() {
		List<StoredKey> master = keys(f.get("A", path("B", "enc_keys"), "number", "2"));
		List<StoredKey> again = keys(f.get("A", path("B", "enc_keys"), "number", "5"));
		assertTrue(again.stream().noneMatch(master::contains), "a key given to the master twice");

		String id = master.get(0).id().toString();
		// neither a third SAE paired with A, nor one paired with nobody, nor the master, nor an SAE not served
		for (String other : List.of("X", "Y", "A", "Z")) {
			KmeResponse r = f.get(other, path("A", "dec_keys"), "key_ID", id);
			assertEquals(401, r.status(), other + ": " + r.json());
			r = f.post(other, path("A", "dec_keys"), keyIds(master));
			assertEquals(401, r.status(), other + ": " + r.json());
		}
		assertEquals(new KeyCounts(13, 7, 0), f.store.counts("A", "B"));

		List<StoredKey> slave = keys(f.get("B", path("A", "dec_keys"), "key_ID", id.toUpperCase()));
		assertEquals(master.get(0).id(), slave.get(0).id());
		assertArrayEquals(master.get(0).key(), slave.get(0).key());
		assertRefused(400, "has already been delivered", f.get("B", path("A", "dec_keys"), "key_ID", id));

		List<StoredKey> rest = keys(f.post("B", path("A", "dec_keys"), keyIds(again.reversed())));
		assertEquals(again.reversed().stream().map(StoredKey::id).toList(), rest.stream().map(StoredKey::id).toList());
		for (int i = 0; i < rest.size(); i++) {
			assertArrayEquals(again.reversed().get(i).key(), rest.get(i).key());
		}
		assertEquals(new KeyCounts(13, 1, 6), f.store.counts("A", "B"));
	}

	@Test
	void concurrentRequestsNeverGetTheSameKey() throws Exception {
		f.deposit(AB, 60); // 80 in stock for 4 threads asking 25 times for 1 key: 100 requests, 20 refused
		Set<UUID> ids = ConcurrentHashMap.newKeySet();
		AtomicInteger served = new AtomicInteger();
		AtomicInteger unavailable = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				futures.add(pool.submit(() -> {
					for (int i = 0; i < 25; i++) {
						KmeResponse r = f.post("A", path("B", "enc_keys"), "{\"number\":1}");
						if (r.status() == 503) {
							unavailable.incrementAndGet();
						} else {
							keys(r).forEach(k -> ids.add(k.id()));
							served.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get(60, TimeUnit.SECONDS);
			}
		} finally {
			pool.shutdownNow();
		}
		assertEquals(80, served.get());
		assertEquals(20, unavailable.get());
		assertEquals(80, ids.size(), "a key was given out twice");
		assertEquals(new KeyCounts(0, 80, 0), f.store.counts("A", "B"));
	}

	@Test
	void aKeyOfAnotherPairIsRefusedToTheSlave() {
		List<StoredKey> forX = keys(f.get("A", path("X", "enc_keys")));
		assertRefused(401, "was not delivered to master SAE 'A' for SAE 'B'", f.post("B", path("A", "dec_keys"),
				keyIds(forX)));
		assertEquals(1, keys(f.post("X", path("A", "dec_keys"), keyIds(forX))).size());
	}

	/** Asserts a refusal: its status, an Error whose message has {@code part}, and no change in the store. */
	private void assertRefused(int status, String part, KmeResponse r) {
		assertEquals(status, r.status(), r.json());
		JsonObject e = json(r);
		assertEquals(Set.of("message"), e.keySet(), r.json());
		String message = e.get("message").getAsString();
		assertTrue(message.contains(part), "'" + message + "' does not contain '" + part + "'");
	}

	/** Runs a request that must be refused and checks that nothing changed. */
	private void refused(int status, String part, Supplier<KmeResponse> request) {
		List<KeyCounts> before = f.counts();
		assertRefused(status, part, request.get());
		assertEquals(before, f.counts(), "a refused request changed the store");
	}

	@Test
	void callersThatAreNotTheMasterOfThePairAreUnauthorized() {
		refused(401, "SAE 'Z' of the client certificate is not served by KME 'KME-1'",
				() -> f.get("Z", path("B", "enc_keys")));
		refused(401, "is not served", () -> f.get("", path("B", "status")));
		refused(401, "SAE 'Y' may not request keys for SAE 'B'", () -> f.get("Y", path("B", "enc_keys")));
		refused(401, "SAE 'B' may not request keys for SAE 'A'", () -> f.get("B", path("A", "enc_keys")));
		refused(401, "SAE 'A' may not request keys for SAE 'Q'", () -> f.get("A", path("Q", "status")));
		refused(401, "SAE 'A' may not request keys for SAE 'Q'", () -> f.post("A", path("Q", "enc_keys"), "{}"));
		refused(401, "SAE 'X' may not request keys for SAE 'B'", () -> f.get("X", path("B", "status")));
		refused(401, "SAE 'A' may not fetch keys of SAE 'B'", () -> f.get("A", path("B", "dec_keys"), "key_ID",
				UUID.randomUUID().toString()));
		refused(401, "SAE 'B' may not fetch keys of SAE 'Q'", () -> f.post("B", path("Q", "dec_keys"), "{}"));
		// an unauthorized caller learns nothing about the format of its request
		refused(401, "SAE 'Y' may not request keys", () -> f.post("Y", path("B", "enc_keys"), "{nonsense"));
	}

	@Test
	void malformedKeyRequestsAreBadRequests() {
		String enc = path("B", "enc_keys");
		refused(400, "the body is not valid JSON", () -> f.post("A", enc, "{\"number\":1"));
		refused(400, "the body is not valid JSON", () -> f.post("A", enc, "{number:1}"));
		refused(400, "has more after its JSON value", () -> f.post("A", enc, "{} {}"));
		refused(400, "the body is an array, not a Key request JSON object", () -> f.post("A", enc, "[]"));
		refused(400, "the body is null, not a Key request", () -> f.post("A", enc, "null"));
		refused(400, "the body is empty", () -> f.post("A", enc, "  "));
		refused(400, "the member 'number' appears twice", () -> f.post("A", enc, "{\"number\":1,\"number\":5}"));
		refused(400, "more than 16 levels deep", () -> f.post("A", enc, "{\"extension_optional\":"
				+ "[".repeat(40) + "]".repeat(40) + "}"));
		refused(400, "the body is not UTF-8", () -> f.kme.handle(new KmeRequest("POST", enc, Map.of(),
				new byte[] { '{', (byte) 0xff, '}' }, "A")));
		refused(400, "'number' must be an integer, not a string", () -> f.post("A", enc, "{\"number\":\"2\"}"));
		refused(400, "'size' must be an integer, not an array", () -> f.post("A", enc, "{\"size\":[256]}"));
		refused(400, "unknown member 'numbr' in the Key request", () -> f.post("A", enc, "{\"numbr\":2}"));
		refused(400, "'additional_slave_SAE_IDs' must be an array, not a string",
				() -> f.post("A", enc, "{\"additional_slave_SAE_IDs\":\"X\"}"));
		refused(400, "'extension_optional' must hold objects, not a number",
				() -> f.post("A", enc, "{\"extension_optional\":[1]}"));
	}

	@Test
	void numbersOutsideTheLimitsAreBadRequests() {
		String enc = path("B", "enc_keys");
		refused(400, "'number' must be at least 1, not 0", () -> f.post("A", enc, "{\"number\":0}"));
		refused(400, "'number' must be at least 1, not -3", () -> f.post("A", enc, "{\"number\":-3}"));
		refused(400, "'number' must be at least 1, not -1", () -> f.get("A", enc, "number", "-1"));
		refused(400, "'number' 6 is more than max_key_per_request (5)", () -> f.post("A", enc, "{\"number\":6}"));
		refused(400, "'number' 6 is more than max_key_per_request (5)", () -> f.get("A", enc, "number", "6"));
		refused(400, "is more than max_key_per_request (5)", () -> f.post("A", enc, "{\"number\":1e400}"));
		refused(400, "is more than max_key_per_request (5)",
				() -> f.get("A", enc, "number", "99999999999999999999999999"));
		refused(400, "'number' must be an integer, not 2.5", () -> f.post("A", enc, "{\"number\":2.5}"));
		refused(400, "the query parameter 'number' must be an integer, not 'two'", () -> f.get("A", enc, "number",
				"two"));
		refused(400, "the query parameter 'number' must be given once", () -> f.get("A", enc, "number", "1",
				"number", "2"));
		refused(400, "unknown query parameter 'count' for enc_keys (accepted: number, size)",
				() -> f.get("A", enc, "count", "1"));
		refused(400, "a POST request takes its parameters in the body", () -> f.kme.handle(new KmeRequest("POST", enc,
				Map.of("number", List.of("1")), new byte[0], "A")));
	}

	@Test
	void sizesOtherThanTheKeySizeAreBadRequestsNamingIt() {
		String enc = path("B", "enc_keys");
		refused(400, "'size' 100 is not a multiple of 8 bits", () -> f.post("A", enc, "{\"size\":100}"));
		refused(400, "'size' 100 is not a multiple of 8 bits", () -> f.get("A", enc, "size", "100"));
		refused(400, "'size' 128 is not supported: this KME delivers keys of 256 bits only "
				+ "(min_key_size = max_key_size = 256)", () -> f.post("A", enc, "{\"size\":128}"));
		refused(400, "'size' 512 is not supported", () -> f.get("A", enc, "size", "512"));
		refused(400, "'size' must be a positive number of bits, not 0", () -> f.get("A", enc, "size", "0"));
		refused(400, "is not supported", () -> f.post("A", enc, "{\"size\":1e12}"));
		refused(400, "'size' must be an integer, not 255.5", () -> f.post("A", enc, "{\"size\":255.5}"));
	}

	@Test
	void multicastAndMandatoryExtensionsAreRefused() {
		String enc = path("B", "enc_keys");
		refused(400, "key multicast ('additional_slave_SAE_IDs') is not supported by this KME (max_SAE_ID_count is 0)",
				() -> f.post("A", enc, "{\"number\":1,\"additional_slave_SAE_IDs\":[\"X\"]}"));
		refused(400, "unsupported mandatory extension 'route_type': this KME supports no extension",
				() -> f.post("A", enc, "{\"extension_mandatory\":[{\"route_type\":\"direct\"}]}"));
		refused(400, "unsupported mandatory extensions 'a', 'b'",
				() -> f.post("A", enc, "{\"extension_mandatory\":[{\"a\":1},{\"b\":{\"c\":2}}]}"));
		refused(400, "'extension_mandatory' must hold objects, not a string",
				() -> f.post("A", enc, "{\"extension_mandatory\":[\"x\"]}"));
	}

	@Test
	void moreKeysThanInStockIsAServerError() {
		for (int i = 0; i < 3; i++) {
			keys(f.get("A", path("B", "enc_keys"), "number", "5"));
		}
		keys(f.get("A", path("B", "enc_keys"), "number", "4"));
		refused(503, "not enough keys: 2 requested, 1 stored for SAE 'A' and SAE 'B'; try again later",
				() -> f.post("A", path("B", "enc_keys"), "{\"number\":2}"));
		refused(503, "not enough keys: 5 requested, 1 stored", () -> f.get("A", path("B", "enc_keys"), "number", "5"));
		assertEquals(1, keys(f.get("A", path("B", "enc_keys"))).size());
		refused(503, "not enough keys: 1 requested, 0 stored", () -> f.get("A", path("B", "enc_keys")));
		assertEquals(new KeyCounts(0, 20, 0), f.store.counts("A", "B"));
	}

	@Test
	void badKeyIdsAreBadRequests() {
		String dec = path("A", "dec_keys");
		List<StoredKey> got = keys(f.get("A", path("B", "enc_keys"), "number", "2"));
		String one = got.get(0).id().toString();
		UUID unknown = UUID.randomUUID();
		refused(400, "key_ID " + unknown + " is not a key this KME delivered to master SAE 'A'",
				() -> f.get("B", dec, "key_ID", unknown.toString()));
		refused(400, "key_ID " + unknown + " is not a key this KME delivered",
				() -> f.post("B", dec, keyIds(List.of(got.get(0), new StoredKey(unknown, new byte[1])))));
		refused(400, "key_ID 'abc' is not a key ID of this KME", () -> f.get("B", dec, "key_ID", "abc"));
		refused(400, "the query parameter 'key_ID' is required", () -> f.get("B", dec));
		refused(400, "the query parameter 'key_ID' must be given once", () -> f.get("B", dec, "key_ID", one,
				"key_ID", got.get(1).id().toString()));
		refused(400, "key_ID " + one + " appears twice", () -> f.post("B", dec, keyIds(List.of(got.get(0),
				got.get(1), got.get(0)))));
		refused(400, "'key_IDs' is required and must hold at least one key ID", () -> f.post("B", dec,
				"{\"key_IDs\":[]}"));
		refused(400, "'key_IDs' is required", () -> f.post("B", dec, "{}"));
		refused(400, "the body is empty (a Key IDs JSON object is expected)", () -> f.post("B", dec, ""));
		refused(400, "each element of 'key_IDs' needs a 'key_ID' string, not a number", () -> f.post("B", dec,
				"{\"key_IDs\":[{\"key_ID\":1}]}"));
		refused(400, "'key_IDs' must hold objects with a 'key_ID', not a string", () -> f.post("B", dec,
				"{\"key_IDs\":[\"" + one + "\"]}"));
		refused(400, "unknown member 'keys' in the Key IDs object", () -> f.post("B", dec, "{\"keys\":[]}"));
		refused(400, "holds 6 key IDs, more than max_key_per_request (5)", () -> f.post("B", dec, keyIds(
				List.of(got.get(0), got.get(1), got.get(0), got.get(1), got.get(0), got.get(1)))));
		// the extensions of the Key IDs format are accepted and ignored
		List<StoredKey> slave = keys(f.post("B", dec, "{\"key_IDs\":[{\"key_ID\":\"" + one
				+ "\",\"key_ID_extension\":{\"x\":1}}],\"key_IDs_extension\":null}"));
		assertArrayEquals(got.get(0).key(), slave.get(0).key());
	}

	@Test
	void unknownPathsMethodsAndBigBodiesAreBadRequests() {
		refused(400, "unknown path '/api/v1/keys/B/foo'", () -> f.get("A", "/api/v1/keys/B/foo"));
		refused(400, "unknown path", () -> f.get("A", "/api/v2/keys/B/status"));
		refused(400, "unknown path", () -> f.get("A", "/api/v1/keys/B/status/"));
		refused(400, "unknown path", () -> f.get("A", "/api/v1/keys//status"));
		refused(400, "unknown path", () -> f.get("A", "/api/v1/keys/status"));
		refused(400, "unknown path", () -> f.get("A", "/"));
		refused(400, "malformed percent-encoding", () -> f.get("A", "/api/v1/keys/B%4/status"));
		assertEquals(200, f.get("A", "/api/v1/keys/%42/status").status(), "B, percent-encoded");
		refused(400, "method 'PUT' is not supported (GET and POST are)", () -> f.kme.handle(new KmeRequest("PUT",
				path("B", "enc_keys"), Map.of(), new byte[0], "A")));
		refused(400, "method 'get' is not supported", () -> f.kme.handle(new KmeRequest("get",
				path("B", "enc_keys"), Map.of(), new byte[0], "A")));
		refused(400, "status takes GET, not POST", () -> f.post("A", path("B", "status"), "{}"));
		refused(400, "unknown query parameter 'x' for status (it takes none)", () -> f.get("A", path("B", "status"),
				"x", "1"));
		byte[] big = new byte[KeyManagementEntity.MAX_BODY_BYTES + 1];
		Arrays.fill(big, (byte) ' ');
		refused(400, "the body of 65537 bytes is longer than 65536 bytes", () -> f.kme.handle(new KmeRequest("POST",
				path("B", "enc_keys"), Map.of(), big, "A")));
		byte[] justFits = ("{\"number\":1}" + " ".repeat(KeyManagementEntity.MAX_BODY_BYTES - 12))
				.getBytes(StandardCharsets.UTF_8);
		assertEquals(200, f.kme.handle(new KmeRequest("POST", path("B", "enc_keys"), Map.of(), justFits, "A"))
				.status());
	}

	@Test
	void aClosedStoreIsAServerErrorWithoutDetails() {
		f.store.close();
		refused503("the key store of this KME is not available", f.get("A", path("B", "enc_keys")));
		refused503("the key store of this KME is not available", f.get("A", path("B", "status")));
		refused503("the key store of this KME is not available", f.get("B", path("A", "dec_keys"), "key_ID",
				UUID.randomUUID().toString()));
	}

	private void refused503(String message, KmeResponse r) {
		assertEquals(503, r.status());
		assertEquals(message, json(r).get("message").getAsString());
	}

	@Test
	void depositsAreCheckedAgainstTheConfiguration() {
		assertThrows(IllegalArgumentException.class, () -> f.kme.deposit(new SaePair("B", "A"), List.of(new byte[32])));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> f.kme.deposit(AB, List.of(new byte[16])));
		assertTrue(e.getMessage().contains("128 bits"), e.getMessage());
		assertEquals(80, f.kme.deposit(AB, KeyStoreDatabaseTest.keys(0, 200)), "up to max_key_count (100)");
		assertEquals(100, f.store.counts("A", "B").available());
	}

	@Test
	void theConfigurationNamesABadValue() {
		assertMessage("kmeId: a KME ID is required, not ' '", () -> new KmeConfiguration(" ", "K2", Set.of("A"),
				List.of(AB), 256, 5, 100));
		assertMessage("servedSaeIds: at least one SAE is required", () -> new KmeConfiguration("K1", "K2", Set.of(),
				List.of(AB), 256, 5, 100));
		assertMessage("pairs: neither SAE of C -> D is served by this KME", () -> new KmeConfiguration("K1", "K2",
				Set.of("A"), List.of(AB, new SaePair("C", "D")), 256, 5, 100));
		assertMessage("pairs: A -> B is listed twice", () -> new KmeConfiguration("K1", "K2", Set.of("A"),
				List.of(AB, AB), 256, 5, 100));
		assertMessage("keySize: 100 bits is not a positive multiple of 8", () -> new KmeConfiguration("K1", "K2",
				Set.of("A"), List.of(AB), 100, 5, 100));
		assertMessage("maxKeyPerRequest: 0 is not from 1 to", () -> new KmeConfiguration("K1", "K2", Set.of("A"),
				List.of(AB), 256, 0, 100));
		assertMessage("maxKeyCount: 4 is less than maxKeyPerRequest (5)", () -> new KmeConfiguration("K1", "K2",
				Set.of("A"), List.of(AB), 256, 5, 4));
		assertMessage("slave: 'A' is also the master", () -> new SaePair("A", "A"));
		assertMessage("master: SAE ID 'a/b' contains '/'", () -> new SaePair("a/b", "B"));
		assertMessage("slave: an SAE ID is required", () -> new SaePair("A", ""));
	}

	private static void assertMessage(String part, Executable e) {
		IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
		assertTrue(x.getMessage().startsWith(part) || x.getMessage().contains(part), x.getMessage());
	}
}
