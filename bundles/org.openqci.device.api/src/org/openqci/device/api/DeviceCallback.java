/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a handler reports to; implemented by the workbench. Thread-safe: a handler may call it
 * from any thread.
 *
 * @since 1.0
 */
@ProviderType
public interface DeviceCallback {

	/** The device's status changed. */
	void statusUpdated(DeviceStatus status);

	/** The device measured a value. */
	void readingUpdated(Reading reading);
}
