/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.devices;

import org.openqci.device.api.DeviceStatus;
import org.openqci.device.api.DeviceType;

/**
 * A configured device as the workbench sees it now.
 *
 * @param device its configuration
 * @param type   its type, or {@code null} when no installed plugin provides it
 * @param status its last reported status
 */
public record DeviceEntry(ConfiguredDevice device, DeviceType type, DeviceStatus status) {
}
