/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.registry;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.openqci.core.orbit.OrbitPropagator;
import org.openqci.core.spi.ChannelModel;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.DetectorModel;
import org.openqci.core.spi.ModelContribution;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceModel;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The model registry of the running product: a Declarative Services component that tracks every
 * {@link SourceModel}, {@link ChannelModel}, {@link DetectorModel} and {@link ProtocolModel}
 * service (dynamic, multiple, greedy), so that models of bundles installed or removed at run time
 * appear or disappear without a restart. Obtain it as the {@link ModelRegistry} service.
 */
@Component(service = ModelRegistry.class)
public final class ServiceModelRegistry implements ModelRegistry {

	private final Map<ComponentRole, List<ModelContribution>> models = new EnumMap<>(ComponentRole.class);

	private final List<OrbitPropagator> orbits = new CopyOnWriteArrayList<>();

	/** An empty registry; DS fills it. */
	public ServiceModelRegistry() {
		for (ComponentRole role : ComponentRole.values()) {
			models.put(role, new CopyOnWriteArrayList<>());
		}
	}

	@Override
	public List<ModelContribution> all(ComponentRole role) {
		return models.get(role).stream().sorted(Comparator.comparing(ModelContribution::id)).toList();
	}

	@Override
	public Optional<OrbitPropagator> orbitPropagator() {
		return orbits.stream().findFirst();
	}

	/** Adds an orbit propagator service. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY, unbind = "removeOrbitPropagator")
	public void addOrbitPropagator(OrbitPropagator propagator) {
		orbits.add(propagator);
	}

	/** Removes an orbit propagator service. */
	public void removeOrbitPropagator(OrbitPropagator propagator) {
		orbits.remove(propagator);
	}

	/** Adds a source model service. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY, unbind = "removeSource")
	public void addSource(SourceModel model) {
		models.get(ComponentRole.SOURCE).add(model);
	}

	/** Removes a source model service. */
	public void removeSource(SourceModel model) {
		models.get(ComponentRole.SOURCE).remove(model);
	}

	/** Adds a channel model service. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY, unbind = "removeChannel")
	public void addChannel(ChannelModel model) {
		models.get(ComponentRole.CHANNEL).add(model);
	}

	/** Removes a channel model service. */
	public void removeChannel(ChannelModel model) {
		models.get(ComponentRole.CHANNEL).remove(model);
	}

	/** Adds a detector model service. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY, unbind = "removeDetector")
	public void addDetector(DetectorModel model) {
		models.get(ComponentRole.DETECTOR).add(model);
	}

	/** Removes a detector model service. */
	public void removeDetector(DetectorModel model) {
		models.get(ComponentRole.DETECTOR).remove(model);
	}

	/** Adds a protocol model service. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY, unbind = "removeProtocol")
	public void addProtocol(ProtocolModel model) {
		models.get(ComponentRole.PROTOCOL).add(model);
	}

	/** Removes a protocol model service. */
	public void removeProtocol(ProtocolModel model) {
		models.get(ComponentRole.PROTOCOL).remove(model);
	}
}
