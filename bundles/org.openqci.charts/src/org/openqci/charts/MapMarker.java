/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.knowm.xchart.style.markers.Marker;

/**
 * A filled map marker with a thin white edge, so that it stands out on the lines below it, at a
 * fraction of the chart's marker size (XChart has one marker size per chart).
 */
final class MapMarker extends Marker {

	/** The outline of a marker. */
	enum Form {
		CIRCLE, SQUARE, TRIANGLE, DIAMOND, CROSS
	}

	private final Form shape;
	private final double factor;

	MapMarker(Form shape, double factor) {
		this.shape = shape;
		this.factor = factor;
	}

	@Override
	public void paint(Graphics2D g, double x, double y, int markerSize) {
		double s = markerSize * factor;
		double h = s / 2;
		Shape outline = switch (shape) {
			case CIRCLE -> new Ellipse2D.Double(x - h, y - h, s, s);
			case SQUARE -> new Rectangle2D.Double(x - h, y - h, s, s);
			case TRIANGLE -> polygon(x, y - h * 1.15, x + h * 1.1, y + h * 0.8, x - h * 1.1, y + h * 0.8);
			case DIAMOND -> polygon(x, y - h * 1.2, x + h * 0.9, y, x, y + h * 1.2, x - h * 0.9, y);
			case CROSS -> cross(x, y, h);
		};
		Color fill = g.getColor();
		g.fill(outline);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke((float) Math.max(1.0, markerSize / 10.0)));
		g.draw(outline);
		g.setColor(fill);
	}

	private static Shape polygon(double... xy) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(xy[0], xy[1]);
		for (int i = 2; i < xy.length; i += 2) {
			path.lineTo(xy[i], xy[i + 1]);
		}
		path.closePath();
		return path;
	}

	private static Shape cross(double x, double y, double h) {
		double t = h / 3;
		return polygon(x - t, y - h, x + t, y - h, x + t, y - t, x + h, y - t, x + h, y + t, x + t, y + t, x + t, y + h,
				x - t, y + h, x - t, y + t, x - h, y + t, x - h, y - t, x - t, y - t);
	}
}
