/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.ModelContribution;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.units.Units;
import org.openqci.physics.Maximiser;

/**
 * A validated experiment bound to its models: per link the model instances with their parameter
 * values in descriptor units (defaults filled in), the free parameters to optimise, and the sweep
 * axes with the parameters each one sets.
 *
 * @param name  the experiment's name
 * @param links the links, in experiment order
 * @param axes  the sweep axes (empty without a sweep)
 */
record ResolvedExperiment(String name, List<Link> links, List<Axis> axes) {

	/**
	 * One component of a link.
	 *
	 * @param role        its role
	 * @param pathName    its name in parameter paths (source, detector, protocol or the segment name)
	 * @param element     its configuration in the experiment
	 * @param elementPath its human path, for messages
	 * @param model       its model
	 * @param values      its parameter values in descriptor units, defaults filled in (read-only)
	 */
	record Component(ComponentRole role, String pathName, EObject element, String elementPath,
			ModelContribution model, Map<String, Double> values) {
	}

	/**
	 * A parameter the engine maximises the key rate over.
	 *
	 * @param component  index of the component in {@link Link#components()}
	 * @param descriptor the parameter's descriptor
	 * @param variable   bounds and scale for the maximiser
	 * @param key        {@code component.parameter}, the key in the result rows
	 */
	record FreeParameter(int component, ParameterDescriptor descriptor, Maximiser.Variable variable, String key) {
	}

	/**
	 * A parameter set by a sweep axis in one link.
	 *
	 * @param component  index of the component in {@link Link#components()}
	 * @param descriptor the parameter's descriptor
	 * @param axisUnit   the unit of the axis values
	 */
	record Binding(int component, ParameterDescriptor descriptor, String axisUnit) {

		/** An axis value in the descriptor's unit. */
		double toDescriptorUnit(double axisValue) {
			return Units.convert(axisValue, axisUnit, descriptor.unit());
		}
	}

	/**
	 * One link ready to evaluate.
	 *
	 * @param id         the link id
	 * @param name       the display name (the id when the link has none)
	 * @param components source, channel segments in order, detector, protocol
	 * @param free       the free parameters
	 * @param bindings   per axis, the parameters it sets in this link (possibly none)
	 */
	record Link(String id, String name, List<Component> components, List<FreeParameter> free,
			List<List<Binding>> bindings) {

		Component source() {
			return components.get(0);
		}

		List<Component> channels() {
			return components.subList(1, components.size() - 2);
		}

		Component detector() {
			return components.get(components.size() - 2);
		}

		Component protocol() {
			return components.get(components.size() - 1);
		}
	}

	/**
	 * One sweep axis.
	 *
	 * @param path   the path as written
	 * @param label  the swept parameter's label
	 * @param unit   the unit of the values (the axis unit, or the parameter's when the axis has none)
	 * @param values the points, in {@code unit}
	 */
	record Axis(String path, String label, String unit, double[] values) {
	}
}
