/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values of a model's parameters, each already converted to the unit its
 * {@link ParameterDescriptor} declares. Immutable.
 */
public final class ParameterValues {

	private final Map<String, Double> values;

	private ParameterValues(Map<String, Double> values) {
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** Values from a map of parameter name to value in descriptor units. */
	public static ParameterValues of(Map<String, Double> values) {
		return new ParameterValues(values);
	}

	/** The defaults of a model, for tests and previews. Required parameters are left out. */
	public static ParameterValues defaults(ModelContribution model) {
		Map<String, Double> map = new LinkedHashMap<>();
		for (ParameterDescriptor d : model.parameters()) {
			if (!d.isRequired()) {
				map.put(d.name(), d.defaultValue());
			}
		}
		return new ParameterValues(map);
	}

	/** The value of {@code name}; throws {@link IllegalArgumentException} if it has none. */
	public double get(String name) {
		Double v = values.get(name);
		if (v == null) {
			throw new IllegalArgumentException("no value for parameter '" + name + "'");
		}
		return v;
	}

	/** A copy with {@code name} set to {@code value}. */
	public ParameterValues with(String name, double value) {
		Map<String, Double> map = new LinkedHashMap<>(values);
		map.put(name, value);
		return new ParameterValues(map);
	}

	/** All values, by name, in insertion order. */
	public Map<String, Double> asMap() {
		return values;
	}

	@Override
	public String toString() {
		return values.toString();
	}
}
