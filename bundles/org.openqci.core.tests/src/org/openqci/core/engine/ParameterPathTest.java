/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterPathTest {

	@Test
	void parsesComponentAndParameter() {
		ParameterPath p = ParameterPath.parse("fibre.length");
		assertNull(p.linkId());
		assertEquals("fibre", p.component());
		assertEquals("length", p.parameter());
		assertTrue(p.appliesTo("any"));
		assertEquals("fibre.length", p.toString());
	}

	@Test
	void parsesLinkComponentAndParameter() {
		ParameterPath p = ParameterPath.parse("inf.source.mu");
		assertEquals("inf", p.linkId());
		assertEquals("source", p.component());
		assertEquals("mu", p.parameter());
		assertTrue(p.appliesTo("inf"));
		assertFalse(p.appliesTo("other"));
		assertEquals("inf.source.mu", p.toString());
		assertEquals("source.mu", p.withoutLink().toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "length", "a.b.c.d", "fibre.", ".length", "a..b", "1link.source.mu", "fi re.length" })
	void rejectsMalformedPaths(String text) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParameterPath.parse(text));
		assertTrue(e.getMessage().contains("path"), e.getMessage());
	}

	@Test
	void explainsTheExpectedForm() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParameterPath.parse("length"));
		assertEquals("parameter path 'length' is not of the form [link.]component.parameter", e.getMessage());
	}
}
