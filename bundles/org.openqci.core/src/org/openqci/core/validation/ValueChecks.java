/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import java.util.List;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.units.Units;

/**
 * The checks of one value against a parameter descriptor, shared by the validator and the
 * engine's overrides so that both say the same thing. Each check returns a one-line message, or
 * {@code null} when the value is fine.
 */
public final class ValueChecks {

	private ValueChecks() {
	}

	/**
	 * Whether {@code unit} can express the descriptor's values. An empty unit means the
	 * descriptor's own unit and is always fine.
	 *
	 * @return e.g. {@code unit 'm/s' is not compatible with 'km' (use km or m)}, or {@code null}
	 */
	public static String unitProblem(String unit, ParameterDescriptor descriptor) {
		String u = Units.normalise(unit);
		if (u.isEmpty() || Units.compatible(u, descriptor.unit())) {
			return null;
		}
		String expected = Units.display(descriptor.unit());
		if (Units.normalise(descriptor.unit()).isEmpty()) {
			return "unit '" + u + "' is not compatible with '" + expected
					+ "' (the parameter is dimensionless: leave the unit empty)";
		}
		List<String> units = Units.compatibleWith(descriptor.unit());
		String choices = units.size() == 1 ? units.get(0)
				: String.join(", ", units.subList(0, units.size() - 1)) + " or " + units.get(units.size() - 1);
		return "unit '" + u + "' is not compatible with '" + expected + "' (use " + choices + ")";
	}

	/**
	 * Whether {@code value}, given in {@code unit} (empty: the descriptor's unit, which must be
	 * compatible), is finite, inside the descriptor's range and whole where required.
	 *
	 * @return e.g. {@code value 1.5 is outside [0, 1]}, or {@code null}
	 */
	public static String valueProblem(double value, String unit, ParameterDescriptor descriptor) {
		if (!Double.isFinite(value)) {
			return "value " + value + " is not a finite number (expected a value in " + descriptor.rangeText() + ")";
		}
		String u = Units.normalise(unit);
		double v = toDescriptorUnit(value, u, descriptor);
		String shown = Units.format(v, descriptor.unit());
		if (!u.isEmpty() && !u.equals(Units.normalise(descriptor.unit()))) {
			shown += " (" + Units.format(value, u) + ")";
		}
		if (v < descriptor.min() || v > descriptor.max()) {
			return "value " + shown + " is outside " + descriptor.rangeText();
		}
		if (descriptor.integer() && v != Math.rint(v)) {
			return "value " + shown + " is not a whole number (parameter '" + descriptor.name()
					+ "' takes whole numbers in " + descriptor.rangeText() + ")";
		}
		return null;
	}

	/** {@code value} in {@code unit} (empty: the descriptor's unit) converted to the descriptor's unit. */
	public static double toDescriptorUnit(double value, String unit, ParameterDescriptor descriptor) {
		String u = Units.normalise(unit);
		return u.isEmpty() ? value : Units.convert(value, u, descriptor.unit());
	}
}
