/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

import java.util.Objects;

/**
 * Declares one parameter of a contributed model: its name, unit, default, allowed range and a
 * one-line description. Descriptors are the single source of truth for parameters: the editor
 * shows them, the validator checks stored values against them, and the engine converts stored
 * values into the descriptor's unit before a model sees them.
 *
 * @param name         identifier used in experiment files and parameter paths (e.g. {@code length})
 * @param label        human-readable name
 * @param unit         unit the model expects (see {@link org.openqci.core.units.Units}); empty for dimensionless
 * @param defaultValue value used when the experiment does not give one; {@link Double#NaN} means required
 * @param min          smallest allowed value (inclusive)
 * @param max          largest allowed value (inclusive)
 * @param description  one-line documentation shown as a tooltip
 * @param integer      whether only whole numbers are allowed (counts)
 * @param optimisable  whether the engine may treat this parameter as free and maximise the key rate over it
 */
public record ParameterDescriptor(String name, String label, String unit, double defaultValue, double min,
		double max, String description, boolean integer, boolean optimisable) {

	/** Validates the descriptor itself. */
	public ParameterDescriptor {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(description, "description");
		if (!(min <= max)) {
			throw new IllegalArgumentException("min > max for parameter " + name);
		}
		if (!Double.isNaN(defaultValue) && (defaultValue < min || defaultValue > max)) {
			throw new IllegalArgumentException("default outside range for parameter " + name);
		}
	}

	/** A real-valued parameter with a default. */
	public static ParameterDescriptor of(String name, String label, String unit, double defaultValue, double min,
			double max, String description) {
		return new ParameterDescriptor(name, label, unit, defaultValue, min, max, description, false, false);
	}

	/** A parameter that must be given in the experiment (no default). */
	public static ParameterDescriptor required(String name, String label, String unit, double min, double max,
			String description) {
		return new ParameterDescriptor(name, label, unit, Double.NaN, min, max, description, false, false);
	}

	/** This descriptor, allowing only whole numbers. */
	public ParameterDescriptor asInteger() {
		return new ParameterDescriptor(name, label, unit, defaultValue, min, max, description, true, optimisable);
	}

	/** This descriptor, marked as a parameter the engine may optimise. */
	public ParameterDescriptor asOptimisable() {
		return new ParameterDescriptor(name, label, unit, defaultValue, min, max, description, integer, true);
	}

	/** Whether the experiment must give a value. */
	public boolean isRequired() {
		return Double.isNaN(defaultValue);
	}

	/** Whether {@code value} lies in the allowed range (and is whole, for integer parameters). */
	public boolean accepts(double value) {
		return Double.isFinite(value) && value >= min && value <= max && (!integer || value == Math.rint(value));
	}

	/** The allowed range as text, with the unit, e.g. {@code [0, 1000] km}. */
	public String rangeText() {
		return "[" + format(min) + ", " + format(max) + "]" + (unit.isEmpty() ? "" : " " + unit);
	}

	private static String format(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return Long.toString((long) v);
		}
		return Double.toString(v);
	}
}
