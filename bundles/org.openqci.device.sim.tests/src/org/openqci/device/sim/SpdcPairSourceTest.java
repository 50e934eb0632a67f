/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.SourceCharacteristics;

/** The SPDC pair source maps its parameters onto thermal source characteristics. */
class SpdcPairSourceTest {

	private final SpdcPairSource source = new SpdcPairSource();

	@Test
	void idAndDescriptors() {
		assertEquals("spdc-pair-source", source.id());
		assertFalse(source.name().isBlank());
		assertTrue(source.description().contains("2007"));
		assertEquals(2, source.parameters().size());
		ParameterDescriptor rate = source.parameter("repetitionRate").orElseThrow();
		assertEquals("Hz", rate.unit());
		assertFalse(rate.optimisable());
		ParameterDescriptor pairs = source.parameter("meanPairNumber").orElseThrow();
		assertTrue(pairs.optimisable());
		assertEquals("", pairs.unit());
		assertEquals(0.0, pairs.min());
		assertEquals(2.0, pairs.max());
		for (ParameterDescriptor d : source.parameters()) {
			assertFalse(d.isRequired(), d.name());
			assertTrue(d.accepts(d.defaultValue()), d.name());
			assertFalse(d.label().isBlank());
			assertFalse(d.description().isBlank());
		}
	}

	@Test
	void characterisesAThermalSourceWithoutDecoys() {
		assertEquals(new SourceCharacteristics(1e9, PhotonStatistics.THERMAL, 0.1, 0.0, 0.0),
				source.characterise(ParameterValues.defaults(source)));
		// signal intensity = mean number of pairs per pulse (2 lambda in Ma, Fung, Lo 2007)
		SourceCharacteristics c = source.characterise(
				ParameterValues.of(Map.of("repetitionRate", 8e7, "meanPairNumber", 0.0815)));
		assertEquals(new SourceCharacteristics(8e7, PhotonStatistics.THERMAL, 0.0815, 0.0, 0.0), c);
	}
}
