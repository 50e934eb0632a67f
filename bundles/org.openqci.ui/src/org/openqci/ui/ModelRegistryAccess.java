/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui;

import java.util.List;
import java.util.Optional;

import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.ModelContribution;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Access to the {@link ModelRegistry} OSGi service for the UI. The service is tracked, so models
 * from bundles installed at run time appear the next time the UI asks.
 */
public final class ModelRegistryAccess {

	private static final ModelRegistry EMPTY = role -> List.of();

	private static ServiceTracker<ModelRegistry, ModelRegistry> tracker;

	private ModelRegistryAccess() {
	}

	/** The registry service, if one is registered. */
	public static synchronized Optional<ModelRegistry> find() {
		if (tracker == null) {
			Bundle bundle = FrameworkUtil.getBundle(ModelRegistryAccess.class);
			BundleContext context = bundle == null ? null : bundle.getBundleContext();
			if (context == null) {
				return Optional.empty();
			}
			tracker = new ServiceTracker<>(context, ModelRegistry.class, null);
			tracker.open();
		}
		return Optional.ofNullable(tracker.getService());
	}

	/** The registry service, or an empty registry when none is registered (yet). */
	public static ModelRegistry get() {
		return find().orElse(EMPTY);
	}

	/** The models of a role, sorted by id (empty when there is no registry). */
	public static List<ModelContribution> models(ComponentRole role) {
		return get().all(role);
	}
}
