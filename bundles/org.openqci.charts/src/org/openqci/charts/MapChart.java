/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.XYStyler;

/**
 * An XYChart of longitude against latitude whose axis ranges are fitted, for every size it is
 * painted at, so that the map is not distorted: one degree of longitude is {@code cos(latitude)}
 * of one degree of latitude on screen (an equirectangular projection true to scale at the given
 * latitude). The ranges cover the given region and grow in one direction to fill the plot.
 */
final class MapChart extends XYChart {

	private final double lonMin;
	private final double lonMax;
	private final double latMin;
	private final double latMax;
	private final double cosLat;
	private int fittedWidth = -1;
	private int fittedHeight = -1;

	/**
	 * @param builder the chart's size and titles
	 * @param region  {lonMin, lonMax, latMin, latMax} to show, in degrees
	 * @param latitude the latitude at which the map is true to scale
	 */
	MapChart(XYChartBuilder builder, double[] region, double latitude) {
		super(builder);
		this.lonMin = region[0];
		this.lonMax = region[1];
		this.latMin = region[2];
		this.latMax = region[3];
		this.cosLat = Math.max(0.2, Math.cos(Math.toRadians(latitude)));
		setRanges(lonMin, lonMax, latMin, latMax);
	}

	@Override
	public void paint(Graphics2D g, int width, int height) {
		if (width != fittedWidth || height != fittedHeight) {
			fit(width, height);
		}
		super.paint(g, width, height);
	}

	/**
	 * Sets the axis ranges for a chart of this size: lays the chart out on a scratch image, measures
	 * the plot and widens one range so that the scales agree, until the plot keeps its size.
	 */
	void fit(int width, int height) {
		fittedWidth = width;
		fittedHeight = height;
		if (width <= 0 || height <= 0) {
			return;
		}
		BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scratch.createGraphics();
		try {
			double lastW = -1;
			double lastH = -1;
			for (int pass = 0; pass < 4; pass++) {
				super.paint(g, width, height);
				XYStyler s = getStyler();
				double w = Math.abs(getScreenXFromChart(s.getXAxisMax()) - getScreenXFromChart(s.getXAxisMin()));
				double h = Math.abs(getScreenYFromChart(s.getYAxisMin()) - getScreenYFromChart(s.getYAxisMax()));
				if (!(w > 1 && h > 1) || Math.abs(w - lastW) < 0.5 && Math.abs(h - lastH) < 0.5) {
					break;
				}
				lastW = w;
				lastH = h;
				double lonSpan = lonMax - lonMin;
				double latSpan = latMax - latMin;
				// pixels per degree of latitude
				double k = Math.min(h / latSpan, w / (lonSpan * cosLat));
				double[] lon = clamp((lonMin + lonMax) / 2, w / (k * cosLat), 180);
				double[] lat = clamp((latMin + latMax) / 2, h / k, 90);
				setRanges(lon[0], lon[1], lat[0], lat[1]);
			}
		} finally {
			g.dispose();
		}
	}

	/** [min, max] of the given span about centre, shifted or cut to lie in [-limit, limit]. */
	private static double[] clamp(double centre, double span, double limit) {
		if (span >= 2 * limit) {
			return new double[] { -limit, limit };
		}
		double min = centre - span / 2;
		double max = centre + span / 2;
		if (min < -limit) {
			return new double[] { -limit, -limit + span };
		}
		if (max > limit) {
			return new double[] { limit - span, limit };
		}
		return new double[] { min, max };
	}

	private void setRanges(double x0, double x1, double y0, double y1) {
		XYStyler s = getStyler();
		s.setXAxisMin(x0);
		s.setXAxisMax(x1);
		s.setYAxisMin(y0);
		s.setYAxisMax(y1);
	}
}
