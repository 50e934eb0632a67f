/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the key stock of network links over time: one line per link, time in days (in hours if
 * the samples span less than two days), stock in bit, kbit, Mbit or Gbit chosen from the largest
 * value drawn. Of more than {@value #MAX_LINKS} links only the {@value #MAX_LINKS} with the lowest
 * stock after the first sample are drawn: the scarce ones are the interesting ones.
 */
public final class KeyStockChartFactory {

	/** The most links drawn. */
	public static final int MAX_LINKS = 12;

	/** The chart's title when all links are drawn. */
	public static final String TITLE = "Key stock";

	/** Title of the time axis in days. */
	public static final String DAYS_AXIS = "time [days]";

	/** Title of the time axis in hours. */
	public static final String HOURS_AXIS = "time [h]";

	private static final double DAY = 86_400;
	private static final double HOUR = 3_600;
	private static final String[] UNITS = { "bit", "kbit", "Mbit", "Gbit" };

	private static final Color[] PALETTE = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
			new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
			new Color(0xbcbd22), new Color(0x7f7f7f), new Color(0x393b79), new Color(0x637939) };

	private KeyStockChartFactory() {
	}

	/**
	 * A chart of the key stock of each link over time.
	 *
	 * @param timesSeconds    the sample times in seconds (e.g. since the start of a simulation)
	 * @param stockBitsByLink the stock in bits of each link at those times, by link name, drawn in
	 *                        the map's order
	 * @param width           width in pixels
	 * @param height          height in pixels
	 * @throws IllegalArgumentException if there are no times, or a link has not one stock per time
	 */
	public static XYChart create(double[] timesSeconds, Map<String, double[]> stockBitsByLink, int width,
			int height) {
		Objects.requireNonNull(timesSeconds, "timesSeconds");
		Objects.requireNonNull(stockBitsByLink, "stockBitsByLink");
		if (timesSeconds.length == 0) {
			throw new IllegalArgumentException("no sample times");
		}
		for (Map.Entry<String, double[]> e : stockBitsByLink.entrySet()) {
			double[] stock = Objects.requireNonNull(e.getValue(), () -> "stock of link " + e.getKey());
			if (stock.length != timesSeconds.length) {
				throw new IllegalArgumentException("link " + e.getKey() + " has " + stock.length + " stock values for "
						+ timesSeconds.length + " sample times");
			}
		}
		List<String> shown = scarcest(stockBitsByLink, MAX_LINKS);

		double span = span(timesSeconds);
		boolean days = span >= 2 * DAY;
		double timeUnit = days ? DAY : HOUR;
		double max = 0;
		double min = 0;
		for (String link : shown) {
			for (double v : stockBitsByLink.get(link)) {
				if (Double.isFinite(v)) {
					max = Math.max(max, Math.abs(v));
					min = Math.min(min, v);
				}
			}
		}
		int unit = unitIndex(max);
		double divisor = Math.pow(1000, unit);

		String title = shown.size() < stockBitsByLink.size()
				? TITLE + " (" + shown.size() + " scarcest of " + stockBitsByLink.size() + " links)"
				: TITLE;
		double scale = PlainStyle.scale(width, height);
		XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
				.xAxisTitle(days ? DAYS_AXIS : HOURS_AXIS).yAxisTitle("key stock [" + UNITS[unit] + "]").build();
		XYStyler styler = chart.getStyler();
		PlainStyle.apply(styler, scale);
		styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
		styler.setLegendPosition(LegendPosition.OutsideE);
		styler.setLegendVisible(!shown.isEmpty());
		styler.setYAxisTickMarkSpacingHint((int) Math.round(70 * scale));
		if (min >= 0) {
			styler.setYAxisMin(0.0); // a stock starts at zero: how close a link came to running dry
		}
		if (max == 0) {
			styler.setYAxisMax(1.0);
		}

		double[] x = new double[timesSeconds.length];
		for (int i = 0; i < x.length; i++) {
			x[i] = timesSeconds[i] / timeUnit;
		}
		BasicStroke stroke = new BasicStroke((float) (2.2 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
		int i = 0;
		for (String link : shown) {
			double[] stock = stockBitsByLink.get(link);
			double[] y = new double[stock.length];
			for (int k = 0; k < y.length; k++) {
				y[k] = Double.isFinite(stock[k]) && Double.isFinite(x[k]) ? stock[k] / divisor : Double.NaN;
			}
			XYSeries s = chart.addSeries(link, x, y);
			s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
			s.setMarker(SeriesMarkers.NONE);
			s.setLineColor(PALETTE[i++ % PALETTE.length]);
			s.setLineStyle(stroke);
		}
		return chart;
	}

	/**
	 * The unit for stocks up to {@code maxBits}: "bit", "kbit", "Mbit" or "Gbit", the largest
	 * whose unit is at most the maximum (Gbit above 1e9 bits).
	 */
	public static String unit(double maxBits) {
		return UNITS[unitIndex(maxBits)];
	}

	private static int unitIndex(double max) {
		int unit = 0;
		while (unit < UNITS.length - 1 && max >= Math.pow(1000, unit + 1)) {
			unit++;
		}
		return unit;
	}

	/** The names of at most {@code limit} links with the lowest stock after the first sample, in map order. */
	private static List<String> scarcest(Map<String, double[]> stock, int limit) {
		List<String> names = new ArrayList<>(stock.keySet());
		if (names.size() <= limit) {
			return names;
		}
		List<String> byStock = new ArrayList<>(names);
		byStock.sort(Comparator.comparingDouble(name -> lowest(stock.get(name))));
		List<String> kept = byStock.subList(0, limit);
		return names.stream().filter(kept::contains).toList();
	}

	/** The lowest finite stock after the first sample (of the only one if there is just one). */
	private static double lowest(double[] stock) {
		double min = Double.POSITIVE_INFINITY;
		for (int i = stock.length > 1 ? 1 : 0; i < stock.length; i++) {
			if (Double.isFinite(stock[i])) {
				min = Math.min(min, stock[i]);
			}
		}
		return min;
	}

	private static double span(double[] times) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double t : times) {
			if (Double.isFinite(t)) {
				min = Math.min(min, t);
				max = Math.max(max, t);
			}
		}
		return max > min ? max - min : 0;
	}
}
