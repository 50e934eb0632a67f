/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.util.concurrent.ScheduledExecutorService;

import org.openqci.device.api.DeviceCallback;
import org.openqci.device.api.DeviceConfiguration;
import org.openqci.device.api.DeviceContext;
import org.openqci.device.api.DeviceType;

/** A device context as the workbench would give it. */
record FakeContext(String deviceId, DeviceType type, DeviceConfiguration configuration, DeviceCallback callback,
		ScheduledExecutorService scheduler) implements DeviceContext {
}
