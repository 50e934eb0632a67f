/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManagerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * A KME in the test's process following ETSI GS QKD 014 V1.1.1: the JDK's HTTPS server on an
 * ephemeral loopback port with the test certificates, requiring a client certificate whose common
 * name is the calling SAE's ID. It knows two SAEs linked by one QKD link, {@code SAE_A} (at KME
 * {@value #KME_A}) and {@code SAE_B} (at KME {@value #KME_B}), and serves status, enc_keys (GET
 * and POST) and dec_keys (GET and POST) from an in-memory stock counted in keys of
 * {@value #KEY_SIZE} bits. Errors carry the specification's Error body: 400 for bad parameters
 * (more than {@value #MAX_KEY_PER_REQUEST} keys: {@value #TOO_MANY}), 401 for an SAE that is not
 * registered or asks for keys that are not its own, 503 when {@link #unavailable(boolean)}.
 */
final class TestKme implements AutoCloseable {

	static final String KME_A = "KME_A";
	static final String KME_B = "KME_B";
	static final int KEY_SIZE = 256;
	static final int MAX_KEY_COUNT = 1000;
	static final int MAX_KEY_PER_REQUEST = 4;
	static final int MAX_KEY_SIZE = 1024;
	static final int MIN_KEY_SIZE = 64;
	static final int INITIAL_STOCK = 100;
	static final String TOO_MANY = "Number of requested keys exceeds max_key_per_request";
	static final String NOT_REGISTERED = "The SAE of the client certificate is not registered";

	/** A key delivered to its master SAE, waiting for its slave. */
	private record Delivered(String master, String slave, byte[] key) {
	}

	private final SSLContext ssl;
	private final Map<String, String> kmeOf = Map.of("SAE_A", KME_A, "SAE_B", KME_B);
	private final SecureRandom random = new SecureRandom();
	/* Guarded by this. */
	private int stock = INITIAL_STOCK;
	private final Map<String, Delivered> delivered = new HashMap<>();
	private final List<String> served = new ArrayList<>();
	private final List<String> requests = new ArrayList<>();
	private boolean unavailable;
	private boolean malformed;
	private HttpsServer server;
	private ExecutorService executor;
	private int port;

	/** The KME's TLS context, shared by the tests' KMEs (reading the stores is the slow part). */
	private static SSLContext shared;

	/** A KME, started. */
	TestKme() throws Exception {
		ssl = sslContext();
		start(0);
	}

	private static synchronized SSLContext sslContext() throws Exception {
		if (shared == null) {
			SSLContext context = SSLContext.getInstance("TLS");
			KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			kmf.init(load(TestCertificates.path("kme.p12")), TestCertificates.PASSWORD.toCharArray());
			TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			tmf.init(load(TestCertificates.path("truststore.p12")));
			context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
			shared = context;
		}
		return shared;
	}

	private static KeyStore load(Path file) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, TestCertificates.PASSWORD.toCharArray());
		}
		return store;
	}

	private synchronized void start(int wanted) throws IOException {
		InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted);
		HttpsServer s = null;
		for (int attempt = 0; s == null; attempt++) {
			try {
				s = HttpsServer.create(address, 0);
			} catch (BindException e) {
				if (attempt >= 100) {
					throw e;
				}
				try {
					Thread.sleep(20);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw e;
				}
			}
		}
		s.setHttpsConfigurator(new HttpsConfigurator(ssl) {
			@Override
			public void configure(HttpsParameters params) {
				SSLParameters p = getSSLContext().getDefaultSSLParameters();
				p.setNeedClientAuth(true);
				params.setSSLParameters(p);
			}
		});
		s.createContext("/api/v1/keys/", this::handle);
		executor = Executors.newFixedThreadPool(4);
		s.setExecutor(executor);
		s.start();
		server = s;
		port = s.getAddress().getPort();
	}

	/** The KME's address. */
	synchronized String url() {
		return "https://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port;
	}

	/** Stops serving: nothing listens on the port any more. */
	synchronized void stop() {
		if (server != null) {
			server.stop(0);
			executor.shutdownNow();
			server = null;
		}
	}

	/** Serves again on the same port. */
	synchronized void restart() throws IOException {
		stop();
		start(port);
	}

	@Override
	public void close() {
		stop();
	}

	/** Makes every request answer 503 (or not). */
	synchronized void unavailable(boolean value) {
		unavailable = value;
	}

	/** Makes status answer 200 with a body that is not a Status (or not). */
	synchronized void malformed(boolean value) {
		malformed = value;
	}

	/** Adds keys to the stock, as the QKD link would. */
	synchronized void addKeys(int n) {
		stock = Math.min(MAX_KEY_COUNT, stock + n);
	}

	/** The keys in stock. */
	synchronized int stock() {
		return stock;
	}

	/** The requests so far: "METHOD path caller". */
	synchronized List<String> requests() {
		return List.copyOf(requests);
	}

	/** The Base64 material of every key served so far. */
	synchronized List<String> served() {
		return List.copyOf(served);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try {
			String caller = caller(exchange);
			String[] path = exchange.getRequestURI().getRawPath().substring("/api/v1/keys/".length()).split("/", -1);
			byte[] body = exchange.getRequestBody().readAllBytes();
			Reply reply;
			synchronized (this) {
				requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " " + caller);
				reply = answer(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
						new String(body, StandardCharsets.UTF_8), caller);
			}
			byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(reply.status(), bytes.length);
			exchange.getResponseBody().write(bytes);
		} finally {
			exchange.close();
		}
	}

	private record Reply(int status, String body) {
	}

	private static Reply error(int status, String message) {
		JsonObject e = new JsonObject();
		e.addProperty("message", message);
		return new Reply(status, e.toString());
	}

	private static String caller(HttpExchange exchange) {
		try {
			Certificate[] chain = ((HttpsExchange) exchange).getSSLSession().getPeerCertificates();
			String subject = ((X509Certificate) chain[0]).getSubjectX500Principal().getName();
			for (String part : subject.split(",")) {
				if (part.startsWith("CN=")) {
					return part.substring(3);
				}
			}
			return "";
		} catch (SSLPeerUnverifiedException e) {
			return "";
		}
	}

	/** The answer to a request. With the lock held. */
	private Reply answer(String method, String[] path, String query, String body, String caller) {
		if (unavailable) {
			return error(503, "The KME is not available");
		}
		if (!kmeOf.containsKey(caller)) {
			return error(401, NOT_REGISTERED);
		}
		if (path.length != 2) {
			return error(400, "Unknown request");
		}
		String sae = URLDecoder.decode(path[0], StandardCharsets.UTF_8);
		if (!kmeOf.containsKey(sae) || sae.equals(caller)) {
			return error(400, "Unknown SAE ID " + sae);
		}
		Map<String, String> parameters = query(query);
		return switch (path[1]) {
			case "status" -> method.equals("GET") ? status(caller, sae) : error(405, "Use GET");
			case "enc_keys" -> switch (method) {
				case "GET" -> encKeys(caller, sae, parameters.getOrDefault("number", "1"),
						parameters.getOrDefault("size", Integer.toString(KEY_SIZE)), List.of());
				case "POST" -> encKeysPost(caller, sae, body);
				default -> error(405, "Use GET or POST");
			};
			case "dec_keys" -> switch (method) {
				case "GET" -> parameters.containsKey("key_ID") ? decKeys(caller, sae, List.of(parameters.get("key_ID")))
						: error(400, "key_ID is required");
				case "POST" -> decKeysPost(caller, sae, body);
				default -> error(405, "Use GET or POST");
			};
			default -> error(400, "Unknown request");
		};
	}

	private Reply status(String master, String slave) {
		if (malformed) {
			return new Reply(200, "{\"source_KME_ID\": \"" + KME_A + "\", \"key_size\": \"many\"");
		}
		JsonObject s = new JsonObject();
		s.addProperty("source_KME_ID", kmeOf.get(master));
		s.addProperty("target_KME_ID", kmeOf.get(slave));
		s.addProperty("master_SAE_ID", master);
		s.addProperty("slave_SAE_ID", slave);
		s.addProperty("key_size", KEY_SIZE);
		s.addProperty("stored_key_count", stock);
		s.addProperty("max_key_count", MAX_KEY_COUNT);
		s.addProperty("max_key_per_request", MAX_KEY_PER_REQUEST);
		s.addProperty("max_key_size", MAX_KEY_SIZE);
		s.addProperty("min_key_size", MIN_KEY_SIZE);
		s.addProperty("max_SAE_ID_count", 0);
		return new Reply(200, s.toString());
	}

	private Reply encKeysPost(String master, String slave, String body) {
		JsonObject request;
		try {
			request = body.isBlank() ? new JsonObject() : JsonParser.parseString(body).getAsJsonObject();
		} catch (RuntimeException e) {
			return error(400, "The request body is not a Key request");
		}
		List<String> additional = new ArrayList<>();
		if (request.has("additional_slave_SAE_IDs")) {
			for (JsonElement id : request.getAsJsonArray("additional_slave_SAE_IDs")) {
				additional.add(id.getAsString());
			}
		}
		String number = request.has("number") ? request.get("number").getAsString() : "1";
		String size = request.has("size") ? request.get("size").getAsString() : Integer.toString(KEY_SIZE);
		return encKeys(master, slave, number, size, additional);
	}

	private Reply encKeys(String master, String slave, String numberText, String sizeText, List<String> additional) {
		int number;
		int size;
		try {
			number = Integer.parseInt(numberText);
			size = Integer.parseInt(sizeText);
		} catch (NumberFormatException e) {
			return error(400, "number and size must be integers");
		}
		if (!additional.isEmpty()) {
			return error(400, "Key multicast is not supported (max_SAE_ID_count is 0)");
		}
		if (number < 1) {
			return error(400, "number must be at least 1");
		}
		if (number > MAX_KEY_PER_REQUEST) {
			return error(400, TOO_MANY);
		}
		if (size % 8 != 0 || size < MIN_KEY_SIZE || size > MAX_KEY_SIZE) {
			return error(400, "size must be a multiple of 8 from min_key_size to max_key_size");
		}
		int needed = number * ((size + KEY_SIZE - 1) / KEY_SIZE);
		if (needed > stock) {
			return error(400, "Not enough keys stored");
		}
		stock -= needed;
		JsonArray keys = new JsonArray();
		for (int i = 0; i < number; i++) {
			byte[] key = new byte[size / 8];
			random.nextBytes(key);
			String id = UUID.randomUUID().toString();
			delivered.put(id, new Delivered(master, slave, key));
			keys.add(key(id, key));
		}
		JsonObject container = new JsonObject();
		container.add("keys", keys);
		return new Reply(200, container.toString());
	}

	private Reply decKeysPost(String slave, String master, String body) {
		List<String> ids = new ArrayList<>();
		try {
			for (JsonElement e : JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("key_IDs")) {
				ids.add(e.getAsJsonObject().get("key_ID").getAsString());
			}
		} catch (RuntimeException e) {
			return error(400, "The request body is not a Key IDs object");
		}
		return decKeys(slave, master, ids);
	}

	private Reply decKeys(String slave, String master, List<String> ids) {
		if (ids.isEmpty()) {
			return error(400, "No key IDs");
		}
		Map<String, Delivered> found = new LinkedHashMap<>();
		for (String id : ids) {
			Delivered d = delivered.get(id);
			if (d == null || !d.master().equals(master)) {
				return error(400, "Key not found: " + id);
			}
			if (!d.slave().equals(slave)) {
				return error(401, "The key " + id + " is not for this SAE");
			}
			found.put(id, d);
		}
		JsonArray keys = new JsonArray();
		found.forEach((id, d) -> {
			delivered.remove(id);
			keys.add(key(id, d.key()));
		});
		JsonObject container = new JsonObject();
		container.add("keys", keys);
		return new Reply(200, container.toString());
	}

	private JsonObject key(String id, byte[] material) {
		String base64 = Base64.getEncoder().encodeToString(material);
		served.add(base64);
		JsonObject k = new JsonObject();
		k.addProperty("key_ID", id);
		k.addProperty("key", base64);
		return k;
	}

	private static Map<String, String> query(String query) {
		Map<String, String> parameters = new HashMap<>();
		if (query != null) {
			for (String pair : query.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return parameters;
	}
}
