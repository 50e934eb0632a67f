/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.device.api.DeviceConfiguration;
import org.openqci.device.api.DeviceType;

/** One entry of the catalogue: its device type, its presets and how it simulates a reading. */
interface CatalogueType {

	/** The device type, with the common parameters, the {@code preset} text parameter and the commands. */
	DeviceType deviceType();

	/** The presets, the default first. */
	List<Preset> presets();

	/**
	 * One update's readings, by reading name in the order of the type's reading descriptors.
	 *
	 * @param values  the resolved numeric parameters (see {@link #resolve})
	 * @param random  the device's random generator
	 * @param seconds the length of the update interval
	 */
	Map<String, Double> sample(Map<String, Double> values, RandomGenerator random, double seconds);

	/** The type's id. */
	default String id() {
		return deviceType().id();
	}

	/** The preset of that name. */
	default Optional<Preset> preset(String name) {
		return presets().stream().filter(p -> p.name().equals(name)).findFirst();
	}

	/**
	 * Every numeric parameter's value: given in the configuration, else the preset's, else the
	 * descriptor's default. Configuration values win over the preset.
	 */
	default Map<String, Double> resolve(Preset preset, DeviceConfiguration configuration) {
		Map<String, Double> values = new LinkedHashMap<>();
		for (ParameterDescriptor d : deviceType().parameters()) {
			String given = configuration.values().get(d.name());
			double value;
			if (given != null && !given.isBlank()) {
				value = configuration.number(d.name());
			} else {
				value = preset.values().getOrDefault(d.name(), d.defaultValue());
			}
			values.put(d.name(), value);
		}
		return Collections.unmodifiableMap(values);
	}

	/** The preset's values with the defaults filled in (no configuration). */
	default Map<String, Double> resolve(Preset preset) {
		return resolve(preset, DeviceConfiguration.of(deviceType()));
	}
}
