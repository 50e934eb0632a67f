/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.device.api.DeviceConfiguration;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.ReadingDescriptor;
import org.openqci.device.api.TextParameter;

/** The catalogue's types: ids, readings, presets with sources, values in range, overrides. */
class CatalogueTypesTest {

	private static final Set<String> UNITS = Set.of("", "dB", "Hz", "s", "ms");

	@Test
	void factoryListsEveryTypeWithItsReadings() {
		List<DeviceType> types = new SimulatedDeviceFactory().supportedTypes();
		assertEquals(List.of("sim-wcp-laser", "sim-spdc-source", "sim-ingaas-spad", "sim-snspd", "sim-time-tagger",
				"sim-homodyne"), types.stream().map(DeviceType::id).toList());
		assertReadings(types.get(0), "meanPhotonNumber", "pulseRate");
		assertReadings(types.get(1), "pairRate", "coincidenceRate");
		assertReadings(types.get(2), "countRate", "darkCountRate", "temperature");
		assertReadings(types.get(3), "countRate", "darkCountRate");
		assertReadings(types.get(4), "countRate1", "countRate2", "coincidenceRate");
		assertReadings(types.get(5), "shotNoiseClearance", "electronicNoise");
		for (DeviceType t : types) {
			assertEquals(List.of("preset", "reset"), t.commands().stream().map(c -> c.name()).toList());
			assertTrue(t.parameters().stream().anyMatch(d -> d.name().equals("updateInterval")
					&& d.defaultValue() == 500 && d.unit().equals("ms")), t.id());
			assertTrue(t.parameters().stream().anyMatch(d -> d.name().equals("seed") && d.defaultValue() == 0), t.id());
			t.parameters().forEach(d -> assertTrue(UNITS.contains(d.unit()), t.id() + " " + d.name()));
			t.readings().forEach(r -> assertTrue(UNITS.contains(r.unit()), t.id() + " " + r.name()));
		}
	}

	@Test
	void detectorsHaveAnIncidentPhotonRate() {
		for (String id : List.of("sim-ingaas-spad", "sim-snspd")) {
			assertTrue(Catalogue.require(id).deviceType().parameters().stream()
					.anyMatch(d -> d.name().equals("incidentPhotonRate") && d.unit().equals("Hz")), id);
		}
	}

	@Test
	void everyTypeHasPresetsWithSourcesAndUniqueNames() {
		for (CatalogueType type : Catalogue.TYPES) {
			assertFalse(type.presets().isEmpty(), type.id());
			Set<String> names = new HashSet<>();
			for (Preset p : type.presets()) {
				assertTrue(names.add(p.name()), type.id() + ": duplicate " + p.name());
				assertFalse(p.source().isBlank(), type.id() + " " + p.name());
				assertFalse(p.values().isEmpty(), type.id() + " " + p.name() + " gives no values");
			}
			TextParameter preset = type.deviceType().textParameters().get(0);
			assertEquals("preset", preset.name());
			assertEquals(type.presets().get(0).name(), preset.defaultValue());
		}
		for (String id : List.of("sim-wcp-laser", "sim-ingaas-spad", "sim-snspd", "sim-time-tagger", "sim-homodyne")) {
			assertTrue(Catalogue.require(id).presets().size() >= 2, id);
		}
	}

	@Test
	void presetValuesAreParametersOfTheTypeAndInRange() {
		for (CatalogueType type : Catalogue.TYPES) {
			for (Preset p : type.presets()) {
				p.values().forEach((name, value) -> {
					ParameterDescriptor d = type.deviceType().parameters().stream().filter(x -> x.name().equals(name))
							.findFirst().orElseThrow(() -> new AssertionError(type.id() + " has no " + name));
					assertTrue(d.accepts(value), type.id() + " " + p.name() + ": " + name + " = " + value + " outside "
							+ d.rangeText());
				});
			}
		}
	}

	@Test
	void presetFillsValuesAndConfigurationOverridesWin() {
		CatalogueType spad = Catalogue.require("sim-ingaas-spad");
		Preset korzh = spad.presets().get(0);
		Map<String, Double> fromPreset = spad.resolve(korzh);
		assertEquals(0.10, fromPreset.get("efficiency"));
		assertEquals(20e-6, fromPreset.get("deadTime"));
		assertEquals(1e5, fromPreset.get("incidentPhotonRate"), "default where the preset says nothing");
		DeviceConfiguration configuration = DeviceConfiguration.of(spad.deviceType(), "efficiency", "0.3",
				"deadTime", "1e-6");
		Map<String, Double> overridden = spad.resolve(korzh, configuration);
		assertEquals(0.3, overridden.get("efficiency"));
		assertEquals(1e-6, overridden.get("deadTime"));
		assertEquals(1.0, overridden.get("darkCountRate"), "not overridden: the preset's");
	}

	private static void assertReadings(DeviceType type, String... names) {
		assertEquals(List.of(names), type.readings().stream().map(ReadingDescriptor::name).toList(), type.id());
	}
}
