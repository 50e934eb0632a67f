/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqci.device.etsi014.KmeException.Reason;

/** The client against the in-process KME: every method, both HTTP methods, the error codes. */
class Etsi014ClientTest {

	private static final String PW = TestCertificates.PASSWORD;
	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private static SSLContext saeA;
	private static SSLContext saeB;
	private static SSLContext saeX;

	private TestKme kme;
	private final List<Etsi014Client> clients = new ArrayList<>();

	@BeforeAll
	static void contexts() {
		String trust = TestCertificates.file("truststore.p12");
		saeA = Etsi014Client.sslContext(TestCertificates.file("SAE_A.p12"), PW, trust, PW);
		saeB = Etsi014Client.sslContext(TestCertificates.file("SAE_B.p12"), PW, trust, PW);
		saeX = Etsi014Client.sslContext(TestCertificates.file("SAE_X.p12"), PW, trust, PW);
	}

	@BeforeEach
	void start() throws Exception {
		kme = new TestKme();
	}

	@AfterEach
	void stop() {
		clients.forEach(Etsi014Client::close);
		kme.close();
	}

	private Etsi014Client client(SSLContext ssl, String slave, String master) {
		Etsi014Client c = new Etsi014Client(URI.create(kme.url()), slave, master, ssl, TIMEOUT);
		clients.add(c);
		return c;
	}

	/** SAE_A asking for keys shared with SAE_B. */
	private Etsi014Client master() {
		return client(saeA, "SAE_B", null);
	}

	/** SAE_B fetching the keys SAE_A took. */
	private Etsi014Client slave() {
		return client(saeB, "SAE_A", "SAE_A");
	}

	@Test
	void statusHasEveryField() throws Exception {
		KmeStatus s = master().status();
		assertEquals(new KmeStatus(TestKme.KME_A, TestKme.KME_B, "SAE_A", "SAE_B", 256, TestKme.INITIAL_STOCK,
				TestKme.MAX_KEY_COUNT, TestKme.MAX_KEY_PER_REQUEST, TestKme.MAX_KEY_SIZE, TestKme.MIN_KEY_SIZE, 0), s);
		assertEquals(256L * TestKme.INITIAL_STOCK, s.storedBits());
		String json = s.toJson();
		for (String field : List.of("\"source_KME_ID\":\"KME_A\"", "\"target_KME_ID\":\"KME_B\"",
				"\"master_SAE_ID\":\"SAE_A\"", "\"slave_SAE_ID\":\"SAE_B\"", "\"key_size\":256",
				"\"stored_key_count\":100", "\"max_key_count\":1000", "\"max_key_per_request\":4",
				"\"max_key_size\":1024", "\"min_key_size\":64", "\"max_SAE_ID_count\":0")) {
			assertTrue(json.contains(field), field + " in " + json);
		}
		assertEquals(s, Etsi014Json.status(json));
		assertEquals(List.of("GET /api/v1/keys/SAE_B/status SAE_A"), kme.requests());
		// the slave SAE sees the pair the other way round
		KmeStatus b = slave().status();
		assertEquals("SAE_B", b.masterSaeId());
		assertEquals(TestKme.KME_B, b.sourceKmeId());
	}

	@Test
	void encKeysWithGet() throws Exception {
		Etsi014Client a = master();
		KeyContainer keys = a.encKeys(3, 0);
		assertEquals(3, keys.keys().size());
		assertEquals(3, new HashSet<>(keys.keyIds()).size(), "distinct IDs");
		for (QkdKey k : keys.keys()) {
			assertEquals(256, k.bits());
			assertEquals(32, k.key().length);
		}
		assertEquals(TestKme.INITIAL_STOCK - 3, kme.stock());
		assertEquals(TestKme.INITIAL_STOCK - 3, a.status().storedKeyCount());

		KeyContainer large = a.encKeys(2, 512);
		large.keys().forEach(k -> assertEquals(512, k.bits()));
		assertEquals(TestKme.INITIAL_STOCK - 3 - 4, kme.stock(), "a 512-bit key takes two 256-bit keys");
		assertTrue(kme.requests().contains("GET /api/v1/keys/SAE_B/enc_keys SAE_A"));
	}

	@Test
	void encKeysWithPost() throws Exception {
		KeyContainer keys = master().encKeys(new KeyRequest(4, 128));
		assertEquals(4, keys.keys().size());
		keys.keys().forEach(k -> assertEquals(128, k.bits()));
		assertEquals(TestKme.INITIAL_STOCK - 4, kme.stock());
		assertTrue(kme.requests().contains("POST /api/v1/keys/SAE_B/enc_keys SAE_A"));
		KeyContainer defaults = master().encKeys(new KeyRequest(1, 0));
		assertEquals(256, defaults.keys().get(0).bits());
	}

	@Test
	void decKeysGiveTheSlaveTheSameKeys() throws Exception {
		KeyContainer taken = master().encKeys(3, 0);
		Etsi014Client b = slave();
		KeyContainer fetched = b.decKeys(taken.keyIds());
		assertEquals(taken.keyIds(), fetched.keyIds());
		for (int i = 0; i < 3; i++) {
			assertArrayEquals(taken.keys().get(i).key(), fetched.keys().get(i).key());
		}
		assertEquals(taken, fetched);
		assertTrue(kme.requests().contains("POST /api/v1/keys/SAE_A/dec_keys SAE_B"));

		QkdKey one = master().encKeys(1, 0).keys().get(0);
		QkdKey same = b.decKey(one.keyId());
		assertArrayEquals(one.key(), same.key());
		assertTrue(kme.requests().contains("GET /api/v1/keys/SAE_A/dec_keys SAE_B"));

		// a key is delivered to the slave once
		KmeException again = assertThrows(KmeException.class, () -> b.decKey(one.keyId()));
		assertEquals(400, again.httpStatus());
		assertEquals(Reason.BAD_REQUEST, again.reason());
	}

	@Test
	void theMasterCannotFetchItsKeysAsSlave() throws Exception {
		KeyContainer taken = master().encKeys(1, 0);
		// SAE_A asks for keys "from master SAE_B": they were not SAE_B's
		Etsi014Client a = client(saeA, "SAE_B", "SAE_B");
		KmeException e = assertThrows(KmeException.class, () -> a.decKeys(taken.keyIds()));
		assertEquals(400, e.httpStatus());
	}

	@Test
	void moreKeysThanAllowedIsABadRequest() throws Exception {
		Etsi014Client a = master();
		KmeException get = assertThrows(KmeException.class, () -> a.encKeys(TestKme.MAX_KEY_PER_REQUEST + 1, 0));
		assertEquals(400, get.httpStatus());
		assertEquals(Reason.BAD_REQUEST, get.reason());
		assertEquals(TestKme.TOO_MANY, get.errorMessage());
		assertTrue(get.getMessage().contains(TestKme.TOO_MANY), get.getMessage());
		assertFalse(get.certificateRefused());
		KmeException post = assertThrows(KmeException.class,
				() -> a.encKeys(new KeyRequest(TestKme.MAX_KEY_PER_REQUEST + 1, 0)));
		assertEquals(TestKme.TOO_MANY, post.errorMessage());
		KmeException size = assertThrows(KmeException.class, () -> a.encKeys(1, 100));
		assertEquals(400, size.httpStatus());
		KmeException multicast = assertThrows(KmeException.class,
				() -> a.encKeys(new KeyRequest(1, 0, List.of("SAE_C"))));
		assertEquals(400, multicast.httpStatus());
		assertEquals(TestKme.INITIAL_STOCK, kme.stock(), "nothing taken");
	}

	@Test
	void anUnknownSaeIsUnauthorized() {
		Etsi014Client x = client(saeX, "SAE_B", "SAE_A");
		KmeException status = assertThrows(KmeException.class, x::status);
		assertEquals(401, status.httpStatus());
		assertEquals(Reason.UNAUTHORIZED, status.reason());
		assertEquals(TestKme.NOT_REGISTERED, status.errorMessage());
		assertTrue(status.certificateRefused());
		assertTrue(status.getMessage().contains("certificate"), status.getMessage());
		assertThrows(KmeException.class, () -> x.encKeys(1, 0));
		assertEquals(TestKme.INITIAL_STOCK, kme.stock());
	}

	@Test
	void anotherSaesKeysAreUnauthorized() throws Exception {
		// SAE_B takes keys for SAE_A; SAE_A may fetch them, but not as a third party would
		KeyContainer taken = client(saeB, "SAE_A", null).encKeys(1, 0);
		QkdKey k = client(saeA, "SAE_B", "SAE_B").decKey(taken.keyIds().get(0));
		assertArrayEquals(taken.keys().get(0).key(), k.key());
	}

	@Test
	void anUntrustedKmeFailsTheHandshake() {
		SSLContext jdkTrust = Etsi014Client.sslContext(TestCertificates.file("SAE_A.p12"), PW, "", "");
		Etsi014Client a = client(jdkTrust, "SAE_B", null);
		KmeException e = assertThrows(KmeException.class, a::status);
		assertEquals(Reason.TLS, e.reason());
		assertEquals(0, e.httpStatus());
		assertTrue(e.certificateRefused());
		assertTrue(e.getMessage().contains("certificate"), e.getMessage());
	}

	@Test
	void serverErrorsAndMalformedAnswers() {
		Etsi014Client a = master();
		kme.unavailable(true);
		KmeException unavailable = assertThrows(KmeException.class, a::status);
		assertEquals(503, unavailable.httpStatus());
		assertEquals(Reason.UNAVAILABLE, unavailable.reason());
		kme.unavailable(false);
		kme.malformed(true);
		KmeException malformed = assertThrows(KmeException.class, a::status);
		assertEquals(Reason.MALFORMED, malformed.reason());
		assertNull(malformed.errorMessage());
	}

	@Test
	void nothingListening() {
		Etsi014Client a = master();
		kme.stop();
		KmeException e = assertThrows(KmeException.class, a::status);
		assertEquals(Reason.UNREACHABLE, e.reason(), e.getMessage());
		assertTrue(e.getMessage().startsWith("nothing accepts connections"), e.getMessage());
	}

	@Test
	void keyMaterialIsInNoTextualForm() throws Exception {
		KeyContainer keys = master().encKeys(2, 0);
		List<String> material = kme.served();
		assertEquals(2, material.size());
		for (QkdKey k : keys.keys()) {
			String base64 = Base64.getEncoder().encodeToString(k.key());
			assertTrue(material.contains(base64));
			assertFalse(k.toString().contains(base64), k.toString());
		}
		material.forEach(m -> assertFalse(keys.toString().contains(m), keys.toString()));
		keys.destroy();
		for (QkdKey k : keys.keys()) {
			assertArrayEquals(new byte[32], k.key(), "destroyed");
		}
	}

	@Test
	void malformedKeyContainers() {
		assertThrows(IllegalArgumentException.class, () -> Etsi014Json.keyContainer("{}"));
		assertThrows(IllegalArgumentException.class,
				() -> Etsi014Json.keyContainer("{\"keys\":[{\"key_ID\":\"a\"}]}"));
		IllegalArgumentException notBase64 = assertThrows(IllegalArgumentException.class,
				() -> Etsi014Json.keyContainer("{\"keys\":[{\"key_ID\":\"a\",\"key\":\"s3cr3t!!\"}]}"));
		assertFalse(notBase64.getMessage().contains("s3cr3t"), notBase64.getMessage());
		assertThrows(RuntimeException.class, () -> Etsi014Json.status("[1, 2]"));
		assertThrows(IllegalArgumentException.class, () -> Etsi014Json.status("{\"source_KME_ID\":\"K\"}"));
		assertEquals("{\"number\":2}", Etsi014Json.keyRequest(new KeyRequest(2, 0)));
		assertEquals("{\"number\":1,\"size\":512,\"additional_slave_SAE_IDs\":[\"C\"]}",
				Etsi014Json.keyRequest(new KeyRequest(1, 512, List.of("C"))));
		assertEquals("{\"key_IDs\":[{\"key_ID\":\"a\"},{\"key_ID\":\"b\"}]}", Etsi014Json.keyIds(List.of("a", "b")));
		assertNull(Etsi014Json.error("not json"));
		Etsi014Json.Error e = Etsi014Json.error("{\"message\":\"m\",\"details\":[{\"x\":1}]}");
		assertEquals("m", e.message());
		assertEquals(List.of("{\"x\":1}"), e.details());
	}

	@Test
	void configurationProblemsNameTheParameter() {
		String trust = TestCertificates.file("truststore.p12");
		String a = TestCertificates.file("SAE_A.p12");
		assertMessage("keyStore: no file", () -> Etsi014Client.sslContext("/nonexistent/SAE.p12", PW, trust, PW));
		assertMessage("keyStore: a value is required", () -> Etsi014Client.sslContext("", PW, trust, PW));
		assertMessage("keyStorePassword: ", () -> Etsi014Client.sslContext(a, "wrong", trust, PW));
		assertMessage("keyStore: ", () -> Etsi014Client.sslContext(trust, PW, trust, PW));
		assertMessage("trustStore: no file", () -> Etsi014Client.sslContext(a, PW, "/nonexistent/ca.p12", PW));
		assertMessage("trustStorePassword: ", () -> Etsi014Client.sslContext(a, PW, trust, "wrong"));
		assertMessage("kmeUrl: ", () -> new Etsi014Client(URI.create("http://127.0.0.1:8443"), "B", null, saeA,
				TIMEOUT));
		assertMessage("kmeUrl: ", () -> new Etsi014Client(URI.create("https://127.0.0.1:8443/?x=1"), "B", null,
				saeA, TIMEOUT));
		assertEquals(URI.create("https://127.0.0.1:8443/kme"),
				Etsi014Client.checkUrl(URI.create("HTTPS://127.0.0.1:8443/kme/")));
		assertEquals("SAE_A", Etsi014Client.segment("SAE_A"));
		assertEquals("a%2Fb%20c%3F", Etsi014Client.segment("a/b c?"));
	}

	private static void assertMessage(String start, org.junit.jupiter.api.function.Executable e) {
		IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
		assertTrue(x.getMessage().startsWith(start), x.getMessage());
		assertFalse(x.getMessage().contains(PW), "no password in " + x.getMessage());
	}
}
