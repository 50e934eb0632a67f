/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The UI-free outcome of running an experiment: one row per link and sweep point, the swept
 * axes, and provenance. Views, exports and the headless runner all read this.
 *
 * @param axes           the swept parameters (one or two; empty when the experiment has no sweep)
 * @param rows           results in link order, then sweep order (first axis outer)
 * @param provenance     where the results came from
 * @param parameterUnits unit of each optimised parameter, by the key used in
 *                       {@link ResultRow#optimisedParameters()} (e.g. {@code source.mu} to {@code ""})
 * @param passes         the satellite passes, or {@code null} when the experiment has no pass analysis
 */
public record ResultSet(List<SweepAxisInfo> axes, List<ResultRow> rows, Provenance provenance,
		Map<String, String> parameterUnits, PassResults passes) {

	/** Copies the lists and the map ({@code null} map: empty). */
	public ResultSet {
		axes = List.copyOf(axes);
		rows = List.copyOf(rows);
		parameterUnits = parameterUnits == null ? Map.of()
				: Collections.unmodifiableMap(new LinkedHashMap<>(parameterUnits));
	}

	/** A result set without optimised parameter units. */
	public ResultSet(List<SweepAxisInfo> axes, List<ResultRow> rows, Provenance provenance) {
		this(axes, rows, provenance, Map.of());
	}

	/** A result set without passes. */
	public ResultSet(List<SweepAxisInfo> axes, List<ResultRow> rows, Provenance provenance,
			Map<String, String> parameterUnits) {
		this(axes, rows, provenance, parameterUnits, null);
	}

	/** The rows grouped by link id, in link order: one series per protocol variant. */
	public Map<String, List<ResultRow>> rowsByLink() {
		Map<String, List<ResultRow>> map = new LinkedHashMap<>();
		for (ResultRow row : rows) {
			map.computeIfAbsent(row.linkId(), k -> new ArrayList<>()).add(row);
		}
		return map;
	}

	/**
	 * The keys of every optimised parameter in the rows, in order of first appearance
	 * (e.g. {@code source.mu}).
	 */
	public List<String> optimisedParameterKeys() {
		LinkedHashSet<String> keys = new LinkedHashSet<>();
		for (ResultRow row : rows) {
			keys.addAll(row.optimisedParameters().keySet());
		}
		return List.copyOf(keys);
	}

	/** The names of every detail in the rows, sorted. */
	public List<String> detailNames() {
		TreeSet<String> names = new TreeSet<>();
		for (ResultRow row : rows) {
			names.addAll(row.details().keySet());
		}
		return List.copyOf(names);
	}

	/**
	 * The rows grouped into plot series, in result order: one series per link, or, for a
	 * two-axis sweep, per link and value of the second swept parameter. Keys are
	 * {@link #seriesName(ResultRow) series names}.
	 */
	public Map<String, List<ResultRow>> series() {
		Map<String, List<ResultRow>> map = new LinkedHashMap<>();
		for (ResultRow row : rows) {
			map.computeIfAbsent(seriesName(row), k -> new java.util.ArrayList<>()).add(row);
		}
		return map;
	}

	/**
	 * The name of the series a row belongs to: the link's name (its id if it has none), and for
	 * a two-axis sweep the second swept value, e.g. {@code Decoy, detector.efficiency = 0.1067}.
	 */
	public String seriesName(ResultRow row) {
		String name = row.linkName() == null || row.linkName().isBlank() ? row.linkId() : row.linkName();
		if (axes.size() > 1 && row.coordinates().length > 1) {
			SweepAxisInfo second = axes.get(1);
			name += ", " + second.path() + " = " + shortNumber(row.coordinates()[1])
					+ (second.unit().isEmpty() ? "" : " " + second.unit());
		}
		return name;
	}

	/** A number for labels: whole numbers without a decimal point, others to 4 significant digits. */
	public static String shortNumber(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e9) {
			return Long.toString((long) v);
		}
		String s = String.format(java.util.Locale.ROOT, "%.4g", v);
		int e = s.indexOf('e');
		String mantissa = e < 0 ? s : s.substring(0, e);
		if (mantissa.contains(".")) {
			mantissa = mantissa.replaceAll("0+$", "");
			mantissa = mantissa.endsWith(".") ? mantissa.substring(0, mantissa.length() - 1) : mantissa;
		}
		return e < 0 ? mantissa : mantissa + "e" + Integer.parseInt(s.substring(e + 1));
	}
}
