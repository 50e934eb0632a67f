/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.Styler.YAxisPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.openqci.core.results.PassPoint;
import org.openqci.core.results.PassResult;

/**
 * Draws one satellite pass of one link against the minutes since the pass started: on the left
 * axis the satellite's and the Sun's elevation (degrees) and the channel loss (dB); on two right
 * axes the detection rate (millions of counts per second) and the finite key collected so far
 * (Mbit), which stays at zero until the block is long enough to give a key.
 */
public final class PassTimelineChartFactory {

	/** Name of the elevation series. */
	public static final String ELEVATION = "elevation [deg]";
	/** Name of the Sun's elevation series. */
	public static final String SUN = "sun elevation [deg]";
	/** Name of the loss series. */
	public static final String LOSS = "channel loss [dB]";
	/** Name of the detection-rate series. */
	public static final String DETECTIONS = "detections [MHz]";
	/** Name of the key series. */
	public static final String KEY = "key so far [Mbit]";

	private PassTimelineChartFactory() {
	}

	/** A chart of the pass, {@code width} by {@code height} pixels. */
	public static XYChart create(PassResult pass, int width, int height) {
		Objects.requireNonNull(pass, "pass");
		XYChart chart = new XYChartBuilder().width(width).height(height)
				.title(String.format(Locale.ROOT, "%s, pass %d (%s): max. %.1f deg, key %s", pass.station(),
						pass.number(), pass.sky(), pass.maxElevationDeg(), bits(pass.secretBits())))
				.xAxisTitle("minutes from " + pass.start().toString().substring(0, 19).replace('T', ' ') + " UTC ("
						+ pass.linkName() + ")")
				.yAxisTitle("elevation [deg], loss [dB]").build();
		XYStyler styler = chart.getStyler();
		PlainStyle.apply(styler, PlainStyle.scale(width, height));
		styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
		styler.setYAxisGroupPosition(1, YAxisPosition.Right);
		styler.setYAxisGroupPosition(2, YAxisPosition.Right);
		styler.setLegendPosition(LegendPosition.InsideNW);
		chart.setYAxisGroupTitle(1, KEY);
		chart.setYAxisGroupTitle(2, DETECTIONS);
		List<PassPoint> points = pass.timeline();
		double[] minutes = points.stream()
				.mapToDouble(p -> Duration.between(pass.start(), p.time()).toNanos() / 60e9).toArray();
		add(chart, ELEVATION, minutes, points, PassPoint::elevationDeg, 0, new Color(0x1f77b4), SeriesLines.SOLID);
		add(chart, LOSS, minutes, points, PassPoint::lossDb, 0, new Color(0x7f7f7f), SeriesLines.DASH_DASH);
		add(chart, SUN, minutes, points, PassPoint::sunElevationDeg, 0, new Color(0xff7f0e), SeriesLines.DOT_DOT);
		add(chart, KEY, minutes, points, p -> p.keySoFarBits() / 1e6, 1, new Color(0xd62728), SeriesLines.SOLID);
		add(chart, DETECTIONS, minutes, points, p -> p.detectionsPerSecond() / 1e6, 2, new Color(0x2ca02c),
				SeriesLines.SOLID);
		styler.setYAxisMin(0, Math.min(0.0, Math.floor(points.stream().mapToDouble(PassPoint::sunElevationDeg)
				.min().orElse(0.0) / 10.0) * 10.0));
		styler.setYAxisMin(1, 0.0);
		styler.setYAxisMin(2, 0.0);
		return chart;
	}

	private static void add(XYChart chart, String name, double[] x, List<PassPoint> points,
			ToDoubleFunction<PassPoint> value, int group, Color color, BasicStroke stroke) {
		double[] y = points.stream().mapToDouble(value).map(v -> Double.isFinite(v) ? v : 0.0).toArray();
		if (x.length == 0) {
			x = new double[] { 0.0 };
			y = new double[] { 0.0 };
		}
		XYSeries s = chart.addSeries(name, x, y);
		s.setYAxisGroup(group);
		s.setLineColor(color);
		s.setLineStyle(stroke);
		s.setMarker(SeriesMarkers.NONE);
	}

	/** Bits in a short human form: 950 bit, 12.3 kbit, 4.56 Mbit. */
	public static String bits(double bits) {
		if (bits >= 1e9) {
			return String.format(Locale.ROOT, "%.3g Gbit", bits / 1e9);
		}
		if (bits >= 1e6) {
			return String.format(Locale.ROOT, "%.3g Mbit", bits / 1e6);
		}
		if (bits >= 1e3) {
			return String.format(Locale.ROOT, "%.3g kbit", bits / 1e3);
		}
		return String.format(Locale.ROOT, "%.0f bit", bits);
	}
}
