/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.spi.ModelContribution;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.units.Units;
import org.openqci.core.validation.ElementPaths;
import org.openqci.core.validation.ValueChecks;
import org.openqci.model.ComponentConfig;
import org.openqci.model.Experiment;
import org.openqci.model.Link;
import org.openqci.model.ParameterValue;
import org.openqci.model.SweepAxis;
import org.openqci.physics.Maximiser;

/**
 * Binds a validated experiment to its models (see {@link ResolvedExperiment}). Parameters whose
 * range starts at or above zero and spans more than two decades (or starts at zero) are optimised
 * on a logarithmic scale.
 */
final class ExperimentResolver {

	private final PathResolver paths;

	ExperimentResolver(ModelRegistry registry) {
		this.paths = new PathResolver(registry);
	}

	ResolvedExperiment resolve(Experiment experiment) {
		List<ResolvedExperiment.Axis> axes = new ArrayList<>();
		List<List<PathResolver.Target>> axisTargets = new ArrayList<>();
		Map<ComponentConfig, Set<String>> swept = new IdentityHashMap<>();
		if (experiment.getSweep() != null) {
			for (SweepAxis axis : experiment.getSweep().getAxes()) {
				ParameterPath path = ParameterPath.parse(axis.getParameter());
				List<PathResolver.Target> targets = paths.targets(experiment, path);
				ParameterDescriptor first = targets.get(0).descriptor();
				String unit = Units.normalise(axis.getUnit());
				if (unit.isEmpty()) {
					unit = Units.normalise(first.unit());
				}
				double[] values = SweepGrid.values(axis.getFrom(), axis.getTo(), axis.getSteps(), axis.isLogarithmic());
				axes.add(new ResolvedExperiment.Axis(path.toString(), first.label(), unit, values));
				axisTargets.add(targets);
				for (PathResolver.Target t : targets) {
					swept.computeIfAbsent(t.config(), c -> new HashSet<>()).add(t.descriptor().name());
				}
			}
		}
		List<ResolvedExperiment.Link> links = new ArrayList<>();
		for (Link link : experiment.getLinks()) {
			links.add(resolveLink(link, axes, axisTargets, swept));
		}
		return new ResolvedExperiment(experiment.getName(), links, axes);
	}

	private ResolvedExperiment.Link resolveLink(Link link, List<ResolvedExperiment.Axis> axes,
			List<List<PathResolver.Target>> axisTargets, Map<ComponentConfig, Set<String>> swept) {
		List<ComponentConfig> configs = new ArrayList<>();
		configs.add(link.getSource());
		configs.addAll(link.getChannels());
		configs.add(link.getDetector());
		configs.add(link.getProtocol());
		List<ResolvedExperiment.Component> components = new ArrayList<>();
		List<ResolvedExperiment.FreeParameter> free = new ArrayList<>();
		for (int i = 0; i < configs.size(); i++) {
			ComponentConfig config = configs.get(i);
			ModelContribution model = paths.model(config).orElseThrow();
			Set<String> sweptHere = swept.getOrDefault(config, Set.of());
			Map<String, Double> values = new LinkedHashMap<>();
			for (ParameterDescriptor d : model.parameters()) {
				if (!d.isRequired()) {
					values.put(d.name(), d.defaultValue());
				}
			}
			for (ParameterValue value : config.getParameters()) {
				ParameterDescriptor d = model.parameter(value.getName()).orElseThrow();
				if (value.isSetValue()) {
					values.put(d.name(), ValueChecks.toDescriptorUnit(value.getValue(), value.getUnit(), d));
				}
				if (value.isOptimise() && d.optimisable() && !sweptHere.contains(d.name())) {
					String key = PathResolver.componentName(config) + "." + d.name();
					free.add(new ResolvedExperiment.FreeParameter(i, d, variable(d), key));
				}
			}
			components.add(new ResolvedExperiment.Component(PathResolver.roleOf(config),
					PathResolver.componentName(config), config, ElementPaths.of(config), model,
					Collections.unmodifiableMap(values)));
		}
		List<List<ResolvedExperiment.Binding>> bindings = new ArrayList<>();
		for (int k = 0; k < axes.size(); k++) {
			List<ResolvedExperiment.Binding> axisBindings = new ArrayList<>();
			for (PathResolver.Target t : axisTargets.get(k)) {
				if (t.link() == link) {
					ParameterDescriptor d = t.descriptor();
					String unit = Units.compatible(axes.get(k).unit(), d.unit()) ? axes.get(k).unit() : d.unit();
					axisBindings.add(new ResolvedExperiment.Binding(configs.indexOf(t.config()), d, unit));
				}
			}
			bindings.add(List.copyOf(axisBindings));
		}
		String name = link.getName() == null || link.getName().isBlank() ? link.getId() : link.getName();
		return new ResolvedExperiment.Link(link.getId(), name, List.copyOf(components), List.copyOf(free),
				List.copyOf(bindings));
	}

	/** The maximiser variable of a free parameter: its descriptor range, logarithmic when it spans decades. */
	static Maximiser.Variable variable(ParameterDescriptor d) {
		return Maximiser.Variable.spanning(d.min(), d.max());
	}
}
