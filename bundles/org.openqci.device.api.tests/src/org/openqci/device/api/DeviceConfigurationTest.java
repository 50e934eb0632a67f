/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ParameterDescriptor;

/** Device configurations: checked against the type's descriptors and bound to a record. */
class DeviceConfigurationTest {

	private static final DeviceType TYPE = new DeviceType("test-meter", "Test meter", "A meter for tests.",
			DeviceCategory.INSTRUMENT,
			List.of(ParameterDescriptor.of("port", "Port", "", 5025, 1, 65535, "TCP port").asInteger(),
					ParameterDescriptor.of("timeout", "Timeout", "ms", 1000, 10, 60000, "Answer timeout"),
					ParameterDescriptor.of("averaging", "Averaging", "", 0, 0, 1, "1 to average").asInteger()),
			List.of(new TextParameter("host", "Host", null, "Host name or address"),
					new TextParameter("label", "Label", "meter", "A name for people")),
			List.of(new ReadingDescriptor("power", "Power", "W", "Optical power")), List.of());

	record Settings(String host, int port, double timeout, boolean averaging, String label) {
	}

	@Test
	void valuesAreBoundWithDefaultsFilledIn() {
		Settings s = DeviceConfiguration.of(TYPE, "host", " 10.0.0.7 ", "timeout", "250").bind(Settings.class);
		assertEquals(new Settings("10.0.0.7", 5025, 250.0, false, "meter"), s);
		assertEquals(List.of(), DeviceConfiguration.of(TYPE, "host", "h").problems());
	}

	@Test
	void problemsNameTheParameter() {
		DeviceConfiguration c = DeviceConfiguration.of(TYPE, "port", "70000", "timeout", "soon", "averaging", "0.5",
				"colour", "red");
		assertEquals(List.of("port: 70000 is outside [1, 65535]", "timeout: 'soon' is not a number",
				"averaging: 0.5 is not a whole number", "host: a value is required (Host name or address)",
				"colour: the device type 'test-meter' has no such parameter"), c.problems());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.bind(Settings.class));
		assertTrue(e.getMessage().startsWith("port: 70000 is outside"), e.getMessage());
	}

	@Test
	void statusesSayWhy() {
		DeviceStatus offline = DeviceStatus.offline(DeviceStatus.Detail.COMMUNICATION_ERROR, "no answer");
		assertEquals(DeviceStatus.Status.OFFLINE, offline.status());
		assertEquals("no answer", offline.description());
		assertEquals("", new DeviceStatus(DeviceStatus.Status.UNKNOWN, DeviceStatus.Detail.NONE, null).description());
		assertFalse(DeviceStatus.online().detail() != DeviceStatus.Detail.NONE);
	}
}
