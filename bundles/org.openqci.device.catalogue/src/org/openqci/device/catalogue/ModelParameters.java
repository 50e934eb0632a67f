/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import java.util.Map;
import java.util.Objects;

/**
 * Parameters of one key-rate model taken from a device preset, with a note of where they came
 * from, ready to be copied into an experiment.
 *
 * @param modelId the model's id, e.g. {@code threshold-detector}
 * @param values  parameter values by the model's parameter names, in the model's units
 * @param note    the device type, the preset and its source, and how the values were derived
 */
public record ModelParameters(String modelId, Map<String, Double> values, String note) {

	/** Checks the mandatory parts and copies the values. */
	public ModelParameters {
		Objects.requireNonNull(modelId, "modelId");
		Objects.requireNonNull(note, "note");
		values = Map.copyOf(values);
	}
}
