/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.api;

import java.util.Objects;

/**
 * A text configuration parameter of a device (a host name, a serial number, a file); numeric
 * parameters use {@link org.openqci.core.spi.ParameterDescriptor} like the models do.
 *
 * @param name         the parameter's name, a Java identifier, stored in the configuration
 * @param label        a short label for forms
 * @param defaultValue the value when none is given, or {@code null} when the parameter is required
 * @param description  one line of documentation
 * @since 1.0
 */
public record TextParameter(String name, String label, String defaultValue, String description) {

	/** Checks the mandatory parts. */
	public TextParameter {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(description, "description");
	}

	/** Whether a value must be given. */
	public boolean isRequired() {
		return defaultValue == null;
	}
}
