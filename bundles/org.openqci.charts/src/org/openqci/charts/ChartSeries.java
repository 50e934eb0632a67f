/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.openqci.core.results.ResultRow;

/**
 * The rows of one plotted series (one link, at one value of the second sweep axis) with their
 * first-axis values, sorted.
 */
record ChartSeries(String name, List<ResultRow> rows, double[] x) {

	/** One quantity of every row, in row order. */
	double[] values(ToDoubleFunction<ResultRow> quantity) {
		return rows.stream().mapToDouble(quantity).toArray();
	}
}
