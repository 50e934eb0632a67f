/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqci.device.etsi014.RecordingCallback.is;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqci.device.api.DeviceConfiguration;
import org.openqci.device.api.DeviceStatus;
import org.openqci.device.api.DeviceStatus.Detail;
import org.openqci.device.api.DeviceStatus.Status;
import org.openqci.device.api.Reading;

/** The handler against the in-process KME: polling, readings, commands, faults, retries, configuration. */
class Etsi014DeviceHandlerTest {

	private static final Duration WAIT = Duration.ofSeconds(4);
	private static final String PW = TestCertificates.PASSWORD;

	private final Etsi014DeviceFactory factory = new Etsi014DeviceFactory();
	private final List<RecordingCallback> callbacks = new ArrayList<>();
	private final List<Etsi014DeviceHandler> handlers = new ArrayList<>();
	private final List<String> answers = new ArrayList<>();
	private RecordingCallback callback;
	private TestKme kme;
	private ScheduledThreadPoolExecutor scheduler;

	@BeforeEach
	void start() throws Exception {
		kme = new TestKme();
		scheduler = new ScheduledThreadPoolExecutor(2);
		callback = new RecordingCallback();
		callbacks.add(callback);
	}

	@AfterEach
	void stop() throws Exception {
		handlers.forEach(Etsi014DeviceHandler::dispose);
		scheduler.shutdownNow();
		scheduler.awaitTermination(2, TimeUnit.SECONDS);
		kme.close();
		assertNoKeyMaterial();
	}

	/** No status description, reading or command answer of any handler of the test shows key material. */
	private void assertNoKeyMaterial() {
		List<String> material = kme.served();
		for (RecordingCallback c : callbacks) {
			for (DeviceStatus s : c.statuses()) {
				material.forEach(m -> assertFalse(s.description().contains(m), "key material in " + s));
			}
		}
		for (String a : answers) {
			material.forEach(m -> assertFalse(a.contains(m), "key material in the answer " + a));
		}
	}

	/** A handler for SAE {@code sae} (SAE_A: slave SAE_B; others: slave and master SAE_A), the values given replacing the defaults. */
	private Etsi014DeviceHandler handler(RecordingCallback recording, String sae, String... namesAndValues) {
		String partner = sae.equals("SAE_A") ? "SAE_B" : "SAE_A";
		List<String> values = new ArrayList<>(List.of("kmeUrl", kme.url(), "slaveSaeId", partner, "masterSaeId",
				partner, "keyStore", TestCertificates.file(sae + ".p12"), "keyStorePassword", PW, "trustStore",
				TestCertificates.file("truststore.p12"), "trustStorePassword", PW, "pollInterval", "20", "retryDelay",
				"20", "maxRetryDelay", "200", "timeout", "2000"));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			int at = values.indexOf(namesAndValues[i]);
			if (at >= 0 && at % 2 == 0) {
				values.set(at + 1, namesAndValues[i + 1]);
			} else {
				values.add(namesAndValues[i]);
				values.add(namesAndValues[i + 1]);
			}
		}
		DeviceConfiguration configuration = DeviceConfiguration.of(Etsi014DeviceFactory.TYPE,
				values.toArray(String[]::new));
		Etsi014DeviceHandler h = (Etsi014DeviceHandler) factory.createHandler(
				new FakeContext("kme-" + sae, Etsi014DeviceFactory.TYPE, configuration, recording, scheduler));
		handlers.add(h);
		return h;
	}

	private Etsi014DeviceHandler handler(String sae, String... namesAndValues) {
		return handler(callback, sae, namesAndValues);
	}

	private Etsi014DeviceHandler online(RecordingCallback recording, String sae) {
		Etsi014DeviceHandler h = handler(recording, sae);
		h.initialize();
		recording.awaitStatus(is(Status.ONLINE), WAIT);
		return h;
	}

	private String answer(CompletionStage<String> stage) throws Exception {
		String a = stage.toCompletableFuture().get(3, TimeUnit.SECONDS);
		answers.add(a);
		return a;
	}

	private static Throwable failure(CompletionStage<String> stage) {
		ExecutionException e = assertThrows(ExecutionException.class,
				() -> stage.toCompletableFuture().get(3, TimeUnit.SECONDS));
		return e.getCause();
	}

	@Test
	void goesOnlineWithTheKmeIdsAndReports() {
		Etsi014DeviceHandler h = handler("SAE_A");
		h.initialize();
		DeviceStatus first = callback.statuses().get(0);
		assertEquals(Status.INITIALIZING, first.status(), "reported before initialize returns");
		assertTrue(first.description().contains(kme.url()), first.description());
		DeviceStatus online = callback.awaitStatus(is(Status.ONLINE), WAIT);
		for (String part : List.of(kme.url(), "KME KME_A to KME KME_B", "SAE SAE_A to SAE SAE_B", "100 keys of 256 bits")) {
			assertTrue(online.description().contains(part), online.description());
		}
		assertEquals(TestKme.INITIAL_STOCK, callback.awaitReadings("storedKeyCount", 1, WAIT).get(0).value());
		assertEquals(256, callback.awaitReadings("keySize", 1, WAIT).get(0).value());
		assertEquals(TestKme.MAX_KEY_COUNT, callback.awaitReadings("maxKeyCount", 1, WAIT).get(0).value());
		assertTrue(kme.requests().get(0).equals("GET /api/v1/keys/SAE_B/status SAE_A"), kme.requests().toString());
	}

	@Test
	void keyRateAfterTwoPolls() {
		handler("SAE_A").initialize();
		List<Reading> rates = callback.awaitReadings("keyRate", 2, WAIT);
		rates.forEach(r -> assertEquals(0.0, r.value(), "a constant stock"));
		assertTrue(callback.readings().get(0).name().equals("storedKeyCount"), "no key rate after the first poll");
		kme.addKeys(40);
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (callback.readings().stream().noneMatch(r -> r.name().equals("keyRate") && r.value() > 0)) {
			assertTrue(System.nanoTime() < deadline, "a positive key rate after the stock grew: " + callback.readings());
			callback.awaitReadings("keyRate", callback.readings().stream()
					.filter(r -> r.name().equals("keyRate")).toList().size() + 1, WAIT);
		}
		Reading rise = callback.readings().stream().filter(r -> r.name().equals("keyRate") && r.value() > 0)
				.findFirst().orElseThrow();
		// 40 keys of 256 bits between two polls at least one poll interval (20 ms) apart
		assertTrue(rise.value() <= 40 * 256 / 0.020, "rate " + rise.value());
		assertTrue(callback.readings().stream().anyMatch(r -> r.name().equals("storedKeyCount")
				&& r.value() == TestKme.INITIAL_STOCK + 40));
	}

	@Test
	void keyRateIsTheChangeOfStoredBitsPerSecond() {
		assertEquals(2560.0, Etsi014DeviceHandler.keyRate(0, 0, 2560, 1_000_000_000L), 1e-9);
		assertEquals(-512.0, Etsi014DeviceHandler.keyRate(1024, 0, 768, 500_000_000L), 1e-9);
	}

	@Test
	void commandsTakeAndFetchKeys() throws Exception {
		Etsi014DeviceHandler a = online(callback, "SAE_A");
		RecordingCallback forB = new RecordingCallback();
		callbacks.add(forB);
		Etsi014DeviceHandler b = online(forB, "SAE_B");

		String json = answer(a.command("status", null));
		assertTrue(json.contains("\"stored_key_count\":100"), json);
		assertTrue(json.contains("\"slave_SAE_ID\":\"SAE_B\""), json);

		String ids = answer(a.command("getKeys", "3"));
		assertEquals(3, ids.split(",").length, ids);
		assertEquals(TestKme.INITIAL_STOCK - 3, kme.stock());
		assertEquals(1, answer(a.command("getKeys", null)).split(",").length);
		assertEquals("3", answer(b.command("getKeysWithIds", ids)));
		assertEquals(3 + 1 + 3, kme.served().size(), "the KME served the three keys to SAE_B too");

		Throwable tooMany = failure(a.command("getKeys", "5"));
		assertInstanceOf(KmeException.class, tooMany);
		assertTrue(tooMany.getMessage().contains("HTTP 400") && tooMany.getMessage().contains(TestKme.TOO_MANY),
				tooMany.getMessage());
		assertTrue(tooMany.getMessage().startsWith(kme.url() + ": "), tooMany.getMessage());
		Throwable again = failure(b.command("getKeysWithIds", ids));
		assertEquals(400, ((KmeException) again).httpStatus());

		assertTrue(failure(a.command("getKeys", "many")).getMessage().contains("'many' is not a number of keys"));
		assertTrue(failure(a.command("getKeys", "0")).getMessage().contains("is not a number of keys"));
		assertTrue(failure(a.command("status", "now")).getMessage().contains("takes no argument"));
		assertTrue(failure(b.command("getKeysWithIds", " ")).getMessage().contains("needs an argument"));
		assertTrue(failure(b.command("getKeysWithIds", "a,,b")).getMessage().contains("not a comma-separated list"));
		Throwable unknown = failure(a.command("selfDestruct", null));
		assertInstanceOf(IllegalArgumentException.class, unknown);
		assertTrue(unknown.getMessage().contains("unknown command 'selfDestruct'"), unknown.getMessage());
		assertTrue(callback.statuses().stream().noneMatch(is(Status.OFFLINE)), "refused commands do not go offline");
	}

	@Test
	void getKeysWithIdsNeedsTheMasterSae() throws Exception {
		Etsi014DeviceHandler b = handler("SAE_B", "masterSaeId", "");
		b.initialize();
		callback.awaitStatus(is(Status.ONLINE), WAIT);
		Throwable t = failure(b.command("getKeysWithIds", "abc"));
		assertTrue(t.getMessage().startsWith("masterSaeId: "), t.getMessage());
	}

	@Test
	void anUnknownCertificateIsRefused() {
		handler("SAE_X").initialize();
		DeviceStatus offline = callback.awaitStatus(is(Status.OFFLINE), WAIT);
		assertEquals(Detail.COMMUNICATION_ERROR, offline.detail());
		assertTrue(offline.description().contains("certificate"), offline.description());
		assertTrue(offline.description().contains("HTTP 401"), offline.description());
		assertTrue(offline.description().endsWith("retrying in 20 ms"), offline.description());
		callback.awaitStatus(is(Status.OFFLINE), 2, WAIT);
		assertTrue(callback.statuses().stream().noneMatch(is(Status.ONLINE)));
	}

	@Test
	void anUntrustedKmeFailsTheHandshake() {
		handler("SAE_A", "trustStore", "").initialize();
		DeviceStatus offline = callback.awaitStatus(is(Status.OFFLINE), WAIT);
		assertEquals(Detail.COMMUNICATION_ERROR, offline.detail());
		assertTrue(offline.description().contains("TLS handshake failed"), offline.description());
		assertTrue(offline.description().contains("certificate"), offline.description());
	}

	@Test
	void theKmeGoesAwayAndComesBack() throws Exception {
		online(callback, "SAE_A");
		callback.awaitReadings("storedKeyCount", 2, WAIT);
		kme.stop();
		DeviceStatus offline = callback.awaitStatus(is(Status.OFFLINE), WAIT);
		assertEquals(Detail.COMMUNICATION_ERROR, offline.detail());
		assertTrue(offline.description().startsWith(kme.url() + ": "), offline.description());
		callback.awaitStatus(is(Status.OFFLINE), 3, WAIT);
		List<Long> delays = callback.statuses().stream().filter(is(Status.OFFLINE))
				.map(s -> Long.parseLong(s.description().replaceAll(".*retrying in (\\d+) ms$", "$1"))).toList();
		assertEquals(List.of(20L, 40L, 80L), delays.subList(0, 3), "growing retry delays");
		assertTrue(failure(handlers.get(0).command("status", null)).getMessage().contains("offline"));

		kme.restart();
		callback.awaitStatus(is(Status.ONLINE), 2, WAIT);
		int readings = callback.readings().size();
		callback.awaitReadings("storedKeyCount", (int) callback.readings().stream()
				.filter(r -> r.name().equals("storedKeyCount")).count() + 1, WAIT);
		assertTrue(callback.readings().size() > readings);
	}

	@Test
	void unavailableAndMalformedAnswersAreCommunicationErrors() {
		online(callback, "SAE_A");
		kme.unavailable(true);
		DeviceStatus unavailable = callback.awaitStatus(is(Status.OFFLINE), WAIT);
		assertEquals(Detail.COMMUNICATION_ERROR, unavailable.detail());
		assertTrue(unavailable.description().contains("HTTP 503"), unavailable.description());
		kme.unavailable(false);
		callback.awaitStatus(is(Status.ONLINE), 2, WAIT);
		int before = callback.statuses().size();
		kme.malformed(true);
		DeviceStatus malformed = callback.awaitStatusAfter(before, is(Status.OFFLINE), WAIT);
		assertEquals(Detail.COMMUNICATION_ERROR, malformed.detail());
		assertTrue(malformed.description().contains("malformed answer to status"), malformed.description());
	}

	@Test
	void aMissingKeyStoreIsAConfigurationError() throws Exception {
		handler("SAE_A", "keyStore", "").initialize();
		assertEquals(1, callback.statuses().size(), callback.statuses().toString());
		DeviceStatus status = callback.statuses().get(0);
		assertEquals(Status.OFFLINE, status.status());
		assertEquals(Detail.CONFIGURATION_ERROR, status.detail());
		assertTrue(status.description().startsWith("keyStore: "), status.description());
		assertEquals(0, scheduler.getTaskCount(), "nothing scheduled");
	}

	@Test
	void anUnreadableKeyStoreIsAConfigurationErrorWithoutRetries() throws Exception {
		handler("SAE_A", "keyStore", "/nonexistent/SAE_A.p12").initialize();
		DeviceStatus status = callback.awaitStatus(is(Status.OFFLINE), WAIT);
		assertEquals(Detail.CONFIGURATION_ERROR, status.detail());
		assertTrue(status.description().startsWith("keyStore: no file '/nonexistent/SAE_A.p12'"),
				status.description());
		RecordingCallback wrong = new RecordingCallback();
		callbacks.add(wrong);
		handler(wrong, "SAE_A", "keyStorePassword", "not-the-password-42").initialize();
		DeviceStatus password = wrong.awaitStatus(is(Status.OFFLINE), WAIT);
		assertEquals(Detail.CONFIGURATION_ERROR, password.detail());
		assertTrue(password.description().startsWith("keyStorePassword: "), password.description());
		assertFalse(password.description().contains("not-the-password-42"), "no password in " + password.description());
		Thread.sleep(100); // five retry delays
		assertEquals(List.of(Status.INITIALIZING, Status.OFFLINE),
				callback.statuses().stream().map(DeviceStatus::status).toList(), "no retries");
		assertEquals(2, wrong.statuses().size());
		assertEquals(List.of(), kme.requests());
	}

	@Test
	void otherConfigurationErrors() {
		for (String[] values : List.of(new String[] { "kmeUrl", "http://127.0.0.1:8443" },
				new String[] { "kmeUrl", "" }, new String[] { "slaveSaeId", "" },
				new String[] { "retryDelay", "1000", "maxRetryDelay", "100" }, new String[] { "timeout", "soon" })) {
			RecordingCallback recording = new RecordingCallback();
			handler(recording, "SAE_A", values).initialize();
			DeviceStatus status = recording.statuses().get(0);
			assertEquals(Detail.CONFIGURATION_ERROR, status.detail(), Arrays.toString(values) + ": " + status);
			String parameter = values.length == 4 ? "maxRetryDelay" : values[0];
			assertTrue(status.description().startsWith(parameter + ": "), status.description());
		}
		assertEquals(0, scheduler.getTaskCount());
	}

	@Test
	void disposeStopsEverything() throws Exception {
		Etsi014DeviceHandler h = online(callback, "SAE_A");
		callback.awaitReadings("storedKeyCount", 2, WAIT);
		h.dispose();
		int statuses = callback.statuses().size();
		int readings = callback.readings().size();
		int requests = kme.requests().size();
		assertEquals(Status.REMOVED, callback.statuses().get(statuses - 1).status());
		Thread.sleep(100); // five poll intervals
		assertEquals(readings, callback.readings().size(), "no readings after dispose");
		assertEquals(statuses, callback.statuses().size(), "no statuses after dispose");
		assertTrue(kme.requests().size() <= requests + 1, "at most the request under way");
		assertTrue(failure(h.command("status", null)).getMessage().contains("removed"));
		h.initialize();
		h.dispose();
		assertEquals(statuses, callback.statuses().size());
	}

	@Test
	void commandsFailWhileOffline() {
		Etsi014DeviceHandler h = handler("SAE_A");
		assertTrue(failure(h.command("status", null)).getMessage().contains("offline"), "before initialize");
	}
}
