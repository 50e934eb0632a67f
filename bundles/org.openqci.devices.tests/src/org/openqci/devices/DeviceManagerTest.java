/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.device.api.DeviceCategory;
import org.openqci.device.api.DeviceContext;
import org.openqci.device.api.DeviceHandler;
import org.openqci.device.api.DeviceHandlerFactory;
import org.openqci.device.api.DeviceStatus;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.Reading;
import org.openqci.device.api.ReadingDescriptor;

/** The device manager with a fake plugin: starting, stopping, saving, and plugins that fail or go away. */
class DeviceManagerTest {

	private static final DeviceType METER = new DeviceType("fake-meter", "Fake meter", "For tests.",
			DeviceCategory.INSTRUMENT, List.of(ParameterDescriptor.of("level", "Level", "W", 1e-3, 0, 1, "The power")),
			List.of(), List.of(new ReadingDescriptor("power", "Power", "W", "Optical power")), List.of());

	/** Reports online and one reading per 10 ms; counts handlers created and disposed. */
	static final class FakeFactory implements DeviceHandlerFactory {
		final AtomicInteger created = new AtomicInteger();
		final AtomicInteger disposed = new AtomicInteger();
		volatile boolean broken;

		@Override
		public List<DeviceType> supportedTypes() {
			return List.of(METER);
		}

		@Override
		public DeviceHandler createHandler(DeviceContext context) {
			if (broken) {
				throw new IllegalStateException("driver library missing");
			}
			created.incrementAndGet();
			return new DeviceHandler() {
				@Override
				public void initialize() {
					double level = context.configuration().number("level");
					context.scheduler().execute(() -> context.callback().statusUpdated(DeviceStatus.online()));
					context.scheduler().scheduleAtFixedRate(
							() -> context.callback().readingUpdated(new Reading("power", level, Instant.now())), 0, 10,
							TimeUnit.MILLISECONDS);
				}

				@Override
				public CompletionStage<String> command(String name, String argument) {
					return CompletableFuture.completedFuture(name + " done");
				}

				@Override
				public void dispose() {
					disposed.incrementAndGet();
				}
			};
		}
	}

	private final FakeFactory factory = new FakeFactory();
	private final DeviceManager manager = new DeviceManager();

	@AfterEach
	void stop() {
		manager.dispose();
	}

	@Test
	void anAddedDeviceRunsReportsAndIsSaved(@TempDir Path dir) throws Exception {
		manager.addFactory(factory);
		manager.setStore(dir.resolve("devices.json"));
		ConfiguredDevice d = manager.add("bench meter", "fake-meter", Map.of("level", "0.002"));
		assertTrue(await(() -> manager.devices().get(0).status().status() == DeviceStatus.Status.ONLINE));
		assertTrue(await(() -> manager.history(d.id()).get("power").size() >= 3), "readings arrive");
		assertEquals(0.002, manager.history(d.id()).latest("power").value());
		assertEquals("identify done", manager.command(d.id(), "identify", null).toCompletableFuture().get());
		assertTrue(Files.readString(dir.resolve("devices.json")).contains("bench meter"));

		DeviceManager reopened = new DeviceManager();
		try {
			reopened.addFactory(new FakeFactory());
			reopened.setStore(dir.resolve("devices.json"));
			assertEquals(List.of(d), reopened.devices().stream().map(DeviceEntry::device).toList(),
					"a restart finds the saved devices");
			assertTrue(await(() -> reopened.devices().get(0).status().status() == DeviceStatus.Status.ONLINE));
		} finally {
			reopened.dispose();
		}
	}

	@Test
	void updateRestartsAndRemoveDisposes(@TempDir Path dir) throws Exception {
		manager.addFactory(factory);
		manager.setStore(dir.resolve("devices.json"));
		ConfiguredDevice d = manager.add("m", "fake-meter", Map.of());
		manager.update(d.id(), "renamed", Map.of("level", "0.5"));
		assertEquals("renamed", manager.devices().get(0).device().name());
		assertEquals(2, factory.created.get());
		assertEquals(1, factory.disposed.get());
		manager.remove(d.id());
		assertEquals(List.of(), manager.devices());
		assertEquals(2, factory.disposed.get());
		assertEquals("[]", Files.readString(dir.resolve("devices.json")).replaceAll("\\s+", "").trim());
	}

	@Test
	void aPluginThatGoesAwayLeavesItsDevicesOfflineAndComingBackRestartsThem(@TempDir Path dir) throws Exception {
		manager.addFactory(factory);
		manager.setStore(dir.resolve("devices.json"));
		ConfiguredDevice d = manager.add("m", "fake-meter", Map.of());
		manager.removeFactory(factory);
		DeviceEntry gone = manager.devices().get(0);
		assertEquals(DeviceStatus.Detail.HANDLER_ERROR, gone.status().detail());
		assertEquals("no installed plugin provides the device type 'fake-meter'", gone.status().description());
		assertEquals(1, factory.disposed.get());
		manager.addFactory(factory);
		assertTrue(await(() -> manager.devices().get(0).status().status() == DeviceStatus.Status.ONLINE));
		assertEquals(d, manager.devices().get(0).device());
	}

	@Test
	void aFailingPluginIsReportedAndTheOthersStillWork(@TempDir Path dir) throws Exception {
		factory.broken = true;
		manager.addFactory(factory);
		manager.setStore(dir.resolve("devices.json"));
		manager.add("m", "fake-meter", Map.of());
		DeviceStatus status = manager.devices().get(0).status();
		assertEquals(DeviceStatus.Detail.HANDLER_ERROR, status.detail());
		assertEquals("the device plugin failed: driver library missing", status.description());
		assertThrows(IllegalArgumentException.class, () -> manager.add("x", "no-such-type", Map.of()));
	}

	@Test
	void aFileThatCannotBeReadIsNamedAndKept(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("devices.json");
		Files.writeString(file, "{ not json");
		IOException e = assertThrows(IOException.class, () -> manager.setStore(file));
		assertTrue(e.getMessage().startsWith(file + ": not a list of configured devices"), e.getMessage());
		assertEquals("{ not json", Files.readString(file));
		assertFalse(manager.devices().iterator().hasNext());
	}

	private static boolean await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(5);
		}
		return condition.getAsBoolean();
	}
}
