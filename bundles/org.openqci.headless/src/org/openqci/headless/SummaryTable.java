/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openqci.core.results.ResultRow;
import org.openqci.core.results.ResultSet;
import org.openqci.core.results.SweepAxisInfo;

/**
 * A short plain-text table of a result set for the terminal: per link (and value of a second
 * sweep axis), the largest distance with a positive key rate when the first axis is a length,
 * and the key rate at the first sweep point in bit/pulse and bit/s.
 */
final class SummaryTable {

	private static final Set<String> LENGTH_UNITS = Set.of("km", "m");

	private SummaryTable() {
	}

	/** The table's lines, header first. */
	static List<String> lines(ResultSet results) {
		List<SweepAxisInfo> axes = results.axes();
		SweepAxisInfo first = axes.isEmpty() ? null : axes.get(0);
		boolean length = first != null && LENGTH_UNITS.contains(first.unit());
		List<List<String>> table = new ArrayList<>();
		List<String> header = new ArrayList<>();
		header.add("link");
		if (length) {
			header.add("key up to [" + first.unit() + "]");
		}
		String at = "";
		if (first != null && !results.rows().isEmpty()) {
			double x0 = results.rows().get(0).coordinates()[0];
			at = " at " + (length ? "" : first.path() + " = ") + ResultSet.shortNumber(x0) + (first.unit().isEmpty() ? "" : " " + first.unit());
		}
		header.add("rate" + at + " [bit/pulse]");
		header.add("rate" + at + " [bit/s]");
		table.add(header);
		for (Map.Entry<String, List<ResultRow>> group : results.series().entrySet()) {
			List<ResultRow> rows = group.getValue();
			List<String> line = new ArrayList<>();
			line.add(group.getKey());
			if (length) {
				double max = Double.NEGATIVE_INFINITY;
				for (ResultRow r : rows) {
					if (r.secretKeyPerPulse() > 0) {
						max = Math.max(max, r.coordinates()[0]);
					}
				}
				line.add(max == Double.NEGATIVE_INFINITY ? "no key" : ResultSet.shortNumber(max));
			}
			ResultRow r0 = rows.get(0);
			line.add(rate(r0.secretKeyPerPulse()));
			line.add(rate(r0.secretKeyPerSecond()));
			table.add(line);
		}
		return format(table);
	}

	/** The table as aligned lines: the first column left-aligned, the others right-aligned. */
	static List<String> format(List<List<String>> table) {
		int columns = table.get(0).size();
		int[] width = new int[columns];
		for (List<String> row : table) {
			for (int c = 0; c < columns; c++) {
				width[c] = Math.max(width[c], row.get(c).length());
			}
		}
		List<String> lines = new ArrayList<>();
		for (List<String> row : table) {
			StringBuilder line = new StringBuilder();
			for (int c = 0; c < columns; c++) {
				String cell = row.get(c);
				if (c == 0) {
					line.append(cell).append(" ".repeat(width[c] - cell.length()));
				} else {
					line.append("  ").append(" ".repeat(width[c] - cell.length())).append(cell);
				}
			}
			lines.add(line.toString().stripTrailing());
		}
		return lines;
	}

	private static String rate(double v) {
		if (!Double.isFinite(v)) {
			return "-";
		}
		return v == 0 ? "0" : String.format(Locale.ROOT, "%.3e", v);
	}
}
