/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.ModelContribution;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.model.ChannelSegment;
import org.openqci.model.ComponentConfig;
import org.openqci.model.DetectorConfig;
import org.openqci.model.Experiment;
import org.openqci.model.Link;
import org.openqci.model.ProtocolConfig;
import org.openqci.model.SourceConfig;

/**
 * Finds the parameters a {@link ParameterPath} names in an experiment: every link the path
 * applies to that has the component, whose model (found in the registry by kind) declares the
 * parameter. Used by sweeps, overrides and the validator, so that they agree on what a path means.
 */
public final class PathResolver {

	/**
	 * One parameter a path names.
	 *
	 * @param link       the link
	 * @param config     the component in that link
	 * @param role       the component's role
	 * @param model      the component's model
	 * @param descriptor the parameter's descriptor
	 */
	public record Target(Link link, ComponentConfig config, ComponentRole role, ModelContribution model,
			ParameterDescriptor descriptor) {
	}

	private final ModelRegistry registry;

	/** A resolver over the models of {@code registry}. */
	public PathResolver(ModelRegistry registry) {
		this.registry = registry;
	}

	/** The parameters {@code path} names in {@code experiment}, in link order; empty if none. */
	public List<Target> targets(Experiment experiment, ParameterPath path) {
		List<Target> targets = new ArrayList<>();
		for (Link link : experiment.getLinks()) {
			if (!path.appliesTo(link.getId())) {
				continue;
			}
			ComponentConfig config = component(link, path.component());
			if (config == null) {
				continue;
			}
			ComponentRole role = roleOf(config);
			Optional<ModelContribution> model = model(config);
			if (model.isEmpty()) {
				continue;
			}
			model.get().parameter(path.parameter())
					.ifPresent(d -> targets.add(new Target(link, config, role, model.get(), d)));
		}
		return targets;
	}

	/**
	 * Why {@code path} names nothing in {@code experiment}, for messages, e.g. {@code no link has
	 * component 'fibre'} or {@code no link 'inf'}.
	 */
	public String whyNoTarget(Experiment experiment, ParameterPath path) {
		boolean linkFound = false;
		boolean componentFound = false;
		List<String> parameterLists = new ArrayList<>();
		for (Link link : experiment.getLinks()) {
			if (!path.appliesTo(link.getId())) {
				continue;
			}
			linkFound = true;
			ComponentConfig config = component(link, path.component());
			if (config == null) {
				continue;
			}
			componentFound = true;
			model(config).ifPresent(m -> parameterLists.add(roleOf(config).label() + " '" + m.id() + "' has "
					+ String.join(", ", m.parameters().stream().map(ParameterDescriptor::name).toList())));
		}
		if (!linkFound) {
			return path.hasLink() ? "no link '" + path.linkId() + "'" : "the experiment has no links";
		}
		String where = path.hasLink() ? "link '" + path.linkId() + "'" : "no link";
		if (!componentFound) {
			return path.hasLink() ? where + " has no component '" + path.component() + "'"
					: "no link has component '" + path.component() + "'";
		}
		if (parameterLists.isEmpty()) {
			return "the kind of component '" + path.component() + "' is unknown";
		}
		return "no parameter '" + path.parameter() + "': " + String.join("; ", parameterLists.stream().distinct().toList());
	}

	/** The model of a component, found by its role and kind. */
	public Optional<ModelContribution> model(ComponentConfig config) {
		if (config == null || config.getKind() == null) {
			return Optional.empty();
		}
		return registry.find(roleOf(config), config.getKind());
	}

	/**
	 * The component of {@code link} a path's component name denotes: {@code source},
	 * {@code detector}, {@code protocol}, or the channel segment of that name; {@code null} if none.
	 */
	public static ComponentConfig component(Link link, String name) {
		return switch (name) {
		case ParameterPath.SOURCE -> link.getSource();
		case ParameterPath.DETECTOR -> link.getDetector();
		case ParameterPath.PROTOCOL -> link.getProtocol();
		default -> link.getChannels().stream().filter(c -> name.equals(c.getName())).findFirst().orElse(null);
		};
	}

	/** The path component name of a component: its role for source, detector, protocol, its name for a segment. */
	public static String componentName(ComponentConfig config) {
		return config instanceof ChannelSegment segment ? segment.getName() : roleOf(config).label();
	}

	/** The role a component plays in its link. */
	public static ComponentRole roleOf(ComponentConfig config) {
		if (config instanceof SourceConfig) {
			return ComponentRole.SOURCE;
		}
		if (config instanceof DetectorConfig) {
			return ComponentRole.DETECTOR;
		}
		if (config instanceof ProtocolConfig) {
			return ComponentRole.PROTOCOL;
		}
		if (config instanceof ChannelSegment) {
			return ComponentRole.CHANNEL;
		}
		throw new IllegalArgumentException("unknown component type " + config.eClass().getName());
	}
}
