/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.api;

import java.util.List;
import java.util.Objects;

import org.openqci.core.spi.ParameterDescriptor;

/**
 * A type of device a factory supports: its id (stable, stored with configured devices), what it
 * is, how it is configured, what it reports and which commands it accepts.
 *
 * @param id             the type's id, e.g. {@code scpi-power-meter}
 * @param label          a short name for lists
 * @param description    one or two sentences, with the datasheet or paper its values come from
 * @param category       what kind of device it is
 * @param parameters     numeric configuration, the descriptors the models use
 * @param textParameters text configuration (host names, serial numbers)
 * @param readings       the quantities it reports
 * @param commands       the commands it accepts
 * @since 1.0
 */
public record DeviceType(String id, String label, String description, DeviceCategory category,
		List<ParameterDescriptor> parameters, List<TextParameter> textParameters, List<ReadingDescriptor> readings,
		List<CommandDescriptor> commands) {

	/** Checks the mandatory parts and copies the lists. */
	public DeviceType {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(category, "category");
		parameters = List.copyOf(parameters);
		textParameters = List.copyOf(textParameters);
		readings = List.copyOf(readings);
		commands = List.copyOf(commands);
	}
}
