/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.openqci.core.results.ResultRow;
import org.openqci.core.results.ResultSet;
import org.openqci.core.results.SweepAxisInfo;

/**
 * The columns of the results table for the rows of one link: the swept values, the key rate,
 * QBER, gain and PLOB, every parameter the optimiser chose, then the protocol's details. UI-free,
 * so the choice of columns is tested without a display.
 */
final class ResultsTableColumns {

	/**
	 * One column.
	 *
	 * @param header  the column header, with the unit in brackets where there is one
	 * @param tooltip what the column holds
	 * @param value   the cell's value for a row (NaN for none)
	 */
	record Column(String header, String tooltip, Function<ResultRow, Double> value) {

		/** The cell text: a short number, or empty where the row has no value. */
		String text(ResultRow row) {
			Double v = value.apply(row);
			return v == null || v.isNaN() ? "" : ResultSet.shortNumber(v);
		}
	}

	private ResultsTableColumns() {
	}

	/** The columns for {@code rows} (all of one link) of {@code results}. */
	static List<Column> of(ResultSet results, List<ResultRow> rows) {
		List<Column> columns = new ArrayList<>();
		List<SweepAxisInfo> axes = results == null ? List.of() : results.axes();
		for (int k = 0; k < axes.size(); k++) {
			SweepAxisInfo axis = axes.get(k);
			int index = k;
			columns.add(new Column(withUnit(axis.path(), axis.unit()), "Swept parameter " + axis.path(),
					row -> row.coordinates()[index]));
		}
		columns.add(new Column("key [bit/pulse]", "Secret key per pulse", ResultRow::secretKeyPerPulse));
		columns.add(new Column("key [bit/s]", "Secret key per second", ResultRow::secretKeyPerSecond));
		columns.add(new Column("QBER", "Quantum bit error rate of the key-generating signals", ResultRow::qber));
		columns.add(new Column("gain", "Probability that a signal causes a detection", ResultRow::gain));
		columns.add(new Column("PLOB [bit/pulse]", "Repeaterless bound -log2(1 - t) of the channel", ResultRow::plob));
		Set<String> optimised = new LinkedHashSet<>();
		Set<String> details = new TreeSet<>();
		for (ResultRow row : rows) {
			optimised.addAll(row.optimisedParameters().keySet());
			details.addAll(row.details().keySet());
		}
		for (String key : optimised) {
			String unit = results.parameterUnits().getOrDefault(key, "");
			columns.add(new Column(withUnit(key + " *", unit), "Optimised: the value that maximises the key at this point",
					row -> row.optimisedParameters().get(key)));
		}
		for (String name : details) {
			columns.add(new Column(name, "Protocol detail " + name, row -> row.details().get(name)));
		}
		return columns;
	}

	private static String withUnit(String name, String unit) {
		return unit == null || unit.isEmpty() ? name : name + " [" + unit + "]";
	}
}
