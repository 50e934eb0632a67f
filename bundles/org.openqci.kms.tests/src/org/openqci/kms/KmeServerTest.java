/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of {@link KmeServer} with a recording double of the core: what reaches the core, what comes
 * back, and who cannot connect.
 */
final class KmeServerTest {

	private static final String PASSWORD = "server-test";
	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@TempDir
	static Path dir;

	private static DemoPki.Stores pki;
	private static DemoPki.Stores otherPki;
	private static KmeServer server;
	private static final List<KmeRequest> SEEN = new CopyOnWriteArrayList<>();
	private static volatile Function<KmeRequest, KmeResponse> answer;

	@BeforeAll
	static void start() throws Exception {
		pki = DemoPki.create(dir.resolve("pki"), "KME-1", List.of("SAE-A", "SAE-B"), PASSWORD.toCharArray());
		otherPki = DemoPki.create(dir.resolve("other"), "KME-X", List.of("SAE-A"), PASSWORD.toCharArray());
		server = KmeServer.start(request -> {
			SEEN.add(request);
			return answer.apply(request);
		}, KmeServer.Settings.loopback(0, pki.kme(), pki.caStore(), PASSWORD));
	}

	@AfterAll
	static void stop() {
		if (server != null) {
			server.close();
		}
	}

	@BeforeEach
	void reset() {
		SEEN.clear();
		answer = request -> new KmeResponse(200, "{\"caller\": \"" + request.callerSaeId() + "\"}");
	}

	@Test
	void listensOnTheBoundPort() {
		assertTrue(server.port() > 0, () -> "port " + server.port());
		assertEquals(URI.create("https://localhost:" + server.port()), server.uri());
	}

	@Test
	void aRequestReachesTheCoreWithTheCallerFromTheCertificate() throws Exception {
		answer = request -> new KmeResponse(200, "{\"keys\": []}");
		byte[] body = "{\"number\": 2, \"size\": 256}".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = send("SAE-A", HttpRequest.newBuilder(
				url("/api/v1/keys/SAE-B/enc_keys?number=2&size=256&key_ID=a%2Bb&x=1&x=2"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/json"));
		assertEquals(200, response.statusCode());
		assertEquals("{\"keys\": []}", response.body());
		assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
		assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());

		assertEquals(1, SEEN.size());
		KmeRequest seen = SEEN.get(0);
		assertEquals("POST", seen.method());
		assertEquals("/api/v1/keys/SAE-B/enc_keys", seen.path());
		assertEquals(Map.of("number", List.of("2"), "size", List.of("256"), "key_ID", List.of("a+b"), "x",
				List.of("1", "2")), seen.query());
		assertArrayEquals(body, seen.body());
		assertEquals("SAE-A", seen.callerSaeId());
	}

	@Test
	void eachSaeIsKnownByItsOwnCertificate() throws Exception {
		HttpResponse<String> response = send("SAE-B",
				HttpRequest.newBuilder(url("/api/v1/keys/SAE-A/status")).GET());
		assertEquals(200, response.statusCode());
		assertEquals("{\"caller\": \"SAE-B\"}", response.body());
		KmeRequest seen = SEEN.get(0);
		assertEquals("GET", seen.method());
		assertEquals("/api/v1/keys/SAE-A/status", seen.path());
		assertEquals(Map.of(), seen.query());
		assertEquals(0, seen.body().length);
	}

	@Test
	void thePathIsPassedAsSentAndTheQueryDecoded() throws Exception {
		send("SAE-A", HttpRequest.newBuilder(url("/api/v1/keys/SAE%20B%C3%A9/dec_keys?key_ID=%C3%A9%20x&k%20y=z")).GET());
		KmeRequest seen = SEEN.get(0);
		assertEquals("/api/v1/keys/SAE%20B%C3%A9/dec_keys", seen.path());
		assertEquals(Map.of("key_ID", List.of("\u00e9 x"), "k y", List.of("z")), seen.query());
	}

	@Test
	void aBadlyEncodedQueryGets400WithoutReachingTheCore() throws Exception {
		assertBadRequest(send("SAE-A", HttpRequest.newBuilder(url("/api/v1/keys/SAE-B/dec_keys?key_ID=%C3")).GET()));
		assertEquals(List.of(), SEEN);
	}

	@Test
	void theCoresStatusAndErrorComeBackAsTheyAre() throws Exception {
		String error = "{\"message\": \"Number of requested keys exceeds max_key_per_request\", \"details\": []}";
		for (int status : new int[] { 400, 401, 503 }) {
			answer = request -> new KmeResponse(status, error);
			HttpResponse<String> response = send("SAE-A",
					HttpRequest.newBuilder(url("/api/v1/keys/SAE-B/enc_keys?number=99")).GET());
			assertEquals(status, response.statusCode());
			assertEquals(error, response.body());
			assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
		}
	}

	@Test
	void aFailingCoreGives503WithAnErrorBody() throws Exception {
		answer = request -> {
			throw new IllegalStateException("secret key material must not leak");
		};
		HttpResponse<String> response = send("SAE-A", HttpRequest.newBuilder(url("/api/v1/keys/SAE-B/status")).GET());
		assertEquals(503, response.statusCode());
		assertTrue(response.body().startsWith("{\"message\": \""), response.body());
		assertTrue(response.body().endsWith("\"details\": []}"), response.body());
		assertTrue(!response.body().contains("secret"), response.body());
	}

	@Test
	void aBodyAtTheLimitReachesTheCore() throws Exception {
		byte[] body = new byte[KeyManagementEntity.MAX_BODY_BYTES];
		Arrays.fill(body, (byte) ' ');
		HttpResponse<String> response = send("SAE-A", HttpRequest.newBuilder(url("/api/v1/keys/SAE-B/enc_keys"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
		assertEquals(200, response.statusCode());
		assertEquals(body.length, SEEN.get(0).body().length);
	}

	@Test
	void aLongerBodyGets400WithoutReachingTheCore() throws Exception {
		byte[] body = new byte[KeyManagementEntity.MAX_BODY_BYTES + 1];
		Arrays.fill(body, (byte) ' ');
		assertBadRequest(sendOnceMore("SAE-A", () -> HttpRequest.newBuilder(url("/api/v1/keys/SAE-B/enc_keys"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))));
		// Chunked, without a Content-Length: the server counts while reading.
		assertBadRequest(sendOnceMore("SAE-A", () -> HttpRequest.newBuilder(url("/api/v1/keys/SAE-B/enc_keys"))
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))));
		assertEquals(List.of(), SEEN);
	}

	@Test
	void aHugeBodyIsRefusedAndTheServerServesOn() throws Exception {
		byte[] body = new byte[KmeServer.MAX_DROPPED_BYTES * 2];
		try {
			// The connection is closed without reading the body: the answer may not make it.
			assertBadRequest(send("SAE-A", HttpRequest.newBuilder(url("/api/v1/keys/SAE-B/enc_keys"))
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))));
		} catch (IOException acceptable) {
			// Reset while sending.
		}
		assertEquals(List.of(), SEEN);
		assertEquals(200, send("SAE-A", HttpRequest.newBuilder(url("/api/v1/keys/SAE-B/status")).GET()).statusCode());
	}

	@Test
	void jettysOwnErrorsAreErrorBodiesToo() throws Exception {
		HttpResponse<String> response = send("SAE-A", HttpRequest.newBuilder(url("/api/v1/keys/SAE-B/status"))
				.header("X-Big", "x".repeat(16 * 1024)).GET());
		assertEquals(431, response.statusCode());
		assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
		assertTrue(response.body().contains("\"details\": []"), response.body());
		assertEquals(List.of(), SEEN);
	}

	@Test
	void aClientWithoutACertificateCannotConnect() throws Exception {
		SSLContext noCertificate = TlsContexts.client(null, null, pki.caStore(), PASSWORD.toCharArray());
		assertThrows(IOException.class, () -> send(noCertificate, HttpRequest.newBuilder(url("/api/v1/keys/SAE-B/status")).GET()));
		assertEquals(List.of(), SEEN);
	}

	@Test
	void aCertificateFromAnotherCaCannotConnect() throws Exception {
		// Same SAE name, other CA; the client itself trusts the KME.
		SSLContext foreign = TlsContexts.client(otherPki.sae("SAE-A"), PASSWORD.toCharArray(), pki.caStore(),
				PASSWORD.toCharArray());
		assertThrows(IOException.class, () -> send(foreign, HttpRequest.newBuilder(url("/api/v1/keys/SAE-B/status")).GET()));
		assertEquals(List.of(), SEEN);
	}

	@Test
	void aServerCertificateIsNoClientCertificate() throws Exception {
		SSLContext kmeAsClient = TlsContexts.client(pki.kme(), pki.caStore(), PASSWORD.toCharArray());
		assertThrows(IOException.class,
				() -> send(kmeAsClient, HttpRequest.newBuilder(url("/api/v1/keys/SAE-B/status")).GET()));
		assertEquals(List.of(), SEEN);
	}

	@Test
	void plainHttpFails() {
		URI plain = URI.create("http://localhost:" + server.port() + "/api/v1/keys/SAE-B/status");
		try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(TIMEOUT).build()) {
			assertThrows(IOException.class, () -> client.send(HttpRequest.newBuilder(plain).timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString()));
		}
		assertEquals(List.of(), SEEN);
	}

	@Test
	void aStoppedServerIsGone() throws Exception {
		DemoPki.Stores own = DemoPki.create(dir.resolve("stopped"), "KME-2", List.of("SAE-A"), PASSWORD.toCharArray());
		KmeServer second = KmeServer.start(request -> new KmeResponse(200, "{}"),
				KmeServer.Settings.loopback(0, own.kme(), own.caStore(), PASSWORD));
		URI status = URI.create(second.uri() + "/api/v1/keys/SAE-B/status");
		SSLContext context = TlsContexts.client(own.sae("SAE-A"), own.caStore(), PASSWORD.toCharArray());
		assertEquals(200, send(context, HttpRequest.newBuilder(status).GET()).statusCode());
		second.stop();
		second.close();
		assertThrows(IOException.class, () -> send(context, HttpRequest.newBuilder(status).GET()));
	}

	@Test
	void aWrongStorePasswordIsAnIOException() {
		assertThrows(IOException.class, () -> KmeServer.start(request -> new KmeResponse(200, "{}"),
				KmeServer.Settings.loopback(0, pki.kme(), pki.caStore(), "wrong")));
	}

	private static void assertBadRequest(HttpResponse<String> response) {
		assertEquals(400, response.statusCode());
		assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
		assertTrue(response.body().startsWith("{\"message\": \""), response.body());
		assertTrue(response.body().endsWith("\"details\": []}"), response.body());
	}

	/**
	 * Sends, and once more if the connection broke: about one full run in five, under load, the JDK
	 * client saw "Broken pipe" then no answer for a body over the limit (not understood yet).
	 */
	private static HttpResponse<String> sendOnceMore(String sae, Supplier<HttpRequest.Builder> request)
			throws Exception {
		try {
			return send(sae, request.get());
		} catch (IOException e) {
			return send(sae, request.get());
		}
	}

	private static URI url(String pathAndQuery) {
		return URI.create(server.uri() + pathAndQuery);
	}

	private static HttpResponse<String> send(String sae, HttpRequest.Builder request) throws Exception {
		return send(TlsContexts.client(pki.sae(sae), pki.caStore(), PASSWORD.toCharArray()), request);
	}

	private static HttpResponse<String> send(SSLContext context, HttpRequest.Builder request)
			throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(context)
				.sslParameters(TlsContexts.parameters(context)).connectTimeout(TIMEOUT).build()) {
			return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
		}
	}
}
