/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Names next to map points, placed when the chart is painted: each label goes to the side of its
 * point (right, left, above, below or a corner) where it overlaps the fewest markers, labels
 * already placed and lines, and stays inside the plot, and is drawn with a white halo over the
 * lines below.
 */
final class MapLabels extends Annotation {

	/** A label at a point in chart coordinates. */
	record Label(String text, double x, double y) {
	}

	private final List<Label> labels;
	private final List<double[]> obstacles;
	private final List<double[]> segments;
	private final Font font;
	private final Color color;
	private final double markerRadius;

	/**
	 * @param labels       the labels, placed in this order
	 * @param obstacles    chart coordinates {x, y} of all markers, which labels avoid
	 * @param segments     chart coordinates {x1, y1, x2, y2} of lines, which labels avoid if they can
	 * @param font         the labels' font
	 * @param color        the text colour
	 * @param markerRadius half the marker size in pixels
	 */
	MapLabels(List<Label> labels, List<double[]> obstacles, List<double[]> segments, Font font, Color color,
			double markerRadius) {
		super(false);
		this.labels = List.copyOf(labels);
		this.obstacles = List.copyOf(obstacles);
		this.segments = List.copyOf(segments);
		this.font = font;
		this.color = color;
		this.markerRadius = markerRadius;
	}

	@Override
	public void paint(Graphics2D g) {
		if (!isVisible || labels.isEmpty()) {
			return;
		}
		double left = Math.min(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
		double right = Math.max(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
		double top = Math.min(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
		double bottom = Math.max(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
		Rectangle2D plot = new Rectangle2D.Double(left, top, right - left, bottom - top);
		bounds = plot;
		List<Rectangle2D> taken = new ArrayList<>();
		double r = markerRadius;
		for (double[] p : obstacles) {
			taken.add(new Rectangle2D.Double(getXAxisScreenValue(p[0]) - r, getYAxisScreenValue(p[1]) - r, 2 * r, 2 * r));
		}
		List<Line2D> lines = new ArrayList<>();
		for (double[] s : segments) {
			lines.add(new Line2D.Double(getXAxisScreenValue(s[0]), getYAxisScreenValue(s[1]), getXAxisScreenValue(s[2]),
					getYAxisScreenValue(s[3])));
		}
		Shape clip = g.getClip();
		Object antialias = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
		g.clip(plot);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		BasicStroke halo = new BasicStroke(Math.max(2f, font.getSize2D() / 4.5f), BasicStroke.CAP_ROUND,
				BasicStroke.JOIN_ROUND);
		Color haloColor = new Color(255, 255, 255, 225);
		for (Label label : labels) {
			TextLayout layout = new TextLayout(label.text(), font, g.getFontRenderContext());
			double w = layout.getAdvance();
			double h = layout.getAscent() + layout.getDescent();
			Rectangle2D box = place(getXAxisScreenValue(label.x()), getYAxisScreenValue(label.y()), w, h, plot, taken,
					lines);
			taken.add(box);
			Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(box.getX(),
					box.getY() + layout.getAscent()));
			g.setColor(haloColor);
			g.setStroke(halo);
			g.draw(outline);
			g.setColor(color);
			g.fill(outline);
		}
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialias);
		g.setClip(clip);
	}

	/** The best box of size w by h next to screen point (x, y). */
	private Rectangle2D place(double x, double y, double w, double h, Rectangle2D plot, List<Rectangle2D> taken,
			List<Line2D> lines) {
		double gap = markerRadius + Math.max(2, h / 6);
		double d = gap * 0.75;
		double[][] corners = { { x + gap, y - h / 2 }, { x - gap - w, y - h / 2 }, { x - w / 2, y - gap - h },
				{ x - w / 2, y + gap }, { x + d, y - d - h }, { x + d, y + d }, { x - d - w, y - d - h },
				{ x - d - w, y + d } };
		Rectangle2D best = null;
		double bestCost = Double.POSITIVE_INFINITY;
		for (int i = 0; i < corners.length; i++) {
			Rectangle2D box = new Rectangle2D.Double(corners[i][0], corners[i][1], w, h);
			double cost = i * 0.01 * w * h;
			for (Rectangle2D t : taken) {
				cost += area(box.createIntersection(t));
			}
			for (Line2D line : lines) {
				if (line.intersects(box)) {
					cost += 0.2 * w * h;
				}
			}
			cost += 4 * (w * h - area(box.createIntersection(plot)));
			if (cost < bestCost) {
				bestCost = cost;
				best = box;
			}
		}
		return best;
	}

	private static double area(Rectangle2D r) {
		return r.getWidth() > 0 && r.getHeight() > 0 ? r.getWidth() * r.getHeight() : 0;
	}
}
