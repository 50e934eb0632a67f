/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openqci.device.api.DeviceHandler;
import org.openqci.device.api.DeviceStatus;
import org.openqci.device.api.DeviceStatus.Detail;
import org.openqci.device.api.DeviceStatus.Status;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.Reading;

/** Live behaviour: status, readings at the interval, commands, dispose. */
class SimulatedDeviceHandlerTest {

	private static DeviceType type(String id) {
		return Catalogue.require(id).deviceType();
	}

	private static DeviceHandler handler(FakeContext context) {
		return new SimulatedDeviceFactory().createHandler(context);
	}

	@Test
	void reportsOnlineAndEveryReadingAtTheInterval() throws Exception {
		for (DeviceType type : new SimulatedDeviceFactory().supportedTypes()) {
			try (FakeContext context = new FakeContext(type, "updateInterval", "20", "seed", "7")) {
				DeviceHandler handler = handler(context);
				handler.initialize();
				assertTrue(context.await(c -> c.values(type.readings().get(0).name()).size() >= 3), type.id());
				assertEquals(DeviceStatus.online(), context.statuses.get(0), type.id());
				type.readings().forEach(r -> assertTrue(!context.values(r.name()).isEmpty(), type.id() + " " + r.name()));
				List<Reading> first = context.readings.stream()
						.filter(r -> r.name().equals(type.readings().get(0).name())).toList();
				long millis = Duration.between(first.get(0).time(), first.get(2).time()).toMillis();
				assertTrue(millis >= 30 && millis < 1000, type.id() + ": two intervals took " + millis + " ms");
				handler.dispose();
			}
		}
	}

	@Test
	void initializeReturnsAtOnce() {
		try (FakeContext context = new FakeContext(type("sim-snspd"))) {
			DeviceHandler handler = handler(context);
			long start = System.nanoTime();
			handler.initialize();
			assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(200));
			handler.dispose();
		}
	}

	@Test
	void unknownPresetIsAConfigurationError() throws Exception {
		try (FakeContext context = new FakeContext(type("sim-snspd"), "preset", "Nonesuch")) {
			handler(context).initialize();
			assertTrue(context.await(c -> !c.statuses.isEmpty()));
			DeviceStatus status = context.statuses.get(0);
			assertEquals(Status.OFFLINE, status.status());
			assertEquals(Detail.CONFIGURATION_ERROR, status.detail());
			assertTrue(status.description().startsWith("preset:"), status.description());
			for (Preset p : Catalogue.require("sim-snspd").presets()) {
				assertTrue(status.description().contains(p.name()), status.description());
			}
			Thread.sleep(50);
			assertTrue(context.readings.isEmpty());
		}
	}

	@Test
	void invalidValueIsAConfigurationError() throws Exception {
		try (FakeContext context = new FakeContext(type("sim-ingaas-spad"), "efficiency", "1.5")) {
			handler(context).initialize();
			assertTrue(context.await(c -> !c.statuses.isEmpty()));
			assertEquals(Detail.CONFIGURATION_ERROR, context.statuses.get(0).detail());
			assertTrue(context.statuses.get(0).description().contains("efficiency"));
		}
	}

	@Test
	void sameSeedGivesTheSameReadings() throws Exception {
		List<Double> first = firstCounts("11");
		assertEquals(first, firstCounts("11"));
	}

	private static List<Double> firstCounts(String seed) throws Exception {
		try (FakeContext context = new FakeContext(type("sim-ingaas-spad"), "updateInterval", "10", "seed", seed)) {
			DeviceHandler handler = handler(context);
			handler.initialize();
			assertTrue(context.await(c -> c.values("countRate").size() >= 5));
			handler.dispose();
			return context.values("countRate").subList(0, 5);
		}
	}

	@Test
	void disposeStopsTheReadings() throws Exception {
		try (FakeContext context = new FakeContext(type("sim-time-tagger"), "updateInterval", "10", "seed", "3")) {
			DeviceHandler handler = handler(context);
			handler.initialize();
			assertTrue(context.await(c -> c.readings.size() >= 6));
			handler.dispose();
			int count = context.readings.size();
			Thread.sleep(60);
			assertEquals(count, context.readings.size());
			assertThrows(ExecutionException.class,
					() -> handler.command("reset", null).toCompletableFuture().get(1, TimeUnit.SECONDS));
		}
	}

	@Test
	void presetCommandSwitchesTheValues() throws Exception {
		try (FakeContext context = new FakeContext(type("sim-snspd"), "updateInterval", "1000", "seed", "5")) {
			SimulatedDeviceHandler handler = (SimulatedDeviceHandler) handler(context);
			handler.initialize();
			assertTrue(context.await(c -> !c.statuses.isEmpty()));
			assertEquals(0.93, handler.values().get("efficiency"));
			assertEquals("preset Caloz 2017 (MoSi)",
					handler.command("preset", "Caloz 2017 (MoSi)").toCompletableFuture().get(1, TimeUnit.SECONDS));
			assertEquals(0.80, handler.values().get("efficiency"));
			assertEquals(26e-12, handler.values().get("timingJitter"));
			assertEquals(100.0, handler.values().get("darkCountRate"), "the default where the preset says nothing");
			ExecutionException e = assertThrows(ExecutionException.class,
					() -> handler.command("preset", "Nonesuch").toCompletableFuture().get(1, TimeUnit.SECONDS));
			assertTrue(e.getCause().getMessage().contains("Marsili 2013"), e.getCause().getMessage());
			handler.command("reset", null).toCompletableFuture().get(1, TimeUnit.SECONDS);
			assertEquals(0.93, handler.values().get("efficiency"));
			handler.dispose();
		}
	}

	@Test
	void presetCommandKeepsConfiguredOverrides() throws Exception {
		try (FakeContext context = new FakeContext(type("sim-snspd"), "efficiency", "0.5", "updateInterval", "1000")) {
			SimulatedDeviceHandler handler = (SimulatedDeviceHandler) handler(context);
			handler.initialize();
			assertTrue(context.await(c -> !c.statuses.isEmpty()));
			handler.command("preset", "Caloz 2017 (MoSi)").toCompletableFuture().get(1, TimeUnit.SECONDS);
			assertEquals(0.5, handler.values().get("efficiency"));
			assertEquals(26e-12, handler.values().get("timingJitter"));
			handler.dispose();
		}
	}
}
