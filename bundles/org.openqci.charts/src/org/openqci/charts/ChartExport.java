/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.openqci.model.files.AtomicFileWriter;

/**
 * Renders charts to AWT images and PNG files. Works without a display
 * ({@code -Djava.awt.headless=true}). PNG files are written with {@link AtomicFileWriter}, so a failed
 * export never leaves a partial file behind.
 */
public final class ChartExport {

	private ChartExport() {
	}

	/**
	 * Writes the chart as a PNG of its own size.
	 *
	 * @param chart the chart
	 * @param file  the PNG file to create or replace; its directory must exist
	 * @throws IOException if the file cannot be written (the previous file, if any, is untouched)
	 */
	public static void writePng(XYChart chart, Path file) throws IOException {
		Objects.requireNonNull(chart, "chart");
		BufferedImage image = toImage(chart, chart.getWidth(), chart.getHeight());
		AtomicFileWriter.write(file, out -> {
			if (!ImageIO.write(image, "png", out)) {
				throw new IOException("no PNG writer available");
			}
		});
	}

	/**
	 * Renders the chart into a new RGB image of the given size. The chart keeps that size
	 * afterwards (XChart lays a chart out for the size it is painted at).
	 *
	 * @param chart  the chart
	 * @param width  width in pixels (positive)
	 * @param height height in pixels (positive)
	 */
	public static BufferedImage toImage(XYChart chart, int width, int height) {
		Objects.requireNonNull(chart, "chart");
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException("image size must be positive, was " + width + "x" + height);
		}
		if (width == chart.getWidth() && height == chart.getHeight()) {
			return BitmapEncoder.getBufferedImage(chart);
		}
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			chart.paint(g, width, height);
		} finally {
			g.dispose();
		}
		return image;
	}
}
