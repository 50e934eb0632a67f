/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.device.api.CommandDescriptor;
import org.openqci.device.api.DeviceCategory;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.ReadingDescriptor;
import org.openqci.device.api.TextParameter;

/** What the simulated types share: the common parameters, the {@code preset} parameter, the commands. */
final class Common {

	static final String PRESET = "preset";
	static final String RESET = "reset";
	static final String UPDATE_INTERVAL = "updateInterval";
	static final String SEED = "seed";
	static final String INCIDENT_PHOTON_RATE = "incidentPhotonRate";

	private Common() {
	}

	/** The light a simulated detector sees. */
	static ParameterDescriptor incidentPhotonRate() {
		return ParameterDescriptor.of(INCIDENT_PHOTON_RATE, "Incident photon rate", "Hz", 1e5, 0, 1e10,
				"Photons per second reaching the simulated detector");
	}

	/** A device type with the own parameters followed by {@code updateInterval} and {@code seed}. */
	static DeviceType type(String id, String label, String description, DeviceCategory category,
			List<ParameterDescriptor> own, List<Preset> presets, List<ReadingDescriptor> readings) {
		List<ParameterDescriptor> parameters = new ArrayList<>(own);
		parameters.add(ParameterDescriptor.of(UPDATE_INTERVAL, "Update interval", "ms", 500, 10, 3_600_000,
				"Time between two updates of the readings").asInteger());
		parameters.add(ParameterDescriptor.of(SEED, "Random seed", "", 0, 0, 9.0e15,
				"Seed of the simulated noise; 0 takes one from the clock").asInteger());
		TextParameter preset = new TextParameter(PRESET, "Preset", presets.get(0).name(),
				"Values from a datasheet or paper: " + names(presets));
		List<CommandDescriptor> commands = List.of(
				new CommandDescriptor(PRESET, "Apply preset", "a preset's name",
						"Switches to a preset's values (configured values still win)"),
				new CommandDescriptor(RESET, "Reset", null, "Back to the configured preset and seed"));
		return new DeviceType(id, label, description, category, parameters, List.of(preset), readings, commands);
	}

	/** The presets' names, comma-separated. */
	static String names(List<Preset> presets) {
		return presets.stream().map(Preset::name).collect(Collectors.joining(", "));
	}

	/** A value that must be there. */
	static double value(Map<String, Double> values, String name) {
		Double v = values.get(name);
		if (v == null) {
			throw new IllegalArgumentException(name + ": no such parameter");
		}
		return v;
	}
}
