/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.scpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.units.Units;
import org.openqci.device.api.CommandDescriptor;
import org.openqci.device.api.DeviceCategory;
import org.openqci.device.api.DeviceConfiguration;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.ReadingDescriptor;
import org.openqci.device.scpi.ScpiProfile.Command;

/** The declared types, their configuration and how commands become lines. */
class ScpiDeviceHandlerFactoryTest {

	private final ScpiDeviceHandlerFactory factory = new ScpiDeviceHandlerFactory();

	private DeviceType type(String id) {
		return factory.supportedTypes().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void types() {
		assertEquals(List.of("scpi-power-meter", "scpi-counter"),
				factory.supportedTypes().stream().map(DeviceType::id).toList());
		DeviceType meter = type(ScpiDeviceHandlerFactory.POWER_METER);
		assertEquals(DeviceCategory.INSTRUMENT, meter.category());
		assertEquals(List.of("power"), meter.readings().stream().map(ReadingDescriptor::name).toList());
		assertEquals("W", meter.readings().get(0).unit());
		assertEquals(List.of("identify", "setWavelength", "wavelength"),
				meter.commands().stream().map(CommandDescriptor::name).toList());
		DeviceType counter = type(ScpiDeviceHandlerFactory.COUNTER);
		assertEquals(DeviceCategory.TIME_TAGGER, counter.category());
		assertEquals(List.of("countRate1", "countRate2"), counter.readings().stream().map(ReadingDescriptor::name).toList());
		assertTrue(counter.readings().stream().allMatch(r -> r.unit().equals("Hz")));
		assertEquals(List.of("identify", "setGate"), counter.commands().stream().map(CommandDescriptor::name).toList());
		for (DeviceType t : factory.supportedTypes()) {
			assertTrue(t.textParameters().get(0).isRequired(), "host");
			for (ParameterDescriptor d : t.parameters()) {
				assertTrue(Units.isKnown(d.unit()), d.unit());
				assertTrue(d.integer(), d.name());
			}
			t.readings().forEach(r -> assertTrue(Units.isKnown(r.unit()), r.unit()));
		}
	}

	@Test
	void configurationBindsWithDefaults() {
		DeviceType meter = type(ScpiDeviceHandlerFactory.POWER_METER);
		assertEquals(new ScpiSettings("power-meter-1", 5025, 1000, 1000, 500, 30000),
				DeviceConfiguration.of(meter, "host", " power-meter-1 ").bind(ScpiSettings.class));
		ScpiSettings s = new DeviceConfiguration(meter, Map.of("host", "::1", "port", "5000", "timeout", "20",
				"pollInterval", "3600000", "retryDelay", "10", "maxRetryDelay", "10")).bind(ScpiSettings.class);
		assertEquals(new ScpiSettings("::1", 5000, 20, 3600000, 10, 10), s);
		assertEquals("[::1]:5000", s.address());
	}

	@Test
	void unknownTypeIsRefused() {
		DeviceType other = new DeviceType("other", "Other", "", DeviceCategory.OTHER, List.of(), List.of(), List.of(),
				List.of());
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		try {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> factory.createHandler(
					new FakeContext("x", other, DeviceConfiguration.of(other), new RecordingCallback(), scheduler)));
			assertTrue(e.getMessage().contains("'other'"), e.getMessage());
		} finally {
			scheduler.shutdownNow();
		}
	}

	@Test
	void commandLines() {
		ScpiProfile meter = ScpiDeviceHandlerFactory.profile(ScpiDeviceHandlerFactory.POWER_METER);
		Command set = meter.command("setWavelength").orElseThrow();
		assertEquals("SENS:POW:WAV 1550", set.line("1550.0"));
		assertEquals("SENS:POW:WAV 1310.5", set.line(" 1.3105e3 "));
		for (String bad : new String[] { "-1", "0", "NaN", "1550\n*RST", "1550;*RST" }) {
			assertThrows(IllegalArgumentException.class, () -> set.line(bad), bad);
		}
		assertEquals("*IDN?", meter.command("identify").orElseThrow().line(null));
		assertEquals("SENS:POW:WAV?", meter.command("wavelength").orElseThrow().line(" "));
		assertTrue(meter.command(null).isEmpty());
		assertEquals("SENS:GATE 0.001",
				ScpiDeviceHandlerFactory.profile(ScpiDeviceHandlerFactory.COUNTER).command("setGate").orElseThrow()
						.line("1e-3"));
	}
}
