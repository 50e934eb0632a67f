/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import static org.openqci.core.validation.ExperimentValidator.error;
import static org.openqci.core.validation.ExperimentValidator.warning;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.ModelContribution;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.units.Units;
import org.openqci.model.ComponentConfig;
import org.openqci.model.ParameterValue;

/** Checks the parameter values of one component against its model's descriptors. */
final class ParameterChecker {

	private final List<Problem> problems;

	ParameterChecker(List<Problem> problems) {
		this.problems = problems;
	}

	void check(ComponentConfig config, ComponentRole role, ModelContribution model, SweptParameters swept) {
		Set<String> seen = new HashSet<>();
		for (ParameterValue value : config.getParameters()) {
			String name = value.getName();
			if (ElementPaths.isBlank(name)) {
				problems.add(error(value, "name", "missing parameter name"));
				continue;
			}
			if (!seen.add(name)) {
				problems.add(error(value, "name", "duplicate parameter '" + name + "' (already set in this " + role.label() + ")"));
				continue;
			}
			if (model == null) {
				continue;
			}
			Optional<ParameterDescriptor> descriptor = model.parameter(name);
			if (descriptor.isEmpty()) {
				problems.add(error(value, "name", "unknown parameter '" + name + "' for " + role.label() + " '"
						+ model.id() + "' (parameters: " + names(model) + ")"));
				continue;
			}
			checkValue(value, role, model, descriptor.get(), swept.contains(config, name));
		}
		if (model == null) {
			return;
		}
		for (ParameterDescriptor d : model.parameters()) {
			if (d.isRequired() && !seen.contains(d.name()) && !swept.contains(config, d.name())) {
				problems.add(error(config, "parameters", "missing value for required parameter '" + d.name() + "' ["
						+ Units.display(d.unit()) + "] (allowed: " + d.rangeText() + ")"));
			}
		}
	}

	private void checkValue(ParameterValue value, ComponentRole role, ModelContribution model,
			ParameterDescriptor descriptor, boolean isSwept) {
		String name = descriptor.name();
		if (value.isOptimise() && !descriptor.optimisable()) {
			problems.add(error(value, "optimise", "parameter '" + name + "' cannot be optimised (" + role.label() + " '"
					+ model.id() + "' does not mark it optimisable)"));
		} else if (value.isOptimise() && !(Double.isFinite(descriptor.min()) && Double.isFinite(descriptor.max()))) {
			problems.add(error(value, "optimise", "parameter '" + name + "' cannot be optimised over the unbounded range "
					+ descriptor.rangeText()));
		} else if (value.isOptimise() && isSwept) {
			problems.add(warning(value, "optimise",
					"parameter '" + name + "' is swept, so the sweep sets it and it is not optimised"));
		}
		String unitProblem = ValueChecks.unitProblem(value.getUnit(), descriptor);
		if (unitProblem != null) {
			problems.add(error(value, "unit", unitProblem));
			return;
		}
		if (!value.isSetValue()) {
			if (!value.isOptimise() && !isSwept) {
				problems.add(error(value, "value", "missing value (expected a value in " + descriptor.rangeText() + ")"));
			}
			return;
		}
		String valueProblem = ValueChecks.valueProblem(value.getValue(), value.getUnit(), descriptor);
		if (valueProblem != null) {
			problems.add(error(value, "value", valueProblem));
		}
	}

	static String names(ModelContribution model) {
		List<String> names = model.parameters().stream().map(ParameterDescriptor::name).toList();
		return names.isEmpty() ? "none" : String.join(", ", names);
	}
}
