/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * ETSI GS QKD 014 over HTTPS with mutual TLS against the real {@link KeyManagementEntity} behind a
 * {@link KmeServer}: KME {@code KME-1} serving {@code SAE-A} (master), {@code SAE-B} (its slave)
 * and {@code SAE-C} (in no pair); {@code SAE-D} has a certificate of the same CA but is not served.
 * Each test has a fresh entity and key store with {@value #STOCK} keys of {@value #KEY_SIZE} bits
 * for {@code SAE-A -> SAE-B}.
 */
final class ConformanceTest {

	private static final String PASSWORD = "conformance";
	private static final int KEY_SIZE = 256;
	private static final int MAX_PER_REQUEST = 4;
	private static final int MAX_KEY_COUNT = 100;
	private static final int STOCK = 10;
	private static final SaePair AB = new SaePair("SAE-A", "SAE-B");
	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@TempDir
	static Path shared;

	private static DemoPki.Stores pki;
	private static final Map<String, HttpClient> CLIENTS = new HashMap<>();

	@TempDir
	Path dir;

	/** One server for every test (a stop takes a second); it serves each test's own entity. */
	private static KmeServer server;
	private static volatile KeyManagementEntity kme;
	private KeyStoreDatabase store;

	@BeforeAll
	static void start() throws Exception {
		pki = DemoPki.create(shared.resolve("pki"), "KME-1", List.of("SAE-A", "SAE-B", "SAE-C", "SAE-D"),
				PASSWORD.toCharArray());
		server = KmeServer.start(request -> kme.handle(request),
				KmeServer.Settings.loopback(0, pki.kme(), pki.caStore(), PASSWORD));
	}

	@AfterAll
	static void stopAll() {
		CLIENTS.values().forEach(HttpClient::close);
		CLIENTS.clear();
		if (server != null) {
			server.close();
		}
	}

	@BeforeEach
	void newKme() {
		kme = newEntity();
	}

	private KeyManagementEntity newEntity() {
		store = KeyStoreDatabase.open(dir.resolve("keys"));
		KeyManagementEntity entity = new KeyManagementEntity(new KmeConfiguration("KME-1", "KME-2",
				Set.of("SAE-A", "SAE-B", "SAE-C"), List.of(AB), KEY_SIZE, MAX_PER_REQUEST, MAX_KEY_COUNT), store);
		List<byte[]> keys = new ArrayList<>();
		SecureRandom random = new SecureRandom();
		for (int i = 0; i < STOCK; i++) {
			byte[] key = new byte[KEY_SIZE / 8];
			random.nextBytes(key);
			keys.add(key);
		}
		assertEquals(STOCK, entity.deposit(AB, keys));
		return entity;
	}

	@AfterEach
	void closeStore() {
		if (store != null) {
			store.close();
		}
	}

	@Test
	void aServerStartedForTheEntityServesIt() throws Exception {
		try (KmeServer own = KmeServer.start(kme, KmeServer.Settings.loopback(0, pki.kme(), pki.caStore(), PASSWORD))) {
			HttpResponse<String> response = send("SAE-A",
					HttpRequest.newBuilder(URI.create(own.uri() + KeyManagementEntity.API_PATH + "SAE-B/status")).GET());
			assertEquals(STOCK, ok(response).get("stored_key_count").getAsInt());
		}
	}

	@Test
	void status() throws Exception {
		JsonObject status = ok(get("SAE-A", "SAE-B/status"));
		assertEquals("KME-1", status.get("source_KME_ID").getAsString());
		assertEquals("KME-1", status.get("target_KME_ID").getAsString());
		assertEquals("SAE-A", status.get("master_SAE_ID").getAsString());
		assertEquals("SAE-B", status.get("slave_SAE_ID").getAsString());
		assertEquals(KEY_SIZE, status.get("key_size").getAsInt());
		assertEquals(STOCK, status.get("stored_key_count").getAsInt());
		assertEquals(MAX_KEY_COUNT, status.get("max_key_count").getAsInt());
		assertEquals(MAX_PER_REQUEST, status.get("max_key_per_request").getAsInt());
		assertEquals(KEY_SIZE, status.get("max_key_size").getAsInt());
		assertEquals(KEY_SIZE, status.get("min_key_size").getAsInt());
		assertEquals(0, status.get("max_SAE_ID_count").getAsInt());
	}

	@Test
	void encKeysByGetThenDecKeysByGet() throws Exception {
		Map<String, String> keys = keys(ok(get("SAE-A", "SAE-B/enc_keys?number=2&size=256")));
		assertEquals(2, keys.size());
		assertEquals(STOCK - 2, ok(get("SAE-A", "SAE-B/status")).get("stored_key_count").getAsInt());
		for (Map.Entry<String, String> key : keys.entrySet()) {
			assertEquals(Map.of(key.getKey(), key.getValue()),
					keys(ok(get("SAE-B", "SAE-A/dec_keys?key_ID=" + key.getKey()))));
		}
		assertEquals(1, keys(ok(get("SAE-A", "SAE-B/enc_keys"))).size(), "number defaults to 1");
	}

	@Test
	void encKeysByPostThenDecKeysByPost() throws Exception {
		Map<String, String> keys = keys(ok(post("SAE-A", "SAE-B/enc_keys", "{\"number\": 3, \"size\": 256}")));
		assertEquals(3, keys.size());
		JsonArray ids = new JsonArray();
		keys.keySet().forEach(id -> {
			JsonObject o = new JsonObject();
			o.addProperty("key_ID", id);
			ids.add(o);
		});
		JsonObject body = new JsonObject();
		body.add("key_IDs", ids);
		assertEquals(keys, keys(ok(post("SAE-B", "SAE-A/dec_keys", body.toString()))));
		error(400, post("SAE-B", "SAE-A/dec_keys", body.toString()), "already");
	}

	@Test
	void aKeyGoesToItsSlaveOnly() throws Exception {
		String id = keys(ok(get("SAE-A", "SAE-B/enc_keys"))).keySet().iterator().next();
		error(401, get("SAE-C", "SAE-A/dec_keys?key_ID=" + id), null);
		error(401, get("SAE-A", "SAE-A/dec_keys?key_ID=" + id), null);
		assertEquals(1, keys(ok(get("SAE-B", "SAE-A/dec_keys?key_ID=" + id))).size());
	}

	@Test
	void anSaeNotServedGets401() throws Exception {
		error(401, get("SAE-D", "SAE-B/status"), "SAE-D");
		error(401, get("SAE-D", "SAE-B/enc_keys"), "SAE-D");
	}

	@Test
	void onlyTheMasterOfAPairMayAskForKeys() throws Exception {
		error(401, get("SAE-C", "SAE-B/status"), null);
		error(401, get("SAE-C", "SAE-B/enc_keys"), null);
		error(401, get("SAE-B", "SAE-A/enc_keys"), null);
		error(401, get("SAE-A", "SAE-Z/enc_keys"), null);
		assertEquals(STOCK, ok(get("SAE-A", "SAE-B/status")).get("stored_key_count").getAsInt());
	}

	@Test
	void aCertificateOfAnotherCaCannotConnect() throws Exception {
		DemoPki.Stores other = DemoPki.create(dir.resolve("other"), "KME-1", List.of("SAE-A"), PASSWORD.toCharArray());
		SSLContext foreign = TlsContexts.client(other.sae("SAE-A"), PASSWORD.toCharArray(), pki.caStore(),
				PASSWORD.toCharArray());
		try (HttpClient client = client(foreign)) {
			assertThrows(IOException.class, () -> client.send(
					HttpRequest.newBuilder(url("SAE-B/enc_keys")).timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString()));
		}
		assertEquals(STOCK, ok(get("SAE-A", "SAE-B/status")).get("stored_key_count").getAsInt());
	}

	@Test
	void badRequestsGet400() throws Exception {
		error(400, get("SAE-A", "SAE-B/enc_keys?number=" + (MAX_PER_REQUEST + 1)), "max_key_per_request");
		error(400, get("SAE-A", "SAE-B/enc_keys?number=0"), null);
		error(400, get("SAE-A", "SAE-B/enc_keys?size=128"), null);
		error(400, get("SAE-A", "SAE-B/enc_keys?number=two"), null);
		error(400, get("SAE-A", "SAE-B/enc_keys?colour=blue"), null);
		error(400, post("SAE-A", "SAE-B/enc_keys", "{\"number\": "), "JSON");
		error(400, post("SAE-A", "SAE-B/enc_keys", "[1, 2]"), null);
		error(400, post("SAE-A", "SAE-B/enc_keys", "{\"number\": 5}"), "max_key_per_request");
		error(400, post("SAE-B", "SAE-A/dec_keys", "{\"key_IDs\": []}"), null);
		error(400, get("SAE-B", "SAE-A/dec_keys"), null);
		error(400, get("SAE-B", "SAE-A/dec_keys?key_ID=not-a-uuid"), null);
		error(400, get("SAE-B", "SAE-A/dec_keys?key_ID=" + UUID.randomUUID()), null);
		error(400, get("SAE-A", "SAE-B/other"), null);
		error(400, send("SAE-A", HttpRequest.newBuilder(url("SAE-B/status"))
				.PUT(HttpRequest.BodyPublishers.ofString("{}"))), null);
		error(400, send("SAE-A", HttpRequest.newBuilder(url("SAE-B/enc_keys"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[KeyManagementEntity.MAX_BODY_BYTES + 1]))), null);
		assertEquals(STOCK, ok(get("SAE-A", "SAE-B/status")).get("stored_key_count").getAsInt());
	}

	@Test
	void tooFewKeysGets503() throws Exception {
		for (int left = STOCK; left >= MAX_PER_REQUEST; left -= MAX_PER_REQUEST) {
			assertEquals(MAX_PER_REQUEST, keys(ok(get("SAE-A", "SAE-B/enc_keys?number=" + MAX_PER_REQUEST))).size());
		}
		error(503, get("SAE-A", "SAE-B/enc_keys?number=" + MAX_PER_REQUEST), null);
		assertEquals(STOCK % MAX_PER_REQUEST, ok(get("SAE-A", "SAE-B/status")).get("stored_key_count").getAsInt());
	}

	/** The keys of a Key container, key_ID to Base64 key, each checked to be {@value #KEY_SIZE} bits. */
	private static Map<String, String> keys(JsonObject container) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (JsonElement e : container.getAsJsonArray("keys")) {
			JsonObject key = e.getAsJsonObject();
			String id = key.get("key_ID").getAsString();
			assertEquals(id, UUID.fromString(id).toString());
			String material = key.get("key").getAsString();
			assertEquals(KEY_SIZE / 8, Base64.getDecoder().decode(material).length);
			assertEquals(null, keys.put(id, material), "one key_ID twice");
		}
		return keys;
	}

	private static JsonObject ok(HttpResponse<String> response) {
		assertEquals(200, response.statusCode(), response::body);
		assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
		return JsonParser.parseString(response.body()).getAsJsonObject();
	}

	/** Checks an Error answer: the status, a non-empty message (containing {@code part} if given). */
	private static void error(int status, HttpResponse<String> response, String part) {
		assertEquals(status, response.statusCode(), response::body);
		assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
		JsonObject error = JsonParser.parseString(response.body()).getAsJsonObject();
		String message = error.get("message").getAsString();
		assertNotEquals("", message);
		assertTrue(!error.has("keys"), response::body);
		if (part != null) {
			assertTrue(message.contains(part), message);
		}
	}

	private HttpResponse<String> get(String sae, String path) throws Exception {
		return send(sae, HttpRequest.newBuilder(url(path)).GET());
	}

	private HttpResponse<String> post(String sae, String path, String json) throws Exception {
		return send(sae, HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpResponse<String> send(String sae, HttpRequest.Builder request) throws Exception {
		HttpClient client;
		synchronized (CLIENTS) {
			client = CLIENTS.get(sae);
			if (client == null) {
				client = client(TlsContexts.client(pki.sae(sae), pki.caStore(), PASSWORD.toCharArray()));
				CLIENTS.put(sae, client);
			}
		}
		return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String pathUnderApi) {
		return URI.create(server.uri() + KeyManagementEntity.API_PATH + pathUnderApi);
	}

	private static HttpClient client(SSLContext context) {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(context)
				.sslParameters(TlsContexts.parameters(context)).connectTimeout(TIMEOUT).build();
	}
}
