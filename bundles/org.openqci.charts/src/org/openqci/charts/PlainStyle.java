/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.Color;
import java.awt.Font;

import org.knowm.xchart.style.XYStyler;

/**
 * The look every chart shares: white background, thin grey grid, black text, fonts and paddings
 * scaled with the chart's size (1 for the 1200 by 800 pixels of a report PNG).
 */
final class PlainStyle {

	private PlainStyle() {
	}

	/** The scale of fonts and paddings for a chart of this size, between 0.7 and 1.5. */
	static double scale(int width, int height) {
		return Math.max(0.7, Math.min(1.5, Math.min(width / 1200.0, height / 800.0)));
	}

	static void apply(XYStyler styler, double scale) {
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
		styler.setXAxisTickMarkSpacingHint((int) Math.round(110 * scale));
		styler.setAntiAlias(true);
	}
}
