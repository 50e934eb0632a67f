/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openqci.core.engine.ParameterOverride;
import org.openqci.core.engine.ParameterPath;
import org.openqci.core.units.Units;

/**
 * The command-line parsers never crash: any text either parses or is rejected with an
 * {@link IllegalArgumentException} carrying a one-line message; what parses round-trips.
 */
class ParserProperties {

	@Property(tries = 2000)
	void overrideParserAcceptsOrRejectsCleanly(@ForAll("overrideLike") String text) {
		try {
			ParameterOverride o = ParameterOverride.parse(text);
			assertTrue(Double.isFinite(o.value()));
		} catch (IllegalArgumentException e) {
			assertFalse(e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n"),
					"message must be one line: " + e.getMessage());
		}
	}

	@Property(tries = 2000)
	void pathParserAcceptsOrRejectsCleanly(@ForAll String text) {
		try {
			ParameterPath p = ParameterPath.parse(text);
			assertFalse(p.component().isEmpty() || p.parameter().isEmpty());
		} catch (IllegalArgumentException e) {
			assertFalse(e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n"),
					"message must be one line: " + e.getMessage());
		}
	}

	@Property(tries = 500)
	void wellFormedOverridesRoundTrip(@ForAll("identifiers") String component, @ForAll("identifiers") String name,
			@ForAll("finite") double value, @ForAll("units") String unit) {
		String text = component + "." + name + "=" + value + unit;
		ParameterOverride o = ParameterOverride.parse(text);
		assertEquals(component + "." + name, o.path());
		assertEquals(value, o.value(), Math.abs(value) * 1e-15);
		assertEquals(Units.normalise(unit), Units.normalise(o.unit()));
	}

	@Property(tries = 500)
	void unitConversionRoundTrips(@ForAll("finite") double value, @ForAll("units") String a) {
		for (String b : Units.compatibleWith(a)) {
			double back = Units.convert(Units.convert(value, a, b), b, a);
			assertEquals(value, back, Math.abs(value) * 1e-12 + 1e-300);
		}
	}

	@Provide
	Arbitrary<String> overrideLike() {
		Arbitrary<String> noise = Arbitraries.strings().withChars("abcxyz.=-+eE0123456789 kmdBHzGMs/_%").ofMaxLength(24);
		return Arbitraries.oneOf(noise, Arbitraries.strings().ofMaxLength(24));
	}

	@Provide
	Arbitrary<String> identifiers() {
		return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
				.filter(s -> !ParameterPath.isReservedComponent(s));
	}

	@Provide
	Arbitrary<Double> finite() {
		return Arbitraries.doubles().between(-1e12, 1e12);
	}

	@Provide
	Arbitrary<String> units() {
		return Arbitraries.of(List.of("", "km", "m", "dB", "dB/km", "Hz", "kHz", "MHz", "GHz", "s", "ns", "ps"));
	}
}
