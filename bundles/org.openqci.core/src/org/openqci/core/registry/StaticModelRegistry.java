/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.openqci.core.orbit.OrbitPropagator;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.ModelContribution;

/** A fixed registry, for unit tests and tools that run outside OSGi. */
public final class StaticModelRegistry implements ModelRegistry {

	private final List<ModelContribution> models;
	private final OrbitPropagator orbits;

	/** A registry of the given models; each is filed under every role whose SPI it implements. */
	public StaticModelRegistry(List<? extends ModelContribution> models) {
		this(models, null);
	}

	/** A registry of the given models and an orbit propagator ({@code null}: none). */
	public StaticModelRegistry(List<? extends ModelContribution> models, OrbitPropagator orbits) {
		this.models = List.copyOf(models);
		this.orbits = orbits;
	}

	@Override
	public Optional<OrbitPropagator> orbitPropagator() {
		return Optional.ofNullable(orbits);
	}

	@Override
	public List<ModelContribution> all(ComponentRole role) {
		return models.stream().filter(m -> role.type().isInstance(m))
				.sorted(Comparator.comparing(ModelContribution::id)).toList();
	}
}
