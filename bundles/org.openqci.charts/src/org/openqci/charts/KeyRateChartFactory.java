/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.openqci.core.results.ResultRow;
import org.openqci.core.results.ResultSet;
import org.openqci.core.results.SweepAxisInfo;

/**
 * Draws the secret key rate of a {@link ResultSet} against its first sweep axis on a logarithmic
 * rate axis: one series per link (and per value of a second sweep axis), optionally with the
 * repeaterless PLOB and TGW bounds of each distinct channel as dashed grey and black overlays.
 * <p>
 * A zero, negative or non-finite rate cannot be drawn on a logarithmic axis: a series ends at
 * such a point (and starts again, without a second legend entry, where the rate becomes positive
 * again). The rate axis spans whole decades from the largest plotted value down to the lowest
 * plotted key rate, but at most {@value #MAX_DECADES} decades; points below that are cut too.
 */
public final class KeyRateChartFactory {

	/** The most decades the rate axis spans below its maximum. */
	public static final int MAX_DECADES = 14;

	/** Name of the PLOB overlay when all links share one channel. */
	public static final String PLOB_SERIES = "PLOB bound";

	/** Name of the TGW overlay when all links share one channel. */
	public static final String TGW_SERIES = "TGW bound";

	private static final Color[] PALETTE = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
			new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
			new Color(0xbcbd22) };

	private static final Color PLOB_COLOR = new Color(0x555555);

	private static final Color TGW_COLOR = Color.BLACK;

	private KeyRateChartFactory() {
	}

	/**
	 * A key-rate chart of the results.
	 *
	 * @param results the results to draw (not modified)
	 * @param options unit, overlays and size
	 * @return a new chart titled with the experiment's name
	 */
	public static XYChart create(ResultSet results, ChartOptions options) {
		Objects.requireNonNull(results, "results");
		Objects.requireNonNull(options, "options");
		List<SweepAxisInfo> axes = results.axes();
		List<ChartSeries> groups = groups(results);

		ToDoubleFunction<ResultRow> rate = options.rateUnit() == ChartOptions.RateUnit.BIT_PER_SECOND
				? ResultRow::secretKeyPerSecond
				: ResultRow::secretKeyPerPulse;
		List<Curve> curves = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			ChartSeries g = groups.get(i);
			curves.add(new Curve(g.name(), g.x(), g.values(rate), PALETTE[i % PALETTE.length],
					new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND), false));
		}
		if (options.showPlob()) {
			curves.addAll(BoundOverlays.overlays(groups, options.rateUnit(), ResultRow::plob, PLOB_SERIES, PLOB_COLOR));
		}
		if (options.showTgw()) {
			curves.addAll(BoundOverlays.overlays(groups, options.rateUnit(), ResultRow::tgw, TGW_SERIES, TGW_COLOR));
		}

		double scale = PlainStyle.scale(options.width(), options.height());
		XYChart chart = new XYChartBuilder().width(options.width()).height(options.height())
				.title(title(results)).xAxisTitle(axes.isEmpty() ? "Link" : axisTitle(axes.get(0)))
				.yAxisTitle(rateAxisTitle(options.rateUnit())).build();
		XYStyler styler = chart.getStyler();
		style(styler, scale);

		double[] range = ChartGeometry.rateRange(curves);
		styler.setYAxisMin(range[0]);
		styler.setYAxisMax(range[1]);
		boolean logX = !axes.isEmpty() && ChartGeometry.isGeometric(groups);
		styler.setXAxisLogarithmic(logX);
		if (axes.isEmpty()) {
			styler.setXAxisDecimalPattern("0");
		} else {
			// The whole swept range, not only where some curve still has key.
			double[] swept = ChartGeometry.sweptRange(groups);
			styler.setXAxisMin(swept[0]);
			styler.setXAxisMax(swept[1]);
		}

		Set<String> used = new HashSet<>();
		int legendEntries = 0;
		for (Curve c : curves) {
			List<double[][]> runs = ChartGeometry.runs(c.x(), c.y(), range[0]);
			for (int r = 0; r < runs.size(); r++) {
				double[][] run = runs.get(r);
				String name = unique(r == 0 ? c.name() : c.name() + " (part " + (r + 1) + ")", used);
				XYSeries s = chart.addSeries(name, run[0], run[1]);
				s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
				s.setLineColor(c.color());
				s.setLineStyle(c.stroke());
				s.setMarkerColor(c.color());
				// A run of one point has no line: show it as a dot.
				s.setMarker(run[0].length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
				if (r > 0) {
					s.setShowInLegend(false);
				} else {
					legendEntries++;
				}
			}
		}
		styler.setLegendVisible(legendEntries > 0);
		styler.setLegendPosition(legendEntries > 8 ? LegendPosition.OutsideE : ChartGeometry.emptiestCorner(curves, range, logX));
		return chart;
	}

	/**
	 * The title of a sweep axis with its unit in brackets, e.g. {@code Fibre length [km]} for the
	 * path {@code fibre.length} labelled {@code Length}; no brackets for a dimensionless parameter.
	 */
	public static String axisTitle(SweepAxisInfo axis) {
		String label = axis.label() == null ? "" : axis.label().strip();
		String path = axis.path() == null ? "" : axis.path();
		String[] parts = path.split("\\.");
		String component = parts.length >= 2 ? parts[parts.length - 2] : "";
		String name;
		if (label.isEmpty()) {
			name = path;
		} else if (!component.isEmpty() && !label.toLowerCase(Locale.ROOT).contains(component.toLowerCase(Locale.ROOT))) {
			name = capitalise(component) + " " + decapitalise(label);
		} else {
			name = capitalise(label);
		}
		String unit = axis.unit() == null ? "" : axis.unit();
		return unit.isEmpty() ? name : name + " [" + unit + "]";
	}

	/** The title of the rate axis, e.g. {@code Secret key rate [bit/pulse]}. */
	public static String rateAxisTitle(ChartOptions.RateUnit unit) {
		return "Secret key rate [" + unit.symbol() + "]";
	}

	private static List<ChartSeries> groups(ResultSet results) {
		List<ChartSeries> groups = new ArrayList<>();
		int index = 0;
		for (Map.Entry<String, List<ResultRow>> series : results.series().entrySet()) {
			index++;
			List<ResultRow> rows = new ArrayList<>(series.getValue());
			double[] x;
			if (results.axes().isEmpty()) {
				x = new double[rows.size()];
				Arrays.fill(x, index);
			} else {
				rows.sort(Comparator.comparingDouble(r -> r.coordinates()[0]));
				x = rows.stream().mapToDouble(r -> r.coordinates()[0]).toArray();
			}
			groups.add(new ChartSeries(series.getKey(), List.copyOf(rows), x));
		}
		return groups;
	}


	// --- style and text ---------------------------------------------------------------------

	private static void style(XYStyler styler, double scale) {
		PlainStyle.apply(styler, scale);
		styler.setYAxisLogarithmic(true);
		styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
		styler.setMarkerSize((int) Math.round(8 * scale));
	}

	private static String title(ResultSet results) {
		String name = results.provenance() == null ? null : results.provenance().experimentName();
		return name == null || name.isBlank() ? "Secret key rate" : name;
	}

	private static String unique(String name, Set<String> used) {
		String candidate = name;
		for (int n = 2; !used.add(candidate); n++) {
			candidate = name + " (" + n + ")";
		}
		return candidate;
	}

	private static String capitalise(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private static String decapitalise(String s) {
		if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
			return s; // an acronym such as QBER
		}
		return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
	}
}
