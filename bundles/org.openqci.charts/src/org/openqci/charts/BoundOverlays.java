/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.openqci.core.results.ResultRow;

/**
 * The dashed PLOB and TGW overlays of a key-rate chart: one curve per distinct channel, in bit per
 * pulse or, scaled by the link's repetition rate, in bit/s.
 */
final class BoundOverlays {

	/** The most points an overlay is drawn through (see {@link #thin}). */
	private static final int OVERLAY_POINTS = 41;

	private static final float[][] DASHES = { { 12f, 7f }, { 4f, 4f }, { 14f, 5f, 3f, 5f }, { 22f, 6f } };

	private BoundOverlays() {
	}

	/**
	 * One overlay curve per distinct channel: groups whose rows have the same sweep coordinates
	 * and channel transmittances (and, in bit/s, the same repetition rate) share it.
	 */
	static List<Curve> overlays(List<ChartSeries> groups, ChartOptions.RateUnit unit,
			ToDoubleFunction<ResultRow> bound, String baseName, Color color) {
		record Channel(double[] x, double[] transmittance, double repetitionRate, List<ChartSeries> groups) {
			boolean sameAs(double[] ox, double[] ot, double rate) {
				return Arrays.equals(x, ox) && Arrays.equals(transmittance, ot)
						&& (Double.isNaN(rate) || Math.abs(rate - repetitionRate) <= 1e-9 * Math.abs(rate));
			}
		}
		List<Channel> channels = new ArrayList<>();
		for (ChartSeries g : groups) {
			double rate = Double.NaN;
			if (unit == ChartOptions.RateUnit.BIT_PER_SECOND) {
				rate = repetitionRate(g.rows());
				if (Double.isNaN(rate)) {
					continue; // no row tells the repetition rate: no bound in bit/s for this link
				}
			}
			double[] t = g.values(ResultRow::channelTransmittance);
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
			ChartSeries first = c.groups().get(0);
			double[] y = first.values(bound);
			if (unit == ChartOptions.RateUnit.BIT_PER_SECOND) {
				for (int k = 0; k < y.length; k++) {
					y[k] *= c.repetitionRate();
				}
			}
			String name = channels.size() == 1 ? baseName
					: baseName + " (" + String.join(", ", c.groups().stream().map(ChartSeries::name).toList()) + ")";
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
			if (ChartGeometry.drawable(y[i])) {
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
}
