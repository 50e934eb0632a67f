/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.time.Duration;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds an OSGi service (the model registry, the device manager), waiting a few seconds for
 * Declarative Services to register it. Keep the waiter open while the service is used: closing it
 * releases the service.
 *
 * @param <S> the service type
 */
final class ServiceWaiter<S> implements Supplier<S>, AutoCloseable {

	/** How long to wait for the service by default. */
	static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

	private final ServiceTracker<S, S> tracker;
	private final Duration wait;

	ServiceWaiter(BundleContext context, Class<S> type, Duration wait) {
		this.tracker = new ServiceTracker<>(context, type, null);
		this.wait = wait;
		tracker.open();
	}

	/** The service, or {@code null} if none appeared within the waiting time. */
	@Override
	public S get() {
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
