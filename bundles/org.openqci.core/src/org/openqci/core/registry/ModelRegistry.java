/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.registry;

import java.util.List;
import java.util.Optional;

import org.openqci.core.orbit.OrbitPropagator;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.ModelContribution;

/**
 * The contributed models currently available, by role and id. In the running product this is
 * backed by the OSGi service registry, so models from bundles installed at run time appear
 * without a restart.
 */
public interface ModelRegistry {

	/** All contributions of a role, sorted by id. */
	List<ModelContribution> all(ComponentRole role);

	/** The contribution of a role with the given id. */
	default Optional<ModelContribution> find(ComponentRole role, String id) {
		return all(role).stream().filter(m -> m.id().equals(id)).findFirst();
	}

	/** The orbit propagator that predicts satellite passes, if one is installed. */
	default Optional<OrbitPropagator> orbitPropagator() {
		return Optional.empty();
	}
}
