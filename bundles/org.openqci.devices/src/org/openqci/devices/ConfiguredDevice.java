/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.devices;

import java.util.Map;
import java.util.Objects;

/**
 * A device the user configured: its id, a name for people, its type's id and the configuration
 * values as text.
 *
 * @param id     unique among the configured devices
 * @param name   a name for people
 * @param typeId the id of its {@link org.openqci.device.api.DeviceType}
 * @param values the configuration values by parameter name
 */
public record ConfiguredDevice(String id, String name, String typeId, Map<String, String> values) {

	/** Checks the mandatory parts and copies the values. */
	public ConfiguredDevice {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(typeId, "typeId");
		name = name == null || name.isBlank() ? id : name;
		values = Map.copyOf(values);
	}
}
