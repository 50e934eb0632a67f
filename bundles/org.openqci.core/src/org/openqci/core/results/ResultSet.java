/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The UI-free outcome of running an experiment: one row per link and sweep point, the swept
 * axes, and provenance. Views, exports and the headless runner all read this.
 *
 * @param axes       the swept parameters (one or two; empty when the experiment has no sweep)
 * @param rows       results in link order, then sweep order
 * @param provenance where the results came from
 */
public record ResultSet(List<SweepAxisInfo> axes, List<ResultRow> rows, Provenance provenance) {

	/** Copies the lists. */
	public ResultSet {
		axes = List.copyOf(axes);
		rows = List.copyOf(rows);
	}

	/** The rows grouped by link id, in link order: one series per protocol variant. */
	public Map<String, List<ResultRow>> rowsByLink() {
		Map<String, List<ResultRow>> map = new LinkedHashMap<>();
		for (ResultRow row : rows) {
			map.computeIfAbsent(row.linkId(), k -> new java.util.ArrayList<>()).add(row);
		}
		return map;
	}
}
