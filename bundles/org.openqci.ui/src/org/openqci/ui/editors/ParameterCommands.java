/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.units.Units;
import org.openqci.model.ComponentConfig;
import org.openqci.model.ParameterValue;
import org.openqci.model.QciFactory;
import org.openqci.model.QciPackage;

/**
 * The undoable commands behind the parameter table. A parameter the file does not set has no
 * {@link ParameterValue}; the first edit creates one (an {@link AddCommand}), later edits set its
 * features ({@link SetCommand}), and "reset to default" removes it.
 */
public final class ParameterCommands {

	private static final QciPackage PKG = QciPackage.eINSTANCE;

	private ParameterCommands() {
	}

	/** The value of parameter {@code name} in {@code config}, or {@code null} when the file does not set it. */
	public static ParameterValue find(ComponentConfig config, String name) {
		for (ParameterValue value : config.getParameters()) {
			if (name.equals(value.getName())) {
				return value;
			}
		}
		return null;
	}

	/**
	 * Sets the value of parameter {@code name}, and its unit when {@code unit} is not {@code null};
	 * a new value takes the descriptor's unit unless one is given.
	 */
	public static Command setValue(EditingDomain domain, ComponentConfig config, String name,
			ParameterDescriptor descriptor, double value, String unit) {
		ParameterValue existing = find(config, name);
		String label = "Set " + name;
		if (existing == null) {
			ParameterValue created = newValue(name, unit != null ? unit : unitOf(descriptor));
			created.setValue(value);
			return labelled(label, AddCommand.create(domain, config, PKG.getComponentConfig_Parameters(), created));
		}
		CompoundCommand command = new CompoundCommand(label);
		command.append(SetCommand.create(domain, existing, PKG.getParameterValue_Value(), value));
		if (unit != null && !unit.equals(existing.getUnit())) {
			command.append(SetCommand.create(domain, existing, PKG.getParameterValue_Unit(), unit));
		}
		return command;
	}

	/**
	 * Sets the unit of parameter {@code name}. When the file does not set the parameter, the new
	 * value holds the default converted to that unit (or no value if it cannot be converted).
	 */
	public static Command setUnit(EditingDomain domain, ComponentConfig config, String name,
			ParameterDescriptor descriptor, String unit) {
		ParameterValue existing = find(config, name);
		String label = "Set unit of " + name;
		if (existing != null) {
			return labelled(label, SetCommand.create(domain, existing, PKG.getParameterValue_Unit(), unit));
		}
		ParameterValue created = newValue(name, unit);
		if (descriptor != null && !descriptor.isRequired()) {
			if (Units.compatible(descriptor.unit(), unit)) {
				created.setValue(Units.convert(descriptor.defaultValue(), descriptor.unit(), unit));
			} else {
				created.setValue(descriptor.defaultValue());
			}
		}
		return labelled(label, AddCommand.create(domain, config, PKG.getComponentConfig_Parameters(), created));
	}

	/**
	 * Turns optimisation of parameter {@code name} on or off. When the file does not set the
	 * parameter, the new value starts from the default.
	 */
	public static Command setOptimise(EditingDomain domain, ComponentConfig config, String name,
			ParameterDescriptor descriptor, boolean optimise) {
		ParameterValue existing = find(config, name);
		String label = (optimise ? "Optimise " : "Do not optimise ") + name;
		if (existing != null) {
			return labelled(label, SetCommand.create(domain, existing, PKG.getParameterValue_Optimise(), optimise));
		}
		ParameterValue created = newValue(name, unitOf(descriptor));
		created.setOptimise(optimise);
		if (descriptor != null && !descriptor.isRequired()) {
			created.setValue(descriptor.defaultValue());
		}
		return labelled(label, AddCommand.create(domain, config, PKG.getComponentConfig_Parameters(), created));
	}

	/** Removes the given values, so that their parameters take their defaults again. */
	public static Command reset(EditingDomain domain, ComponentConfig config, List<ParameterValue> values) {
		if (values.isEmpty()) {
			return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
		}
		String label = values.size() == 1 ? "Reset " + values.get(0).getName() : "Reset parameters";
		return labelled(label, RemoveCommand.create(domain, config, PKG.getComponentConfig_Parameters(), values));
	}

	private static ParameterValue newValue(String name, String unit) {
		ParameterValue value = QciFactory.eINSTANCE.createParameterValue();
		value.setName(name);
		value.setUnit(unit == null ? "" : unit);
		return value;
	}

	private static String unitOf(ParameterDescriptor descriptor) {
		return descriptor == null ? "" : descriptor.unit();
	}

	private static Command labelled(String label, Command command) {
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(command);
		return compound;
	}
}
