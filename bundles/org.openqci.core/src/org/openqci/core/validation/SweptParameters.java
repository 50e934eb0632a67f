/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.openqci.model.ComponentConfig;

/** The parameters a sweep sets, by component, with a sample value (descriptor unit) of each. */
final class SweptParameters {

	private final Map<ComponentConfig, Map<String, Double>> swept = new IdentityHashMap<>();

	void add(ComponentConfig config, String parameter, double sample) {
		swept.computeIfAbsent(config, c -> new HashMap<>()).putIfAbsent(parameter, sample);
	}

	boolean contains(ComponentConfig config, String parameter) {
		Map<String, Double> names = swept.get(config);
		return names != null && names.containsKey(parameter);
	}

	Double sample(ComponentConfig config, String parameter) {
		Map<String, Double> names = swept.get(config);
		return names == null ? null : names.get(parameter);
	}
}
