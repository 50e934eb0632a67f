/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqci.core.units.Units;

/**
 * A value set for a parameter path on top of the experiment, as given by {@code --set} on the
 * command line or by a run dialog. The engine applies overrides to a copy of the experiment: an
 * overridden parameter takes this value (and is no longer optimised).
 *
 * @param path  the parameter path, {@code [link.]component.parameter}
 * @param value the value, in {@code unit}
 * @param unit  the unit of the value; empty means the unit the parameter's descriptor declares
 */
public record ParameterOverride(String path, double value, String unit) {

	private static final Pattern SYNTAX = Pattern
			.compile("\\s*([^=\\s]+)\\s*=\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(\\S*)\\s*");

	/** Normalises the unit ({@code null} and {@code "1"} become empty). */
	public ParameterOverride {
		Objects.requireNonNull(path, "path");
		unit = Units.normalise(unit);
	}

	/**
	 * Parses {@code NAME=VALUE[UNIT]}, e.g. {@code fibre.length=50}, {@code fibre.length=50km},
	 * {@code fibre.length=50 km}, {@code inf.source.mu=0.4}. The unit, if any, must be a known one.
	 *
	 * @throws IllegalArgumentException with a one-line message on bad syntax
	 */
	public static ParameterOverride parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("empty override (expected NAME=VALUE[UNIT], e.g. fibre.length=50km)");
		}
		String shown = ParameterPath.printable(text.trim());
		if (text.indexOf('=') < 0) {
			throw new IllegalArgumentException(
					"override '" + shown + "' has no '=' (expected NAME=VALUE[UNIT], e.g. fibre.length=50km)");
		}
		Matcher m = SYNTAX.matcher(text);
		if (!m.matches()) {
			throw new IllegalArgumentException("override '" + shown
					+ "' is not of the form NAME=VALUE[UNIT] with a decimal number (e.g. fibre.length=50km)");
		}
		String path = m.group(1);
		try {
			ParameterPath.parse(path);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("override '" + shown + "': " + e.getMessage(), e);
		}
		double value = Double.parseDouble(m.group(2));
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("override '" + shown + "': value is not a finite number");
		}
		String unit = m.group(3);
		if (!Units.isKnown(unit)) {
			throw new IllegalArgumentException("override '" + shown + "': unknown unit '" + ParameterPath.printable(unit)
					+ "' (known units: " + String.join(", ", Units.known().stream().map(Units::display).toList()) + ")");
		}
		return new ParameterOverride(path, value, unit);
	}

	/** The parsed path. */
	public ParameterPath parameterPath() {
		return ParameterPath.parse(path);
	}

	/** The override as written for provenance, e.g. {@code fibre.length=50 km}. */
	@Override
	public String toString() {
		return path + "=" + Units.formatNumber(value) + (unit.isEmpty() ? "" : " " + unit);
	}
}
