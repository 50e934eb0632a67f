/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterOverrideTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "fibre.length=50|fibre.length|50|", "fibre.length=50km|fibre.length|50|km",
			"fibre.length = 50 km|fibre.length|50|km", "inf.source.mu=0.4|inf.source.mu|0.4|",
			"source.rate=2.5GHz|source.rate|2.5|GHz", "detector.darkCount=1e-6|detector.darkCount|1e-6|",
			"fibre.attenuation=.2 dB/km|fibre.attenuation|0.2|dB/km", "x.y=-3|x.y|-3|", "source.mu=0.5 1|source.mu|0.5|" })
	void parsesGoodOverrides(String text, String path, double value, String unit) {
		ParameterOverride o = ParameterOverride.parse(text);
		assertEquals(path, o.path());
		assertEquals(value, o.value(), 0.0);
		assertEquals(unit == null ? "" : unit, o.unit());
	}

	@ParameterizedTest
	@ValueSource(strings = { "fibre.length", "fibre.length=", "fibre.length=abc", "fibre.length=50 furlongs",
			"length=5", "=5", "fibre.length=4.5%", "fibre.length=50 km extra", "fibre.length=NaN", " " })
	void rejectsBadOverrides(String text) {
		assertThrows(IllegalArgumentException.class, () -> ParameterOverride.parse(text));
	}

	@Test
	void messagesSayWhatIsWrong() {
		assertEquals("override 'fibre.length' has no '=' (expected NAME=VALUE[UNIT], e.g. fibre.length=50km)",
				assertThrows(IllegalArgumentException.class, () -> ParameterOverride.parse("fibre.length")).getMessage());
		String unknownUnit = assertThrows(IllegalArgumentException.class,
				() -> ParameterOverride.parse("fibre.length=50 furlongs")).getMessage();
		assertTrue(unknownUnit.startsWith("override 'fibre.length=50 furlongs': unknown unit 'furlongs'"), unknownUnit);
		String badPath = assertThrows(IllegalArgumentException.class, () -> ParameterOverride.parse("length=5"))
				.getMessage();
		assertEquals("override 'length=5': parameter path 'length' is not of the form [link.]component.parameter",
				badPath);
	}

	@Test
	void printsForProvenance() {
		assertEquals("fibre.length=50 km", ParameterOverride.parse("fibre.length=50km").toString());
		assertEquals("source.mu=0.4", ParameterOverride.parse("source.mu=0.4").toString());
	}
}
