/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small table of units OpenQCI understands, and conversion between compatible ones. Units are
 * plain strings: {@code ""} or {@code "1"} (dimensionless), {@code km}, {@code m}, {@code dB},
 * {@code dB/km}, {@code Hz}, {@code kHz}, {@code MHz}, {@code GHz}, {@code s}, {@code ms},
 * {@code us}, {@code ns}, {@code ps}. Two units are compatible when they measure the same
 * dimension; conversion is by a constant factor.
 */
public final class Units {

	/** The dimensionless unit as stored in descriptors. */
	public static final String DIMENSIONLESS = "";

	private record Unit(String dimension, double factor) {
	}

	private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

	static {
		UNITS.put("", new Unit("dimensionless", 1.0));
		UNITS.put("km", new Unit("length", 1e3));
		UNITS.put("m", new Unit("length", 1.0));
		UNITS.put("cm", new Unit("length", 1e-2));
		UNITS.put("mm", new Unit("length", 1e-3));
		UNITS.put("um", new Unit("length", 1e-6));
		UNITS.put("nm", new Unit("length", 1e-9));
		UNITS.put("dB", new Unit("loss", 1.0));
		UNITS.put("dB/km", new Unit("attenuation", 1.0));
		UNITS.put("Hz", new Unit("frequency", 1.0));
		UNITS.put("kHz", new Unit("frequency", 1e3));
		UNITS.put("MHz", new Unit("frequency", 1e6));
		UNITS.put("GHz", new Unit("frequency", 1e9));
		UNITS.put("s", new Unit("time", 1.0));
		UNITS.put("ms", new Unit("time", 1e-3));
		UNITS.put("us", new Unit("time", 1e-6));
		UNITS.put("ns", new Unit("time", 1e-9));
		UNITS.put("ps", new Unit("time", 1e-12));
		UNITS.put("W", new Unit("power", 1.0));
		UNITS.put("mW", new Unit("power", 1e-3));
		UNITS.put("uW", new Unit("power", 1e-6));
		UNITS.put("rad", new Unit("angle", 1.0));
		UNITS.put("mrad", new Unit("angle", 1e-3));
		UNITS.put("urad", new Unit("angle", 1e-6));
		UNITS.put("deg", new Unit("angle", Math.PI / 180.0));
		UNITS.put("m^-2/3", new Unit("refractive-index structure constant", 1.0));
		UNITS.put("W/(m2 sr nm)", new Unit("spectral radiance", 1.0));
	}

	private Units() {
	}

	/**
	 * The canonical spelling of a unit: {@code null}, blank and {@code "1"} become {@code ""};
	 * other strings are trimmed.
	 */
	public static String normalise(String unit) {
		if (unit == null) {
			return DIMENSIONLESS;
		}
		String u = unit.trim();
		return u.equals("1") ? DIMENSIONLESS : u;
	}

	/** Whether the unit is in the table (after {@link #normalise(String)}). */
	public static boolean isKnown(String unit) {
		return UNITS.containsKey(normalise(unit));
	}

	/** Every known unit, dimensionless first, as stored in descriptors. */
	public static List<String> known() {
		return List.copyOf(UNITS.keySet());
	}

	/** Whether both units are known and measure the same dimension. */
	public static boolean compatible(String a, String b) {
		Unit ua = UNITS.get(normalise(a));
		Unit ub = UNITS.get(normalise(b));
		return ua != null && ub != null && ua.dimension().equals(ub.dimension());
	}

	/** The known units compatible with {@code unit}, in display spelling (e.g. {@code [km, m]}); empty if unknown. */
	public static List<String> compatibleWith(String unit) {
		Unit u = UNITS.get(normalise(unit));
		List<String> list = new ArrayList<>();
		if (u != null) {
			UNITS.forEach((name, other) -> {
				if (other.dimension().equals(u.dimension())) {
					list.add(display(name));
				}
			});
		}
		return list;
	}

	/**
	 * Converts {@code value} from one unit to a compatible one.
	 *
	 * @throws IllegalArgumentException if a unit is unknown or the units are not compatible
	 */
	public static double convert(double value, String from, String to) {
		Unit uf = require(from);
		Unit ut = require(to);
		if (!uf.dimension().equals(ut.dimension())) {
			throw new IllegalArgumentException("unit '" + display(from) + "' is not compatible with '" + display(to) + "'");
		}
		if (uf.factor() == ut.factor()) {
			return value;
		}
		return value * uf.factor() / ut.factor();
	}

	/** The unit as shown to users: {@code "1"} for dimensionless, otherwise the unit itself. */
	public static String display(String unit) {
		String u = normalise(unit);
		return u.isEmpty() ? "1" : u;
	}

	/** A value with its unit for messages, e.g. {@code 50 km} or {@code 0.5}. */
	public static String format(double value, String unit) {
		String u = normalise(unit);
		return formatNumber(value) + (u.isEmpty() ? "" : " " + u);
	}

	/** A number for messages: whole numbers without a fraction, others as {@link Double#toString(double)}. */
	public static String formatNumber(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return Long.toString((long) v);
		}
		return Double.toString(v);
	}

	private static Unit require(String unit) {
		Unit u = UNITS.get(normalise(unit));
		if (u == null) {
			throw new IllegalArgumentException("unknown unit '" + unit + "' (known units: " + knownText() + ")");
		}
		return u;
	}

	private static String knownText() {
		return String.join(", ", UNITS.keySet().stream().map(Units::display).toList());
	}
}
