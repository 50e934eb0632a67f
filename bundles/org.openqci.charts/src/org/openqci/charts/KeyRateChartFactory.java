/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
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
	public static final int MAX_DECADES = 10;

	/** Name of the PLOB overlay when all links share one channel. */
	public static final String PLOB_SERIES = "PLOB bound";

	/** Name of the TGW overlay when all links share one channel. */
	public static final String TGW_SERIES = "TGW bound";

	private static final Color[] PALETTE = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
			new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
			new Color(0xbcbd22) };

	/** The most points an overlay is drawn through (see {@link #thin}). */
	private static final int OVERLAY_POINTS = 41;

	private static final Color PLOB_COLOR = new Color(0x555555);

	private static final Color TGW_COLOR = Color.BLACK;

	private static final float[][] DASHES = { { 12f, 7f }, { 4f, 4f }, { 14f, 5f, 3f, 5f }, { 22f, 6f } };

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
		List<Group> groups = groups(results);

		List<Curve> curves = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			Group g = groups.get(i);
			ToDoubleFunction<ResultRow> rate = options.rateUnit() == ChartOptions.RateUnit.BIT_PER_SECOND
					? ResultRow::secretKeyPerSecond
					: ResultRow::secretKeyPerPulse;
			curves.add(new Curve(g.name(), g.x(), values(g.rows(), rate), PALETTE[i % PALETTE.length],
					new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND), false));
		}
		if (options.showPlob()) {
			curves.addAll(overlays(groups, options.rateUnit(), ResultRow::plob, PLOB_SERIES, PLOB_COLOR));
		}
		if (options.showTgw()) {
			curves.addAll(overlays(groups, options.rateUnit(), ResultRow::tgw, TGW_SERIES, TGW_COLOR));
		}

		double scale = Math.max(0.7,
				Math.min(1.5, Math.min(options.width() / 1200.0, options.height() / 800.0)));
		XYChart chart = new XYChartBuilder().width(options.width()).height(options.height())
				.title(title(results)).xAxisTitle(axes.isEmpty() ? "Link" : axisTitle(axes.get(0)))
				.yAxisTitle(rateAxisTitle(options.rateUnit())).build();
		XYStyler styler = chart.getStyler();
		style(styler, scale);

		double[] range = rateRange(curves);
		styler.setYAxisMin(range[0]);
		styler.setYAxisMax(range[1]);
		boolean logX = !axes.isEmpty() && isGeometric(groups);
		styler.setXAxisLogarithmic(logX);
		if (axes.isEmpty()) {
			styler.setXAxisDecimalPattern("0");
		}

		Set<String> used = new HashSet<>();
		int legendEntries = 0;
		for (Curve c : curves) {
			List<double[][]> runs = runs(c.x(), c.y(), range[0]);
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
		styler.setLegendPosition(legendEntries > 8 ? LegendPosition.OutsideE : emptiestCorner(curves, range, logX));
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

	// --- grouping ---------------------------------------------------------------------------

	/** The rows of one series: one link, at one value of the second sweep axis. */
	private record Group(String name, List<ResultRow> rows, double[] x) {
	}

	/** One curve to draw, before cutting. */
	private record Curve(String name, double[] x, double[] y, Color color, BasicStroke stroke, boolean overlay) {
	}

	private static List<Group> groups(ResultSet results) {
		List<Group> groups = new ArrayList<>();
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
			groups.add(new Group(series.getKey(), List.copyOf(rows), x));
		}
		return groups;
	}

	private static double[] values(List<ResultRow> rows, ToDoubleFunction<ResultRow> f) {
		return rows.stream().mapToDouble(f).toArray();
	}

	/**
	 * One overlay curve per distinct channel: groups whose rows have the same sweep coordinates
	 * and channel transmittances (and, in bit/s, the same repetition rate) share it.
	 */
	private static List<Curve> overlays(List<Group> groups, ChartOptions.RateUnit unit,
			ToDoubleFunction<ResultRow> bound, String baseName, Color color) {
		record Channel(double[] x, double[] transmittance, double repetitionRate, List<Group> groups) {
			boolean sameAs(double[] ox, double[] ot, double rate) {
				return Arrays.equals(x, ox) && Arrays.equals(transmittance, ot)
						&& (Double.isNaN(rate) || Math.abs(rate - repetitionRate) <= 1e-9 * Math.abs(rate));
			}
		}
		List<Channel> channels = new ArrayList<>();
		for (Group g : groups) {
			double rate = Double.NaN;
			if (unit == ChartOptions.RateUnit.BIT_PER_SECOND) {
				rate = repetitionRate(g.rows());
				if (Double.isNaN(rate)) {
					continue; // no row tells the repetition rate: no bound in bit/s for this link
				}
			}
			double[] t = values(g.rows(), ResultRow::channelTransmittance);
			Channel match = null;
			for (Channel c : channels) {
				if (c.sameAs(g.x(), t, rate)) {
					match = c;
					break;
				}
			}
			if (match == null) {
				match = new Channel(g.x(), t, rate, new ArrayList<>());
				channels.add(match);
			}
			match.groups().add(g);
		}
		List<Curve> curves = new ArrayList<>();
		for (int i = 0; i < channels.size(); i++) {
			Channel c = channels.get(i);
			Group first = c.groups().get(0);
			double[] y = values(first.rows(), bound);
			if (unit == ChartOptions.RateUnit.BIT_PER_SECOND) {
				for (int k = 0; k < y.length; k++) {
					y[k] *= c.repetitionRate();
				}
			}
			String name = channels.size() == 1 ? baseName
					: baseName + " (" + String.join(", ", c.groups().stream().map(Group::name).toList()) + ")";
			BasicStroke stroke = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
					DASHES[i % DASHES.length], 0f);
			double[][] thinned = thin(c.x(), y, OVERLAY_POINTS);
			curves.add(new Curve(name, thinned[0], thinned[1], color, stroke, true));
		}
		return curves;
	}

	/**
	 * At most about {@code max} of the points, evenly chosen, keeping the first and the last. XChart
	 * restarts a dash pattern at every point, so a dashed line through closely spaced points would
	 * look solid; the bounds are smooth curves and lose nothing visible.
	 */
	private static double[][] thin(double[] x, double[] y, int max) {
		if (x.length <= max) {
			return new double[][] { x, y };
		}
		int stride = (int) Math.ceil((x.length - 1) / (double) (max - 1));
		List<Integer> keep = new ArrayList<>();
		for (int i = 0; i < x.length; i += stride) {
			keep.add(i);
		}
		if (keep.get(keep.size() - 1) != x.length - 1) {
			keep.add(x.length - 1);
		}
		// keep the first drawable point too (the bounds are infinite at zero length)
		for (int i = 0; i < y.length; i++) {
			if (drawable(y[i])) {
				if (!keep.contains(i)) {
					keep.add(i);
					keep.sort(null);
				}
				break;
			}
		}
		return new double[][] { keep.stream().mapToDouble(i -> x[i]).toArray(),
				keep.stream().mapToDouble(i -> y[i]).toArray() };
	}

	/** Pulses per second of a link, from the ratio of its rates in bit/s and bit/pulse; NaN if unknown. */
	private static double repetitionRate(List<ResultRow> rows) {
		for (ResultRow r : rows) {
			double perPulse = r.secretKeyPerPulse();
			double perSecond = r.secretKeyPerSecond();
			if (perPulse > 0 && Double.isFinite(perPulse) && perSecond > 0 && Double.isFinite(perSecond)) {
				return perSecond / perPulse;
			}
		}
		return Double.NaN;
	}

	// --- ranges and cutting -----------------------------------------------------------------

	private static boolean drawable(double y) {
		return y > 0 && Double.isFinite(y);
	}

	/** [min, max] of the rate axis, in whole decades. */
	private static double[] rateRange(List<Curve> curves) {
		double max = 0;
		double lowestKey = Double.POSITIVE_INFINITY;
		double lowestAny = Double.POSITIVE_INFINITY;
		for (Curve c : curves) {
			for (int i = 0; i < c.y().length; i++) {
				double y = c.y()[i];
				if (!drawable(y) || !Double.isFinite(c.x()[i])) {
					continue;
				}
				max = Math.max(max, y);
				lowestAny = Math.min(lowestAny, y);
				if (!c.overlay()) {
					lowestKey = Math.min(lowestKey, y);
				}
			}
		}
		if (max == 0) {
			return new double[] { 1e-10, 1.0 };
		}
		double lowest = Double.isFinite(lowestKey) ? lowestKey : lowestAny;
		int top = (int) Math.ceil(Math.log10(max) - 1e-9);
		int bottom = (int) Math.floor(Math.log10(lowest) + 1e-9);
		bottom = Math.max(bottom, top - MAX_DECADES);
		if (bottom >= top) {
			bottom = top - 1;
		}
		return new double[] { Math.pow(10, bottom), Math.pow(10, top) };
	}

	/** The runs of consecutive drawable points at or above {@code floor}: {x[], y[]} each. */
	private static List<double[][]> runs(double[] x, double[] y, double floor) {
		List<double[][]> runs = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= y.length; i++) {
			boolean ok = i < y.length && drawable(y[i]) && y[i] >= floor * (1 - 1e-12) && Double.isFinite(x[i]);
			if (ok && start < 0) {
				start = i;
			} else if (!ok && start >= 0) {
				runs.add(new double[][] { Arrays.copyOfRange(x, start, i), Arrays.copyOfRange(y, start, i) });
				start = -1;
			}
		}
		return runs;
	}

	/** Whether the first-axis values are evenly spaced on a log scale (a logarithmic sweep). */
	private static boolean isGeometric(List<Group> groups) {
		double[] x = groups.stream().flatMapToDouble(g -> Arrays.stream(g.x())).distinct().sorted().toArray();
		if (x.length < 3 || x[0] <= 0) {
			return false;
		}
		double ratio = x[1] / x[0];
		if (ratio < 1.5) {
			return false;
		}
		for (int i = 2; i < x.length; i++) {
			if (Math.abs(x[i] / x[i - 1] - ratio) > 1e-6 * ratio) {
				return false;
			}
		}
		return true;
	}

	/** The inside corner of the plot with the fewest drawn points, for the legend. */
	private static LegendPosition emptiestCorner(List<Curve> curves, double[] range, boolean logX) {
		double xMin = Double.POSITIVE_INFINITY;
		double xMax = Double.NEGATIVE_INFINITY;
		for (Curve c : curves) {
			for (double x : c.x()) {
				double v = logX ? Math.log10(x) : x;
				if (Double.isFinite(v)) {
					xMin = Math.min(xMin, v);
					xMax = Math.max(xMax, v);
				}
			}
		}
		LegendPosition[] corners = { LegendPosition.InsideNE, LegendPosition.InsideSW, LegendPosition.InsideNW,
				LegendPosition.InsideSE };
		int[] counts = new int[corners.length];
		double yLo = Math.log10(range[0]);
		double yHi = Math.log10(range[1]);
		for (Curve c : curves) {
			for (int i = 0; i < c.y().length; i++) {
				if (!drawable(c.y()[i]) || c.y()[i] < range[0]) {
					continue;
				}
				double xv = logX ? Math.log10(c.x()[i]) : c.x()[i];
				double u = xMax > xMin ? (xv - xMin) / (xMax - xMin) : 0.5;
				double v = (Math.log10(c.y()[i]) - yLo) / (yHi - yLo);
				boolean east = u > 0.55;
				boolean west = u < 0.45;
				boolean north = v > 0.6;
				boolean south = v < 0.4;
				if (north && east) {
					counts[0]++;
				}
				if (south && west) {
					counts[1]++;
				}
				if (north && west) {
					counts[2]++;
				}
				if (south && east) {
					counts[3]++;
				}
			}
		}
		int best = 0;
		for (int i = 1; i < corners.length; i++) {
			if (counts[i] < counts[best]) {
				best = i;
			}
		}
		return corners[best];
	}

	// --- style and text ---------------------------------------------------------------------

	private static void style(XYStyler styler, double scale) {
		styler.setYAxisLogarithmic(true);
		styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
		styler.setChartBackgroundColor(Color.WHITE);
		styler.setPlotBackgroundColor(Color.WHITE);
		styler.setPlotBorderVisible(true);
		styler.setPlotBorderColor(Color.DARK_GRAY);
		styler.setPlotGridLinesVisible(true);
		styler.setPlotGridLinesColor(new Color(0xdddddd));
		styler.setChartFontColor(Color.BLACK);
		styler.setAxisTickLabelsColor(Color.BLACK);
		styler.setChartTitleBoxVisible(false);
		styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(24 * scale)));
		styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(19 * scale)));
		styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(16 * scale)));
		styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(16 * scale)));
		styler.setLegendBackgroundColor(new Color(255, 255, 255, 230));
		styler.setLegendBorderColor(Color.GRAY);
		styler.setLegendSeriesLineLength((int) Math.round(36 * scale));
		styler.setLegendPadding((int) Math.round(10 * scale));
		styler.setChartPadding((int) Math.round(14 * scale));
		styler.setAxisTitlePadding((int) Math.round(10 * scale));
		styler.setPlotMargin(0);
		styler.setMarkerSize((int) Math.round(8 * scale));
		styler.setXAxisTickMarkSpacingHint((int) Math.round(110 * scale));
		styler.setAntiAlias(true);
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
