/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import java.util.Map;
import java.util.Objects;

/**
 * A named set of parameter values of a simulated device type, taken from a public datasheet or
 * paper. It holds only the values the source gives; the type's defaults fill in the others, and
 * {@link #source()} says which ones those are.
 *
 * @param name   the preset's name, as given to the {@code preset} parameter and command
 * @param source the document it comes from (authors or maker, title or model, journal, year)
 *               and which values are not from it
 * @param values parameter values by name, in the units of the type's descriptors
 */
public record Preset(String name, String source, Map<String, Double> values) {

	/** Checks the mandatory parts and copies the values. */
	public Preset {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(source, "source");
		values = Map.copyOf(values);
	}
}
