/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import java.awt.image.BufferedImage;
import java.util.function.BiFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.knowm.xchart.XYChart;
import org.openqci.charts.ChartExport;

/**
 * A canvas that shows an XChart chart at its own size: the chart is built by a factory of the
 * width and height, rendered to an image and drawn; after a resize it is built again (after a
 * short delay, so that dragging a sash stays smooth). Without a chart it shows a hint.
 */
final class ChartCanvas {

	private static final int RESIZE_DELAY_MS = 120;

	private final Canvas canvas;
	private final String emptyText;
	private final Runnable rerender = this::render;
	private BiFunction<Integer, Integer, XYChart> factory;
	private XYChart chart;
	private Image image;

	ChartCanvas(Composite parent, String emptyText) {
		this.emptyText = emptyText;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> {
			if (factory != null) {
				canvas.getDisplay().timerExec(RESIZE_DELAY_MS, rerender);
			}
		});
		canvas.addDisposeListener(e -> {
			canvas.getDisplay().timerExec(-1, rerender);
			disposeImage();
		});
	}

	/** Shows the chart the factory builds for a width and height ({@code null}: the hint). */
	void show(BiFunction<Integer, Integer, XYChart> chartFactory) {
		this.factory = chartFactory;
		render();
	}

	/** The chart drawn last, or {@code null}. */
	XYChart chart() {
		return chart;
	}

	Canvas control() {
		return canvas;
	}

	private void render() {
		if (canvas.isDisposed()) {
			return;
		}
		canvas.getDisplay().timerExec(-1, rerender);
		disposeImage();
		chart = null;
		if (factory != null) {
			Point size = size();
			chart = factory.apply(size.x, size.y);
			BufferedImage rendered = ChartExport.toImage(chart, size.x, size.y);
			image = new Image(canvas.getDisplay(), ChartImages.toImageData(rendered));
		}
		canvas.redraw();
	}

	private Point size() {
		Rectangle area = canvas.getClientArea();
		return area.width < 50 || area.height < 50 ? new Point(800, 500) : new Point(area.width, area.height);
	}

	private void paint(GC gc) {
		if (image != null && !image.isDisposed()) {
			gc.drawImage(image, 0, 0);
			return;
		}
		Rectangle area = canvas.getClientArea();
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		Point extent = gc.textExtent(emptyText);
		gc.drawText(emptyText, Math.max(0, (area.width - extent.x) / 2), Math.max(0, (area.height - extent.y) / 2),
				true);
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}
