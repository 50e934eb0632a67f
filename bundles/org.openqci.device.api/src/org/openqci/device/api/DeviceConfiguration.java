/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqci.core.spi.ParameterDescriptor;

/**
 * The configuration of one device: the values given (as text, the way forms and files hold them)
 * checked against its type's descriptors, with the defaults filled in, and bound to a plain record
 * of the handler's own.
 *
 * @since 1.0
 */
public final class DeviceConfiguration {

	private final DeviceType type;
	private final Map<String, String> values;

	/** The configuration of a device of {@code type} with the given values (missing ones: defaults). */
	public DeviceConfiguration(DeviceType type, Map<String, String> values) {
		this.type = type;
		this.values = Map.copyOf(values);
	}

	/** The values as given. */
	public Map<String, String> values() {
		return values;
	}

	/**
	 * What is wrong with the values, one sentence each starting with the parameter's name: a
	 * missing required value, a value that is not a number, out of range, not a whole number, or
	 * a parameter the type does not have.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (ParameterDescriptor d : type.parameters()) {
			String text = values.get(d.name());
			if (text == null || text.isBlank()) {
				if (d.isRequired()) {
					problems.add(d.name() + ": a value is required (" + d.rangeText() + ")");
				}
				continue;
			}
			Double v = parse(text);
			if (v == null) {
				problems.add(d.name() + ": '" + text + "' is not a number");
			} else if (d.integer() && v != Math.rint(v)) {
				problems.add(d.name() + ": " + text + " is not a whole number");
			} else if (!d.accepts(v)) {
				problems.add(d.name() + ": " + text + " is outside " + d.rangeText());
			}
		}
		for (TextParameter t : type.textParameters()) {
			String text = values.get(t.name());
			if (t.isRequired() && (text == null || text.isBlank())) {
				problems.add(t.name() + ": a value is required (" + t.description() + ")");
			}
		}
		for (String name : values.keySet()) {
			if (descriptor(name).isEmpty() && textParameter(name).isEmpty()) {
				problems.add(name + ": the device type '" + type.id() + "' has no such parameter");
			}
		}
		return problems;
	}

	/** A numeric parameter's value, or its default. */
	public double number(String name) {
		ParameterDescriptor d = descriptor(name)
				.orElseThrow(() -> new IllegalArgumentException(name + ": not a numeric parameter of " + type.id()));
		String text = values.get(name);
		Double v = text == null || text.isBlank() ? null : parse(text);
		return v != null ? v : d.defaultValue();
	}

	/** A text parameter's value, or its default. */
	public String text(String name) {
		TextParameter t = textParameter(name)
				.orElseThrow(() -> new IllegalArgumentException(name + ": not a text parameter of " + type.id()));
		String text = values.get(name);
		return text == null || text.isBlank() ? t.defaultValue() : text.trim();
	}

	/**
	 * The configuration as a record of the handler's own, whose components are named like the
	 * parameters and typed {@code double}, {@code int}, {@code long}, {@code boolean} (a number
	 * other than 0) or {@code String}.
	 *
	 * @throws IllegalArgumentException with the {@link #problems()} if there are any
	 */
	public <T extends Record> T bind(Class<T> recordType) {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems));
		}
		RecordComponent[] components = recordType.getRecordComponents();
		Object[] arguments = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			RecordComponent c = components[i];
			types[i] = c.getType();
			arguments[i] = value(c.getName(), c.getType());
		}
		try {
			Constructor<T> constructor = recordType.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return constructor.newInstance(arguments);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			throw new IllegalArgumentException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot bind the configuration to " + recordType.getName(), e);
		}
	}

	private Object value(String name, Class<?> type) {
		if (type == String.class) {
			return text(name);
		}
		double v = number(name);
		if (type == double.class) {
			return v;
		}
		if (type == int.class) {
			return (int) Math.rint(v);
		}
		if (type == long.class) {
			return Math.round(v);
		}
		if (type == boolean.class) {
			return v != 0.0;
		}
		throw new IllegalStateException(name + ": cannot bind a parameter to " + type.getName());
	}

	private Optional<ParameterDescriptor> descriptor(String name) {
		return type.parameters().stream().filter(d -> d.name().equals(name)).findFirst();
	}

	private Optional<TextParameter> textParameter(String name) {
		return type.textParameters().stream().filter(t -> t.name().equals(name)).findFirst();
	}

	private static Double parse(String text) {
		try {
			double v = Double.parseDouble(text.trim());
			return Double.isFinite(v) ? v : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** The values of a map, for a builder-style start: {@code DeviceConfiguration.of(type, "host", "localhost")}. */
	public static DeviceConfiguration of(DeviceType type, String... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values come in pairs");
		}
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return new DeviceConfiguration(type, map);
	}
}
