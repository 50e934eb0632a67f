/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.Color;
import java.util.Arrays;
import java.util.Objects;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of a simulated link, one point per post-processing block: the test QBER and the
 * final key rate over simulated time (two value axes), and the reconciliation efficiency f
 * against the block's QBER.
 */
public final class SimulationChartFactory {

	private static final Color QBER_COLOUR = new Color(0xd62728);
	private static final Color KEY_COLOUR = new Color(0x1f77b4);

	private SimulationChartFactory() {
	}

	/**
	 * QBER (%, left axis) and final key rate (kbit/s, right axis) at the end of each block.
	 *
	 * @param endTimes the simulated time at each block's end, seconds
	 * @param qber     each block's test QBER, as a fraction
	 * @param keyRate  each block's final key over its duration, bit/s
	 */
	public static XYChart timeline(double[] endTimes, double[] qber, double[] keyRate, int width, int height) {
		Objects.requireNonNull(endTimes, "endTimes");
		XYChart chart = new XYChartBuilder().width(width).height(height).title("QBER and key rate per block")
				.xAxisTitle("simulated time [s]").build();
		XYStyler styler = style(chart, width, height);
		styler.setLegendVisible(true);
		styler.setLegendPosition(Styler.LegendPosition.InsideS);
		styler.setXAxisDecimalPattern("0.###");
		double[] percent = new double[qber.length];
		double[] kbit = new double[keyRate.length];
		for (int i = 0; i < percent.length; i++) {
			percent[i] = 100 * qber[i];
			kbit[i] = keyRate[i] / 1e3;
		}
		XYSeries q = series(chart, "QBER [%]", endTimes, percent, QBER_COLOUR);
		q.setYAxisGroup(0);
		XYSeries k = series(chart, "final key [kbit/s]", endTimes, kbit, KEY_COLOUR);
		k.setYAxisGroup(1);
		chart.setYAxisGroupTitle(0, "QBER [%]");
		chart.setYAxisGroupTitle(1, "final key [kbit/s]");
		styler.setYAxisGroupPosition(1, XYStyler.YAxisPosition.Right);
		styler.setYAxisMin(0, 0.0);
		styler.setYAxisMin(1, 0.0);
		return chart;
	}

	/**
	 * The reconciliation efficiency of each block against its QBER, with f = 1 (the Shannon limit).
	 *
	 * @param qber       each block's key error rate, as a fraction
	 * @param efficiency each block's f (blocks without errors left out)
	 */
	public static XYChart efficiency(double[] qber, double[] efficiency, int width, int height) {
		XYChart chart = new XYChartBuilder().width(width).height(height).title("Error correction efficiency")
				.xAxisTitle("QBER [%]").yAxisTitle("f").build();
		XYStyler styler = style(chart, width, height);
		styler.setLegendVisible(false);
		int n = 0;
		double[] x = new double[qber.length];
		double[] y = new double[qber.length];
		for (int i = 0; i < qber.length; i++) {
			if (Double.isFinite(efficiency[i])) {
				x[n] = 100 * qber[i];
				y[n] = efficiency[i];
				n++;
			}
		}
		XYSeries points = series(chart, "f", Arrays.copyOf(x, n), Arrays.copyOf(y, n), KEY_COLOUR);
		points.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
		points.setMarker(SeriesMarkers.CIRCLE);
		styler.setYAxisMin(1.0);
		styler.setXAxisDecimalPattern("0.0##");
		return chart;
	}

	private static XYStyler style(XYChart chart, int width, int height) {
		XYStyler styler = chart.getStyler();
		PlainStyle.apply(styler, PlainStyle.scale(width, height));
		styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
		return styler;
	}

	private static XYSeries series(XYChart chart, String name, double[] x, double[] y, Color colour) {
		boolean empty = x.length == 0;
		XYSeries s = chart.addSeries(name, empty ? new double[] { 0.0 } : x, empty ? new double[] { 0.0 } : y);
		s.setLineColor(colour);
		s.setMarkerColor(colour);
		s.setLineStyle(SeriesLines.SOLID);
		s.setMarker(SeriesMarkers.CIRCLE);
		return s;
	}
}
