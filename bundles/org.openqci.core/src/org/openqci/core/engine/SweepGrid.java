/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The points of a sweep: each axis has {@code steps} values from {@code from} to {@code to}
 * inclusive, evenly spaced on a linear or logarithmic scale; with two axes the grid is their full
 * product, first axis outer (row-major).
 */
public final class SweepGrid {

	private SweepGrid() {
	}

	/**
	 * The values of one axis, both ends exact.
	 *
	 * @param steps       number of points, at least 1 (with 1 the axis is just {@code from})
	 * @param logarithmic evenly spaced in the logarithm (needs {@code from, to > 0})
	 * @throws IllegalArgumentException if the arguments do not define an axis
	 */
	public static double[] values(double from, double to, int steps, boolean logarithmic) {
		if (steps < 1) {
			throw new IllegalArgumentException("steps must be at least 1, was " + steps);
		}
		if (!Double.isFinite(from) || !Double.isFinite(to)) {
			throw new IllegalArgumentException("sweep range must be finite");
		}
		if (logarithmic && !(from > 0 && to > 0)) {
			throw new IllegalArgumentException("a logarithmic sweep needs from > 0 and to > 0");
		}
		double[] v = new double[steps];
		if (steps == 1) {
			v[0] = from;
			return v;
		}
		int last = steps - 1;
		if (logarithmic) {
			double a = Math.log(from);
			double b = Math.log(to);
			for (int i = 0; i < steps; i++) {
				v[i] = Math.exp(a + (b - a) * i / last);
			}
		} else {
			for (int i = 0; i < steps; i++) {
				v[i] = from + (to - from) * i / last;
			}
		}
		v[0] = from;
		v[last] = to;
		return v;
	}

	/**
	 * The grid of points over the given axes, first axis outer. No axes give one empty point.
	 *
	 * @param axes the values of each axis
	 * @return each point's coordinates, one per axis
	 */
	public static List<double[]> grid(List<double[]> axes) {
		List<double[]> points = new ArrayList<>();
		points.add(new double[0]);
		for (double[] axis : axes) {
			List<double[]> next = new ArrayList<>(points.size() * axis.length);
			for (double[] p : points) {
				for (double x : axis) {
					double[] q = Arrays.copyOf(p, p.length + 1);
					q[p.length] = x;
					next.add(q);
				}
			}
			points = next;
		}
		return points;
	}
}
