/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.openqci.devices.DeviceManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Access to the {@link DeviceManager} OSGi service for the UI. The first time the service is found
 * it is given its file in the workspace's state area ({@code .metadata/.plugins/org.openqci.ui/
 * devices.json}), which starts the saved devices.
 */
public final class DeviceManagerAccess {

	/** The file of the configured devices, in the UI bundle's state location. */
	public static final String FILE = "devices.json";

	private static ServiceTracker<DeviceManager, DeviceManager> tracker;
	private static DeviceManager configured;

	private DeviceManagerAccess() {
	}

	/** The device manager, if the service is registered. */
	public static synchronized Optional<DeviceManager> find() {
		if (tracker == null) {
			Bundle bundle = FrameworkUtil.getBundle(DeviceManagerAccess.class);
			BundleContext context = bundle == null ? null : bundle.getBundleContext();
			if (context == null) {
				return Optional.empty();
			}
			tracker = new ServiceTracker<>(context, DeviceManager.class, null);
			tracker.open();
		}
		DeviceManager manager = tracker.getService();
		if (manager != null && manager != configured) {
			configured = manager;
			try {
				Path file = Platform.getStateLocation(FrameworkUtil.getBundle(DeviceManagerAccess.class)).toFile()
						.toPath().resolve(FILE);
				manager.setStore(file);
			} catch (IOException | IllegalStateException e) {
				ILog.of(DeviceManagerAccess.class).error("Cannot read the configured devices: " + e.getMessage(), e);
			}
		}
		return Optional.ofNullable(manager);
	}
}
