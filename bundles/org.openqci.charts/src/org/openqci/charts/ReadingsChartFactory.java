/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.Color;
import java.util.Objects;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a live reading of a device over a rolling window: the value against the seconds before
 * now (the newest value at 0, on the right).
 */
public final class ReadingsChartFactory {

	private ReadingsChartFactory() {
	}

	/**
	 * A chart of one reading.
	 *
	 * @param title      the chart's title (device and reading)
	 * @param axisTitle  the value axis' title, with the unit
	 * @param secondsAgo the age of each value in seconds (positive, oldest first)
	 * @param values     the values
	 * @param window     the window shown, seconds
	 */
	public static XYChart create(String title, String axisTitle, double[] secondsAgo, double[] values, double window,
			int width, int height) {
		Objects.requireNonNull(secondsAgo, "secondsAgo");
		XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
				.xAxisTitle("seconds before now").yAxisTitle(axisTitle).build();
		XYStyler styler = chart.getStyler();
		PlainStyle.apply(styler, PlainStyle.scale(width, height));
		styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
		styler.setLegendVisible(false);
		styler.setXAxisMin(-window);
		styler.setXAxisMax(0.0);
		double[] x = new double[secondsAgo.length];
		for (int i = 0; i < x.length; i++) {
			x[i] = -secondsAgo[i];
		}
		XYSeries s = chart.addSeries(axisTitle, x.length == 0 ? new double[] { 0.0 } : x,
				values.length == 0 ? new double[] { 0.0 } : values);
		s.setLineColor(new Color(0x1f77b4));
		s.setLineStyle(SeriesLines.SOLID);
		s.setMarker(x.length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
		return chart;
	}
}
