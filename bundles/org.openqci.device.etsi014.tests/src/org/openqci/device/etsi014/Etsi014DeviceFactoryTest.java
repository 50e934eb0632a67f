/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.openqci.device.api.TextParameter;

/** The declared type and its configuration. */
class Etsi014DeviceFactoryTest {

	private final Etsi014DeviceFactory factory = new Etsi014DeviceFactory();

	@Test
	void type() {
		assertEquals(List.of("etsi014-kme"), factory.supportedTypes().stream().map(DeviceType::id).toList());
		DeviceType t = factory.supportedTypes().get(0);
		assertEquals("ETSI GS QKD 014 key management entity", t.label());
		assertEquals(DeviceCategory.QKD_SYSTEM, t.category());
		assertEquals(List.of("kmeUrl", "slaveSaeId", "masterSaeId", "keyStore", "keyStorePassword", "trustStore",
				"trustStorePassword"), t.textParameters().stream().map(TextParameter::name).toList());
		assertEquals(List.of("kmeUrl", "slaveSaeId", "keyStore"),
				t.textParameters().stream().filter(TextParameter::isRequired).map(TextParameter::name).toList());
		assertEquals(List.of("pollInterval", "timeout", "retryDelay", "maxRetryDelay"),
				t.parameters().stream().map(ParameterDescriptor::name).toList());
		assertEquals(List.of("storedKeyCount", "keySize", "keyRate", "maxKeyCount"),
				t.readings().stream().map(ReadingDescriptor::name).toList());
		assertEquals("Hz", t.readings().get(2).unit());
		assertTrue(t.readings().get(2).label().contains("bit/s"));
		assertEquals(List.of("status", "getKeys", "getKeysWithIds"),
				t.commands().stream().map(CommandDescriptor::name).toList());
		for (ParameterDescriptor d : t.parameters()) {
			assertTrue(Units.isKnown(d.unit()), d.unit());
			assertTrue(d.integer(), d.name());
		}
		t.readings().forEach(r -> assertTrue(Units.isKnown(r.unit()), r.unit()));
	}

	@Test
	void configurationBindsWithDefaults() {
		DeviceConfiguration c = DeviceConfiguration.of(Etsi014DeviceFactory.TYPE, "kmeUrl", "https://localhost:8443",
				"slaveSaeId", "SAE_B", "keyStore", "/tmp/sae.p12", "keyStorePassword", "secret");
		Etsi014Settings s = c.bind(Etsi014Settings.class);
		assertEquals(2000, s.pollInterval());
		assertEquals(5000, s.timeout());
		assertEquals(500, s.retryDelay());
		assertEquals(30000, s.maxRetryDelay());
		assertEquals("", s.masterSaeId());
		assertEquals("", s.trustStore());
		assertEquals("https://localhost:8443", s.address());
		assertFalse(s.toString().contains("secret"), s.toString());
	}

	@Test
	void otherTypesAreRefused() {
		DeviceType other = new DeviceType("other", "Other", "", DeviceCategory.OTHER, List.of(), List.of(), List.of(),
				List.of());
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		try {
			assertThrows(IllegalArgumentException.class, () -> factory.createHandler(new FakeContext("x", other,
					DeviceConfiguration.of(other), new RecordingCallback(), scheduler)));
		} finally {
			scheduler.shutdownNow();
		}
	}
}
