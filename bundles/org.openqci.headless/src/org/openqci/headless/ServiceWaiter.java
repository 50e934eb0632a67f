/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.time.Duration;
import java.util.function.Supplier;

import org.openqci.core.registry.ModelRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds the {@link ModelRegistry} OSGi service, waiting a few seconds for Declarative Services to
 * register it. Keep the tracker open while the registry is used: closing it releases the service.
 */
final class ModelRegistryTracker implements Supplier<ModelRegistry>, AutoCloseable {

	/** How long to wait for the service by default. */
	static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

	private final ServiceTracker<ModelRegistry, ModelRegistry> tracker;
	private final Duration wait;

	ModelRegistryTracker(BundleContext context, Duration wait) {
		this.tracker = new ServiceTracker<>(context, ModelRegistry.class, null);
		this.wait = wait;
		tracker.open();
	}

	/** The registry, or {@code null} if none appeared within the waiting time. */
	@Override
	public ModelRegistry get() {
		try {
			return tracker.waitForService(Math.max(1, wait.toMillis()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	@Override
	public void close() {
		tracker.close();
	}
}
