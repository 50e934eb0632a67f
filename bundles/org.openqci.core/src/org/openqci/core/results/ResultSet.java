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
 */
public record ResultSet(List<SweepAxisInfo> axes, List<ResultRow> rows, Provenance provenance,
		Map<String, String> parameterUnits) {

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
}
