/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * Where curves can be drawn on a logarithmic rate axis: the axis range in whole decades, the runs
 * of drawable points, whether the sweep was logarithmic, and the emptiest corner for the legend.
 */
final class ChartGeometry {

	private ChartGeometry() {
	}

	static boolean drawable(double y) {
		return y > 0 && Double.isFinite(y);
	}

	/** [min, max] of the rate axis, in whole decades. */
	static double[] rateRange(List<Curve> curves) {
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
		bottom = Math.max(bottom, top - KeyRateChartFactory.MAX_DECADES);
		if (bottom >= top) {
			bottom = top - 1;
		}
		return new double[] { Math.pow(10, bottom), Math.pow(10, top) };
	}

	/** The runs of consecutive drawable points at or above {@code floor}: {x[], y[]} each. */
	static List<double[][]> runs(double[] x, double[] y, double floor) {
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

	/** [min, max] of the first-axis values of all series: the swept range. */
	static double[] sweptRange(List<ChartSeries> groups) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (ChartSeries g : groups) {
			for (double x : g.x()) {
				if (Double.isFinite(x)) {
					min = Math.min(min, x);
					max = Math.max(max, x);
				}
			}
		}
		return new double[] { min, max };
	}

	/** Whether the first-axis values are evenly spaced on a log scale (a logarithmic sweep). */
	static boolean isGeometric(List<ChartSeries> groups) {
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
	static LegendPosition emptiestCorner(List<Curve> curves, double[] range, boolean logX) {
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
}
