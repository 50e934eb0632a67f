/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
			at = " at " + (length ? "" : first.path() + " = ") + number(x0) + (first.unit().isEmpty() ? "" : " " + first.unit());
		}
		header.add("rate" + at + " [bit/pulse]");
		header.add("rate" + at + " [bit/s]");
		table.add(header);
		for (Map.Entry<String, List<ResultRow>> group : groups(results).entrySet()) {
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
				line.add(max == Double.NEGATIVE_INFINITY ? "no key" : number(max));
			}
			ResultRow r0 = rows.get(0);
			line.add(rate(r0.secretKeyPerPulse()));
			line.add(rate(r0.secretKeyPerSecond()));
			table.add(line);
		}
		return format(table);
	}

	/** Rows by link (and second-axis value), in result order. */
	private static Map<String, List<ResultRow>> groups(ResultSet results) {
		Map<String, List<ResultRow>> groups = new LinkedHashMap<>();
		List<SweepAxisInfo> axes = results.axes();
		for (List<ResultRow> rows : results.rowsByLink().values()) {
			for (ResultRow r : rows) {
				String name = r.linkName() == null || r.linkName().isBlank() ? r.linkId() : r.linkName();
				if (axes.size() > 1 && r.coordinates().length > 1) {
					SweepAxisInfo second = axes.get(1);
					name += ", " + second.path() + " = " + number(r.coordinates()[1])
							+ (second.unit().isEmpty() ? "" : " " + second.unit());
				}
				groups.computeIfAbsent(name, k -> new ArrayList<>()).add(r);
			}
		}
		return groups;
	}

	private static List<String> format(List<List<String>> table) {
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

	/** A coordinate: whole numbers without decimals, others with up to 6 significant digits. */
	static String number(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e12) {
			return Long.toString((long) v);
		}
		String s = String.format(Locale.ROOT, "%.6g", v);
		if (s.contains("e")) {
			return s;
		}
		s = s.replaceAll("0+$", "");
		return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
	}
}
