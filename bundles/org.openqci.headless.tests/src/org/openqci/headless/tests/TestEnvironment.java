/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.spi.ComponentRole;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The real OSGi model registry and the repository's example files, for the tests. */
final class TestEnvironment {

	/** The contributions of the protocol, channel and device bundles, by role. */
	static final Map<ComponentRole, Set<String>> EXPECTED = Map.of(
			ComponentRole.PROTOCOL,
			Set.of("bb84-single-photon", "bb84-decoy-infinite", "bb84-decoy-vacuum-weak", "bb84-gllp",
					"bb84-decoy-three-intensity", "bb84-decoy-finite-key", "bbm92", "mdi-decoy-infinite",
					"mdi-decoy-vacuum-weak", "tf-sns", "tf-sns-decoy", "tf-cal19", "cv-gg02"),
			ComponentRole.CHANNEL, Set.of("fibre", "free-space", "satellite-downlink", "satellite-uplink"),
			ComponentRole.SOURCE, Set.of("wcp-laser", "single-photon-source", "spdc-pair-source",
					"gaussian-coherent-source"),
			ComponentRole.DETECTOR, Set.of("threshold-detector", "homodyne-detector", "heterodyne-detector"));

	/** The example every end-to-end test runs. */
	static final String GYS = "examples/gys-decoy-bb84.qci";

	private static ServiceTracker<ModelRegistry, ModelRegistry> tracker;

	private TestEnvironment() {
	}

	/** The {@link ModelRegistry} service of the running framework (waits up to 10 s for it). */
	static synchronized ModelRegistry registry() throws InterruptedException, BundleException {
		if (tracker == null) {
			Bundle bundle = FrameworkUtil.getBundle(TestEnvironment.class);
			assertNotNull(bundle, "the tests must run inside OSGi");
			BundleContext context = bundle.getBundleContext();
			if (context == null) {
				bundle.start(Bundle.START_TRANSIENT);
				context = bundle.getBundleContext();
			}
			tracker = new ServiceTracker<>(context, ModelRegistry.class, null);
			tracker.open(); // kept open for the whole test run: closing would release the service
		}
		ModelRegistry registry = tracker.waitForService(10_000);
		assertNotNull(registry, "no " + ModelRegistry.class.getName() + " service (is felix.scr running?)");
		// contributions bind dynamically: give Declarative Services a moment to activate every bundle
		long deadline = System.currentTimeMillis() + 10_000;
		while (!missing(registry).isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		return registry;
	}

	/** The expected contributions the registry does not have, as {@code role id}. */
	static List<String> missing(ModelRegistry registry) {
		List<String> missing = new ArrayList<>();
		for (Map.Entry<ComponentRole, Set<String>> e : EXPECTED.entrySet()) {
			for (String id : e.getValue()) {
				if (registry.find(e.getKey(), id).isEmpty()) {
					missing.add(e.getKey().label() + " " + id);
				}
			}
		}
		return missing;
	}

	/**
	 * The repository root: the system property {@code openqci.repo} if set, otherwise the nearest
	 * folder above the current directory that holds {@value #GYS}.
	 */
	static Path repository() {
		String property = System.getProperty("openqci.repo");
		if (property != null && !property.isBlank()) {
			return Path.of(property).toAbsolutePath().normalize();
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve(GYS))) {
				return dir;
			}
		}
		return fail("cannot find " + GYS + " above " + Path.of("").toAbsolutePath()
				+ "; set the system property openqci.repo");
	}

	/** The GYS decoy-state BB84 example. */
	static Path gysExample() {
		Path file = repository().resolve(GYS);
		if (!Files.isRegularFile(file)) {
			fail("missing example " + file);
		}
		return file;
	}
}
