/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.api;

import java.util.concurrent.ScheduledExecutorService;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the workbench gives a handler: the device's id, type and configuration, where to report,
 * and a scheduler for its background work (never block the caller of
 * {@link DeviceHandler#initialize()}).
 *
 * @since 1.0
 */
@ProviderType
public interface DeviceContext {

	/** The configured device's id, unique in the workbench. */
	String deviceId();

	/** The device's type. */
	DeviceType type();

	/** The device's configuration. */
	DeviceConfiguration configuration();

	/** Where to report status and readings. */
	DeviceCallback callback();

	/** A scheduler for the handler's background work, shut down by the workbench after dispose. */
	ScheduledExecutorService scheduler();
}
