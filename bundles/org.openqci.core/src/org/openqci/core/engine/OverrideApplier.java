/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openqci.core.validation.Problem;
import org.openqci.core.validation.ValueChecks;
import org.openqci.model.ComponentConfig;
import org.openqci.model.Experiment;
import org.openqci.model.ParameterValue;
import org.openqci.model.QciFactory;
import org.openqci.model.SweepAxis;

/**
 * Checks parameter overrides against an experiment and applies them to (a copy of) it. An
 * override applies to every parameter its path names (see {@link PathResolver}); it sets the
 * value and unit and clears {@code optimise}. Overriding a swept parameter is an error.
 */
final class OverrideApplier {

	private final PathResolver paths;

	OverrideApplier(PathResolver paths) {
		this.paths = paths;
	}

	/** The problems of the overrides: bad path, path naming nothing, wrong unit, value out of range. */
	List<Problem> check(Experiment experiment, List<ParameterOverride> overrides) {
		List<Problem> problems = new ArrayList<>();
		Set<Key> swept = sweptParameters(experiment);
		for (ParameterOverride override : overrides) {
			String where = "override '" + override + "'";
			ParameterPath path;
			try {
				path = ParameterPath.parse(override.path());
			} catch (IllegalArgumentException e) {
				problems.add(Problem.error(experiment, null, where, e.getMessage()));
				continue;
			}
			List<PathResolver.Target> targets = paths.targets(experiment, path);
			if (targets.isEmpty()) {
				problems.add(Problem.error(experiment, null, where,
						"unknown parameter path '" + path + "' (" + paths.whyNoTarget(experiment, path) + ")"));
				continue;
			}
			for (PathResolver.Target target : targets) {
				String inLink = " (link '" + target.link().getId() + "')";
				if (swept.contains(key(target))) {
					problems.add(Problem.error(experiment, null, where, "parameter '" + target.descriptor().name()
							+ "' is swept, so an override cannot set it (change the sweep instead)" + inLink));
					continue;
				}
				String problem = ValueChecks.unitProblem(override.unit(), target.descriptor());
				if (problem == null) {
					problem = ValueChecks.valueProblem(override.value(), override.unit(), target.descriptor());
				}
				if (problem != null) {
					problems.add(Problem.error(experiment, null, where, problem + inLink));
				}
			}
		}
		return problems;
	}

	/** The parameters the experiment's sweep sets, as {@link #key(PathResolver.Target)}. */
	private Set<Key> sweptParameters(Experiment experiment) {
		Set<Key> keys = new HashSet<>();
		if (experiment.getSweep() == null) {
			return keys;
		}
		for (SweepAxis axis : experiment.getSweep().getAxes()) {
			try {
				paths.targets(experiment, ParameterPath.parse(axis.getParameter())).forEach(t -> keys.add(key(t)));
			} catch (IllegalArgumentException e) {
				// a bad sweep path is reported by the validator
			}
		}
		return keys;
	}

	/** A parameter of a component (EMF objects compare by identity). */
	private record Key(ComponentConfig config, String parameter) {
	}

	private static Key key(PathResolver.Target target) {
		return new Key(target.config(), target.descriptor().name());
	}

	/** Applies checked overrides to {@code experiment} (which the caller owns: a copy). */
	void apply(Experiment experiment, List<ParameterOverride> overrides) {
		for (ParameterOverride override : overrides) {
			for (PathResolver.Target target : paths.targets(experiment, override.parameterPath())) {
				String name = target.descriptor().name();
				ParameterValue value = target.config().getParameters().stream().filter(p -> name.equals(p.getName()))
						.findFirst().orElse(null);
				if (value == null) {
					value = QciFactory.eINSTANCE.createParameterValue();
					value.setName(name);
					target.config().getParameters().add(value);
				}
				value.setValue(override.value());
				value.setUnit(override.unit());
				value.setOptimise(false);
			}
		}
	}
}
