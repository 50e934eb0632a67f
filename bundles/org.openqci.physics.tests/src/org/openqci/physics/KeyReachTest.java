/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyReachTest {

	@Test
	void findsTheLastPositivePointToTheResolution() {
		double reach = KeyReach.bisect(km -> km < 142.2 ? Math.exp(-km / 10) : 0.0, 0, 400, 1e-3);
		assertEquals(142.2, reach, 1e-3);
		assertTrue(reach < 142.2, "the result always has key");
	}

	@Test
	void bracketEndsAreReturnedWhenTheReachIsOutside() {
		assertEquals(10.0, KeyReach.bisect(km -> 0.0, 10, 400, 1e-3), "no key at all: the lower end");
		assertEquals(400.0, KeyReach.bisect(km -> 1.0, 10, 400, 1e-3), "key everywhere: the upper end");
	}

	@Test
	void rejectsAnInvalidBracket() {
		assertThrows(IllegalArgumentException.class, () -> KeyReach.bisect(km -> 1.0, 5, 1, 1e-3));
		assertThrows(IllegalArgumentException.class, () -> KeyReach.bisect(km -> 1.0, 0, 1, 0));
	}
}
