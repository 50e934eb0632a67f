/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.scpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqci.device.scpi.RecordingCallback.is;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqci.device.api.DeviceConfiguration;
import org.openqci.device.api.DeviceStatus;
import org.openqci.device.api.DeviceStatus.Detail;
import org.openqci.device.api.DeviceStatus.Status;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.Reading;
import org.openqci.device.scpi.InstrumentSimulator.Fault;

/** The handler against a simulated instrument on loopback: connection, polling, faults, retries. */
class ScpiDeviceHandlerTest {

	private static final Duration WAIT = Duration.ofSeconds(3);
	private static final String HOST = InetAddress.getLoopbackAddress().getHostAddress();

	private final ScpiDeviceHandlerFactory factory = new ScpiDeviceHandlerFactory();
	private final RecordingCallback callback = new RecordingCallback();
	private final List<ScpiDeviceHandler> handlers = new ArrayList<>();
	private InstrumentSimulator sim;
	private ScheduledThreadPoolExecutor scheduler;

	@BeforeEach
	void start() throws Exception {
		sim = new InstrumentSimulator();
		scheduler = new ScheduledThreadPoolExecutor(2);
	}

	@AfterEach
	void stop() throws Exception {
		handlers.forEach(ScpiDeviceHandler::dispose);
		scheduler.shutdownNow();
		scheduler.awaitTermination(2, TimeUnit.SECONDS);
		sim.stop();
	}

	/** A handler of a type, configured with the simulator's address and the values given. */
	private ScpiDeviceHandler handler(String typeId, String... namesAndValues) {
		DeviceType type = ScpiDeviceHandlerFactory.profile(typeId).type();
		List<String> values = new ArrayList<>(List.of("host", HOST, "port", Integer.toString(sim.port()),
				"pollInterval", "10", "retryDelay", "20"));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			int at = values.indexOf(namesAndValues[i]);
			if (at >= 0 && at % 2 == 0) {
				values.set(at + 1, namesAndValues[i + 1]);
			} else {
				values.add(namesAndValues[i]);
				values.add(namesAndValues[i + 1]);
			}
		}
		DeviceConfiguration configuration = DeviceConfiguration.of(type, values.toArray(String[]::new));
		ScpiDeviceHandler h = (ScpiDeviceHandler) factory
				.createHandler(new FakeContext("dev-1", type, configuration, callback, scheduler));
		handlers.add(h);
		return h;
	}

	private ScpiDeviceHandler online(String typeId, String... namesAndValues) {
		ScpiDeviceHandler h = handler(typeId, namesAndValues);
		h.initialize();
		callback.awaitStatus(is(Status.ONLINE), WAIT);
		return h;
	}

	private String address() {
		return HOST + ":" + sim.port();
	}

	private static String answer(CompletionStage<String> stage) throws Exception {
		return stage.toCompletableFuture().get(3, TimeUnit.SECONDS);
	}

	private static Throwable failure(CompletionStage<String> stage) throws Exception {
		ExecutionException e = assertThrows(ExecutionException.class,
				() -> stage.toCompletableFuture().get(3, TimeUnit.SECONDS));
		return e.getCause();
	}

	private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited " + WAIT.toMillis() + " ms for " + what);
			}
			Thread.sleep(2);
		}
	}

	@Test
	void connectsIdentifiesAndPolls() {
		ScpiDeviceHandler h = handler(ScpiDeviceHandlerFactory.POWER_METER);
		h.initialize();
		DeviceStatus first = callback.statuses().get(0);
		assertEquals(Status.INITIALIZING, first.status(), "reported before initialize returns");
		assertTrue(first.description().contains(address()), first.description());
		DeviceStatus online = callback.awaitStatus(is(Status.ONLINE), WAIT);
		assertTrue(online.description().contains(address()), online.description());
		assertTrue(online.description().contains(InstrumentSimulator.IDENTITY), online.description());
		List<Reading> readings = callback.awaitReadings("power", 3, WAIT);
		for (Reading r : readings) {
			assertTrue(r.value() > 0.9e-6 && r.value() < 1.1e-6, "power " + r.value());
			assertTrue(r.time() != null);
		}
		assertEquals("*IDN?", sim.received().get(0));
		assertTrue(sim.received().contains("MEAS:POW?"));
		assertEquals(1, sim.accepted());
	}

	@Test
	void counterPollsBothChannelsAndSetsTheGate() throws Exception {
		ScpiDeviceHandler h = online(ScpiDeviceHandlerFactory.COUNTER);
		for (Reading r : callback.awaitReadings("countRate1", 2, WAIT)) {
			assertEquals(1e5, r.value(), 1e4);
		}
		for (Reading r : callback.awaitReadings("countRate2", 2, WAIT)) {
			assertEquals(2e5, r.value(), 2e4);
		}
		assertEquals("", answer(h.command("setGate", "0.25")));
		// a setting completes once sent; the instrument reads it a moment later
		awaitTrue(() -> sim.received().contains("SENS:GATE 0.25"), "the gate setting");
		assertEquals(0.25, sim.gate);
		assertTrue(failure(h.command("setWavelength", "1550")).getMessage().contains("unknown command 'setWavelength'"));
	}

	@Test
	void commands() throws Exception {
		ScpiDeviceHandler h = online(ScpiDeviceHandlerFactory.POWER_METER);
		assertEquals(InstrumentSimulator.IDENTITY, answer(h.command("identify", null)));
		assertEquals("", answer(h.command("setWavelength", "1310")));
		awaitTrue(() -> sim.received().contains("SENS:POW:WAV 1310"), "the wavelength setting");
		assertEquals("1310", answer(h.command("wavelength", "")));
		assertEquals("", answer(h.command("setWavelength", "1.55e3")));
		assertEquals("1550", answer(h.command("wavelength", null)));

		Throwable unknown = failure(h.command("selfDestruct", null));
		assertInstanceOf(IllegalArgumentException.class, unknown);
		assertTrue(unknown.getMessage().contains("unknown command 'selfDestruct'"), unknown.getMessage());
		Throwable notANumber = failure(h.command("setWavelength", "red"));
		assertTrue(notANumber.getMessage().contains("'red' is not a positive number"), notANumber.getMessage());
		Throwable injection = failure(h.command("setWavelength", "1550\n*RST"));
		assertInstanceOf(IllegalArgumentException.class, injection);
		assertTrue(failure(h.command("setWavelength", null)).getMessage().contains("needs an argument"));
		assertTrue(failure(h.command("identify", "now")).getMessage().contains("takes no argument"));
		assertFalse(sim.received().stream().anyMatch(l -> l.contains("RST") || l.contains("red")));
		assertTrue(callback.statuses().stream().noneMatch(is(Status.OFFLINE)), "refused commands do not disconnect");
	}

	@Test
	void silentInstrumentTimesOut() {
		online(ScpiDeviceHandlerFactory.POWER_METER, "timeout", "100");
		int before = callback.statuses().size();
		sim.fault(Fault.SILENT);
		DeviceStatus offline = callback.awaitStatusAfter(before, is(Status.OFFLINE), WAIT);
		assertEquals(Detail.COMMUNICATION_ERROR, offline.detail());
		assertTrue(offline.description().startsWith(address() + ": no answer to MEAS:POW? within 100 ms"),
				offline.description());
	}

	@Test
	void slowInstrumentTimesOut() {
		sim.slowDelayMillis = 400;
		online(ScpiDeviceHandlerFactory.POWER_METER, "timeout", "100");
		int before = callback.statuses().size();
		sim.fault(Fault.SLOW);
		DeviceStatus offline = callback.awaitStatusAfter(before, is(Status.OFFLINE), WAIT);
		assertEquals(Detail.COMMUNICATION_ERROR, offline.detail());
		assertTrue(offline.description().contains("no answer to MEAS:POW? within 100 ms"), offline.description());
	}

	@Test
	void garbageAnswerTakesTheDeviceOffline() {
		online(ScpiDeviceHandlerFactory.POWER_METER);
		int before = callback.statuses().size();
		sim.fault(Fault.GARBAGE);
		DeviceStatus offline = callback.awaitStatusAfter(before, is(Status.OFFLINE), WAIT);
		assertEquals(Detail.COMMUNICATION_ERROR, offline.detail());
		assertTrue(offline.description().contains(address() + ": garbage answer to MEAS:POW?: 'x#@!'"),
				offline.description());
	}

	@Test
	void garbageIdentityIsACommunicationError() {
		sim.fault(Fault.GARBAGE);
		handler(ScpiDeviceHandlerFactory.POWER_METER).initialize();
		DeviceStatus offline = callback.awaitStatus(is(Status.OFFLINE), WAIT);
		assertEquals(Detail.COMMUNICATION_ERROR, offline.detail());
		assertTrue(offline.description().contains("garbage answer to *IDN?: 'x#@!'"), offline.description());
		assertTrue(callback.statuses().stream().noneMatch(is(Status.ONLINE)));
	}

	@Test
	void droppedConnectionReconnects() {
		online(ScpiDeviceHandlerFactory.POWER_METER, "retryDelay", "20", "maxRetryDelay", "1000");
		callback.awaitReadings("power", 2, WAIT);
		sim.dropAfter = 3;
		sim.fault(Fault.DROP);
		DeviceStatus offline = callback.awaitStatus(is(Status.OFFLINE), WAIT);
		assertEquals(Detail.COMMUNICATION_ERROR, offline.detail());
		assertTrue(offline.description().contains(address() + ": the instrument closed the connection"),
				offline.description());
		assertTrue(offline.description().endsWith("retrying in 20 ms"), offline.description());

		callback.awaitStatus(is(Status.ONLINE), 2, WAIT);
		assertTrue(sim.accepted() >= 2);
		int readings = callback.readings().size();
		callback.awaitReadings("power", readings + 2, WAIT);

		// a second drop after a good round of readings: the retry delay starts again from retryDelay
		sim.fault(Fault.DROP);
		DeviceStatus again = callback.awaitStatus(is(Status.OFFLINE), 2, WAIT);
		assertTrue(again.description().endsWith("retrying in 20 ms"), again.description());
		callback.awaitStatus(is(Status.ONLINE), 3, WAIT);
	}

	@Test
	void nothingListeningRetriesWithGrowingDelays() {
		sim.stop();
		handler(ScpiDeviceHandlerFactory.POWER_METER, "retryDelay", "10", "maxRetryDelay", "40").initialize();
		callback.awaitStatus(is(Status.OFFLINE, Detail.COMMUNICATION_ERROR), 5, WAIT);
		List<RecordingCallback.Timed> offline = callback.timedStatuses().stream()
				.filter(t -> t.status().status() == Status.OFFLINE).toList();
		Pattern retrying = Pattern.compile("retrying in (\\d+) ms$");
		List<Long> delays = new ArrayList<>();
		for (RecordingCallback.Timed t : offline) {
			String d = t.status().description();
			assertTrue(d.startsWith(address() + ": "), d);
			Matcher m = retrying.matcher(d);
			assertTrue(m.find(), d);
			delays.add(Long.parseLong(m.group(1)));
		}
		assertEquals(List.of(10L, 20L, 40L, 40L), delays.subList(0, 4));
		for (int i = 1; i < delays.size(); i++) {
			assertTrue(delays.get(i) >= delays.get(i - 1), "non-decreasing: " + delays);
			long gapMillis = TimeUnit.NANOSECONDS.toMillis(offline.get(i).nanos() - offline.get(i - 1).nanos());
			assertTrue(gapMillis >= delays.get(i - 1) - 1, "attempt " + i + " came " + gapMillis + " ms after the "
					+ "previous failure, announced " + delays.get(i - 1) + " ms");
		}
		assertTrue(callback.statuses().stream().noneMatch(is(Status.ONLINE)));
	}

	@Test
	void configurationErrorIsReportedWithoutConnecting() {
		handler(ScpiDeviceHandlerFactory.POWER_METER, "port", "70000").initialize();
		assertEquals(1, callback.statuses().size(), callback.statuses().toString());
		DeviceStatus status = callback.statuses().get(0);
		assertEquals(Status.OFFLINE, status.status());
		assertEquals(Detail.CONFIGURATION_ERROR, status.detail());
		assertTrue(status.description().startsWith("port: "), status.description());
		assertEquals(0, scheduler.getTaskCount(), "nothing scheduled");
		assertEquals(0, sim.accepted());
	}

	@Test
	void otherConfigurationErrors() {
		for (String[] values : List.of(new String[] { "host", "" }, new String[] { "port", "5025.5" },
				new String[] { "retryDelay", "1000", "maxRetryDelay", "100" }, new String[] { "host", "a b" },
				new String[] { "timeout", "soon" })) {
			RecordingCallback recording = new RecordingCallback();
			DeviceType type = ScpiDeviceHandlerFactory.profile(ScpiDeviceHandlerFactory.COUNTER).type();
			List<String> all = new ArrayList<>(List.of("host", HOST));
			all.addAll(List.of(values));
			if (values[0].equals("host")) {
				all.subList(0, 2).clear();
			}
			DeviceConfiguration configuration = DeviceConfiguration.of(type, all.toArray(String[]::new));
			ScpiDeviceHandler h = (ScpiDeviceHandler) factory
					.createHandler(new FakeContext("dev-2", type, configuration, recording, scheduler));
			handlers.add(h);
			h.initialize();
			DeviceStatus status = recording.statuses().get(0);
			assertEquals(Detail.CONFIGURATION_ERROR, status.detail(), status.toString());
			String parameter = values.length == 4 ? "maxRetryDelay" : values[0];
			assertTrue(status.description().startsWith(parameter + ": "), status.description());
		}
		assertEquals(0, scheduler.getTaskCount());
	}

	@Test
	void disposeStopsPollingAndClosesTheSocket() throws Exception {
		ScpiDeviceHandler h = online(ScpiDeviceHandlerFactory.POWER_METER);
		callback.awaitReadings("power", 2, WAIT);
		h.dispose();
		int statuses = callback.statuses().size();
		int readings = callback.readings().size();
		assertEquals(Status.REMOVED, callback.statuses().get(statuses - 1).status());
		awaitTrue(() -> sim.closedByClient() == 1, "the simulator to see the connection closed");
		Thread.sleep(60); // six poll intervals
		assertEquals(readings, callback.readings().size(), "no readings after dispose");
		assertEquals(statuses, callback.statuses().size(), "no statuses after dispose");
		assertTrue(failure(h.command("identify", null)).getMessage().contains("removed"));
		h.initialize();
		h.dispose();
		assertEquals(statuses, callback.statuses().size());
		assertEquals(1, sim.accepted());
	}

	@Test
	void disposeUnblocksAConnectionWaitingForAnAnswer() throws Exception {
		sim.fault(Fault.SILENT);
		ScpiDeviceHandler h = handler(ScpiDeviceHandlerFactory.POWER_METER, "timeout", "60000");
		h.initialize();
		awaitTrue(() -> sim.received().contains("*IDN?"), "the identification query");
		long start = System.nanoTime();
		h.dispose();
		awaitTrue(() -> sim.closedByClient() == 1, "the simulator to see the connection closed");
		assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
		Thread.sleep(20);
		List<DeviceStatus> statuses = callback.statuses();
		assertEquals(List.of(Status.INITIALIZING, Status.REMOVED), statuses.stream().map(DeviceStatus::status).toList());
	}

	@Test
	void commandsFailWhileOffline() throws Exception {
		ScpiDeviceHandler h = handler(ScpiDeviceHandlerFactory.POWER_METER);
		assertTrue(failure(h.command("identify", null)).getMessage().contains("offline"), "before initialize");
		sim.stop();
		h.initialize();
		callback.awaitStatus(is(Status.OFFLINE), WAIT);
		Throwable offline = failure(h.command("identify", null));
		assertInstanceOf(IllegalStateException.class, offline);
		assertEquals("the device is offline", offline.getMessage());
	}

	@Test
	void aCommandThatTimesOutFailsAndTakesTheDeviceOffline() throws Exception {
		ScpiDeviceHandler h = online(ScpiDeviceHandlerFactory.POWER_METER, "timeout", "100", "pollInterval",
				"3600000");
		callback.awaitReadings("power", 1, WAIT); // the only round of readings of this connection
		int before = callback.statuses().size();
		sim.fault(Fault.SILENT);
		Throwable failure = failure(h.command("wavelength", null));
		assertInstanceOf(ScpiException.class, failure);
		assertEquals(address() + ": no answer to SENS:POW:WAV? within 100 ms", failure.getMessage());
		DeviceStatus offline = callback.awaitStatusAfter(before, is(Status.OFFLINE), WAIT);
		assertTrue(offline.description().contains("no answer to SENS:POW:WAV? within 100 ms"), offline.description());
	}
}
