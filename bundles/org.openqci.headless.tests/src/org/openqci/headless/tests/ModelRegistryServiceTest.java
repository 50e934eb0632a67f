/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.ModelContribution;

/** The real contributions are registered as OSGi services and reach the registry service. */
class ModelRegistryServiceTest {

	@Test
	void realContributionsAreRegistered() throws Exception {
		ModelRegistry registry = TestEnvironment.registry();
		List<String> missing = TestEnvironment.missing(registry);
		assertTrue(missing.isEmpty(), "not registered: " + missing + "; registered: " + registered(registry));
	}

	@Test
	void eachContributionIsFiledUnderItsRoleOnly() throws Exception {
		ModelRegistry registry = TestEnvironment.registry();
		for (Map.Entry<ComponentRole, Set<String>> e : TestEnvironment.EXPECTED.entrySet()) {
			for (String id : e.getValue()) {
				ModelContribution model = registry.find(e.getKey(), id).orElseThrow();
				assertTrue(e.getKey().type().isInstance(model), id + " is not a " + e.getKey().type().getSimpleName());
				assertEquals(id, model.id());
			}
		}
	}

	private static Map<String, Set<String>> registered(ModelRegistry registry) {
		Map<String, Set<String>> all = new TreeMap<>();
		for (ComponentRole role : ComponentRole.values()) {
			Set<String> ids = new TreeSet<>();
			registry.all(role).stream().map(ModelContribution::id).forEach(ids::add);
			all.put(role.label(), ids);
		}
		return all;
	}
}
