/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitsTest {

	@Test
	void convertsBetweenCompatibleUnits() {
		assertEquals(50_000, Units.convert(50, "km", "m"), 1e-9);
		assertEquals(1.5, Units.convert(1500, "m", "km"), 1e-12);
		assertEquals(2.5e9, Units.convert(2.5, "GHz", "Hz"), 1e-3);
		assertEquals(1250, Units.convert(1.25, "MHz", "kHz"), 1e-9);
		assertEquals(1e-9, Units.convert(1, "ns", "s"), 1e-21);
		assertEquals(1000, Units.convert(1, "ns", "ps"), 1e-9);
		assertEquals(0.2, Units.convert(0.2, "dB/km", "dB/km"));
		assertEquals(0.5, Units.convert(0.5, "1", ""));
	}

	@Test
	void dimensionlessIsEmptyOrOne() {
		assertEquals("", Units.normalise("1"));
		assertEquals("", Units.normalise(null));
		assertEquals("1", Units.display(""));
		assertTrue(Units.compatible("", "1"));
		assertTrue(Units.isKnown(" km "));
	}

	@Test
	void incompatibleUnitsAreRejected() {
		assertFalse(Units.compatible("km", "dB"));
		assertFalse(Units.compatible("dB", "dB/km"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.convert(1, "km", "s"));
		assertEquals("unit 'km' is not compatible with 's'", e.getMessage());
	}

	@Test
	void unknownUnitIsAClearError() {
		assertFalse(Units.isKnown("furlong"));
		assertFalse(Units.compatible("furlong", "m"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Units.convert(1, "furlong", "m"));
		assertTrue(e.getMessage().startsWith("unknown unit 'furlong' (known units: 1, km, m"), e.getMessage());
	}

	@Test
	void listsCompatibleUnits() {
		assertEquals(List.of("km", "m", "cm", "mm", "um", "nm"), Units.compatibleWith("m"));
		assertEquals(List.of("rad", "mrad", "urad", "deg"), Units.compatibleWith("deg"));
		assertEquals(Math.PI / 2, Units.convert(90, "deg", "rad"), 1e-15);
		assertEquals(1e-3, Units.convert(1, "mW", "W"), 1e-18);
		assertEquals(List.of("Hz", "kHz", "MHz", "GHz"), Units.compatibleWith("GHz"));
		assertEquals(List.of(), Units.compatibleWith("furlong"));
	}

	@Test
	void formatsValuesForMessages() {
		assertEquals("50 km", Units.format(50, "km"));
		assertEquals("0.25", Units.format(0.25, ""));
	}
}
