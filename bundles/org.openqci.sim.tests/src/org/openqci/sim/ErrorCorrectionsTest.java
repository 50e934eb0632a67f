/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.postprocessing.ErrorCorrection;

/** The error-correction stages registered by Declarative Services, found by id. */
class ErrorCorrectionsTest {

	@Test
	void theBuiltInStagesAreRegisteredServices() {
		List<String> ids = ErrorCorrections.available().stream().map(ErrorCorrection::id).toList();
		assertTrue(ids.containsAll(List.of("cascade-optimised", "cascade-original", "ldpc")), ids.toString());
		assertEquals("Cascade (optimised)", ErrorCorrections.find(ErrorCorrections.DEFAULT_ID).name());
	}

	@Test
	void anUnknownIdNamesTheStagesThereAre() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ErrorCorrections.find("turbo"));
		assertTrue(e.getMessage().startsWith("no error correction 'turbo' (available: cascade-optimised, "
				+ "cascade-original, ldpc"), e.getMessage());
	}
}
