/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqci.device.api.DeviceCategory;
import org.openqci.device.api.DeviceHandler;
import org.openqci.device.api.DeviceHandlerFactory;
import org.openqci.device.api.DeviceType;
import org.openqci.headless.CommandContext;
import org.openqci.headless.CommandLine;
import org.openqci.headless.ExitCodes;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * {@code openqci devices} and {@code openqci install} in the test runtime: the device types of a
 * plugin registered as a service are listed with the bundle that provides them; installation
 * refuses bad input with exit code 2 and a message naming the problem. (Installing into a real
 * p2-managed product is tested by {@code tests/org.openqci.product.tests}.)
 */
class PluginCommandsTest {

	@TempDir
	Path tmp;

	private record Outcome(int code, String out, String err) {
	}

	private static Outcome run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = CommandLine.standard().execute(List.of(args),
				CommandContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8), null));
		return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void devicesListsATypeWithThePluginThatProvidesIt() {
		DeviceType type = new DeviceType("org.example.test-counter", "Test counter", "", DeviceCategory.INSTRUMENT,
				List.of(), List.of(), List.of(), List.of());
		DeviceHandlerFactory factory = new DeviceHandlerFactory() {
			@Override
			public List<DeviceType> supportedTypes() {
				return List.of(type);
			}

			@Override
			public DeviceHandler createHandler(org.openqci.device.api.DeviceContext context) {
				return new DeviceHandler() {
					@Override
					public void initialize() {
					}

					@Override
					public CompletableFuture<String> command(String name, String argument) {
						return CompletableFuture.completedFuture("");
					}

					@Override
					public void dispose() {
					}
				};
			}
		};
		BundleContext context = FrameworkUtil.getBundle(PluginCommandsTest.class).getBundleContext();
		ServiceRegistration<DeviceHandlerFactory> registration = context.registerService(DeviceHandlerFactory.class,
				factory, null);
		try {
			Outcome r = run("devices");
			assertEquals(ExitCodes.OK, r.code(), r.err());
			String bundle = context.getBundle().getSymbolicName() + " " + context.getBundle().getVersion();
			assertTrue(r.out().lines().anyMatch(
					("org.example.test-counter\tINSTRUMENT\tTest counter\t" + bundle)::equals), r.out());
		} finally {
			registration.unregister();
		}
		assertTrue(run("devices").out().lines().noneMatch(l -> l.startsWith("org.example.test-counter\t")),
				"the type goes away with its plugin");
	}

	@Test
	void devicesTakesNoArguments() {
		Outcome r = run("devices", "--all");
		assertEquals(ExitCodes.BAD_INPUT, r.code());
		assertTrue(r.err().startsWith("openqci: devices: takes no arguments, got '--all'"), r.err());
	}

	@Test
	void installNeedsARepository() {
		Outcome r = run("install");
		assertEquals(ExitCodes.BAD_INPUT, r.code());
		assertTrue(r.err().startsWith("openqci: install: give the p2 repository to install from"), r.err());
	}

	@Test
	void installNamesAMissingRepositoryFolder() {
		Path missing = tmp.resolve("nowhere");
		Outcome r = run("install", missing.toString());
		assertEquals(ExitCodes.BAD_INPUT, r.code());
		assertEquals("openqci: install: no repository at " + missing + ": the folder or file does not exist",
				r.err().strip());
	}

	@Test
	void installRejectsUnknownOptions() {
		Outcome r = run("install", tmp.toString(), "--force");
		assertEquals(ExitCodes.BAD_INPUT, r.code());
		assertTrue(r.err().startsWith("openqci: install: unknown option '--force'"), r.err());
	}

	@Test
	void installRefusesAnInstallationThatP2DoesNotManage() {
		// The test runtime has p2's bundles but no p2 profile, like a product not installed by p2.
		Outcome r = run("install", tmp.toString(), "--list");
		assertEquals(ExitCodes.BAD_INPUT, r.code());
		assertTrue(r.err().startsWith("openqci: install: ") && r.err().contains("p2"), r.err());
	}
}
