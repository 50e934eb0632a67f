/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.units.Units;
import org.openqci.model.ParameterValue;

/**
 * One row of the parameter table: a parameter the model declares (with the value the file sets,
 * if any), or a value the file sets for a parameter the model does not declare.
 *
 * @param name       the parameter name
 * @param descriptor the model's descriptor, or {@code null} for an unknown parameter
 * @param value      the value the file sets, or {@code null} when it takes the default
 */
record ParameterRow(String name, ParameterDescriptor descriptor, ParameterValue value) {

	/** Whether the file sets a value for this parameter. */
	boolean isSet() {
		return value != null && value.isSetValue();
	}

	/** The label to show: the descriptor's label, or the name with a note for unknown parameters. */
	String label() {
		return descriptor == null ? name + " (unknown parameter)" : descriptor.label();
	}

	/** The value text: the file's value, else the default, else {@code required}. */
	String valueText() {
		if (isSet()) {
			return Units.formatNumber(value.getValue());
		}
		if (value != null && value.isOptimise()) {
			return "optimised";
		}
		if (descriptor == null) {
			return "";
		}
		return descriptor.isRequired() ? "required" : Units.formatNumber(descriptor.defaultValue());
	}

	/** The unit text: the file's unit if it sets the parameter, else the descriptor's. */
	String unitText() {
		if (value != null) {
			return value.getUnit() == null ? "" : value.getUnit();
		}
		return descriptor == null ? "" : descriptor.unit();
	}

	/** Whether the optimise flag applies to this parameter. */
	boolean isOptimisable() {
		return descriptor != null && descriptor.optimisable();
	}

	/** Whether the file asks to optimise this parameter. */
	boolean isOptimised() {
		return value != null && value.isOptimise();
	}
}
