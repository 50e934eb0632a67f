/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Broken device plugins are named with the reason: one that needs an SDK version nobody
 * provides (does not resolve), and one whose factory component waits for a service that never
 * comes. The bundles are written by the test and installed into the running framework.
 */
class PluginProblemsTest {

	private final BundleContext context = FrameworkUtil.getBundle(DeviceManager.class).getBundleContext();
	private Bundle installed;

	@AfterEach
	void uninstall() throws Exception {
		if (installed != null) {
			installed.uninstall();
		}
	}

	@Test
	void aPluginNeedingAnotherSdkVersionIsNamedWithTheMissingRequirement() throws Exception {
		installed = install("org.example.future.device", "9.1.0", """
				org.openqci.device.api;version="[9.0,10)\"""", null);
		List<PluginProblem> problems = manager().pluginProblems();

		PluginProblem problem = problems.stream().filter(p -> p.plugin().startsWith("org.example.future.device "))
				.findFirst().orElseThrow(() -> new AssertionError("not reported: " + problems));
		assertEquals("org.example.future.device 9.1.0", problem.plugin());
		assertTrue(problem.reason().startsWith("not resolved: missing osgi.wiring.package"), problem.reason());
		assertTrue(problem.reason().contains("org.openqci.device.api") && problem.reason().contains("9.0.0"),
				problem.reason());
	}

	@Test
	void aPluginWhoseComponentWaitsForAMissingServiceIsNamedWithTheReference() throws Exception {
		String component = """
				<?xml version="1.0" encoding="UTF-8"?>
				<scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="org.example.waiting.Factory"
				    immediate="true">
				  <implementation class="org.example.waiting.Factory"/>
				  <reference name="calibration" interface="org.example.waiting.Calibration" cardinality="1..1"/>
				</scr:component>
				""";
		installed = install("org.example.waiting.device", "1.0.0", """
				org.openqci.device.api;version="[1.0,2)\"""", component);
		installed.start();
		List<PluginProblem> problems = waitForProblem(manager(), "org.example.waiting.device 1.0.0");

		PluginProblem problem = problems.stream().filter(p -> p.plugin().equals("org.example.waiting.device 1.0.0"))
				.findFirst().orElseThrow();
		assertEquals("component org.example.waiting.Factory waits for a missing service: calibration",
				problem.reason());
	}

	@Test
	void theBundledPluginsHaveNoProblems() throws Exception {
		assertEquals(List.of(), manager().pluginProblems());
	}

	/** The device manager service that Declarative Services made (it has the component runtime). */
	private DeviceManager manager() throws InterruptedException {
		long end = System.nanoTime() + 10_000_000_000L;
		ServiceReference<DeviceManager> reference = context.getServiceReference(DeviceManager.class);
		while (reference == null && System.nanoTime() < end) {
			Thread.sleep(50);
			reference = context.getServiceReference(DeviceManager.class);
		}
		assertNotNull(reference, "the device manager service");
		return context.getService(reference);
	}

	private static List<PluginProblem> waitForProblem(DeviceManager manager, String plugin)
			throws InterruptedException {
		long end = System.nanoTime() + 10_000_000_000L;
		List<PluginProblem> problems = manager.pluginProblems();
		while (problems.stream().noneMatch(p -> p.plugin().equals(plugin)) && System.nanoTime() < end) {
			Thread.sleep(50);
			problems = manager.pluginProblems();
		}
		return problems;
	}

	/** Installs a bundle made of a manifest and, optionally, one component description. */
	private Bundle install(String name, String version, String imports, String component) throws IOException,
			org.osgi.framework.BundleException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", name);
		main.putValue("Bundle-Version", version);
		main.putValue("Import-Package", imports);
		if (component != null) {
			main.putValue("Service-Component", "OSGI-INF/component.xml");
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			if (component != null) {
				jar.putNextEntry(new JarEntry("OSGI-INF/component.xml"));
				jar.write(component.getBytes(StandardCharsets.UTF_8));
				jar.closeEntry();
			}
		}
		return context.installBundle("test:" + name, new ByteArrayInputStream(bytes.toByteArray()));
	}
}
