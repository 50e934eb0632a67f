/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.openqci.charts.ChartExport;
import org.openqci.charts.ChartOptions;
import org.openqci.charts.KeyRateChartFactory;

/** Checks PNG export and rendering to images. */
class ChartExportTest {

	@TempDir
	Path dir;

	@Test
	void pngIsWrittenDecodableAndOfTheChartsSize() throws IOException {
		XYChart chart = KeyRateChartFactory.create(KeyRateChartFactoryTest.oneAxis(0.21),
				ChartOptions.defaults().withTgw(true));
		Path png = dir.resolve("keyrate.png");
		ChartExport.writePng(chart, png);
		BufferedImage image = ImageIO.read(png.toFile());
		assertNotNull(image, "not a readable PNG");
		assertEquals(1200, image.getWidth());
		assertEquals(800, image.getHeight());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(png), files.toList(), "no temporary file may be left behind");
		}
	}

	@Test
	void pngReplacesAnExistingFile() throws IOException {
		Path png = dir.resolve("keyrate.png");
		Files.writeString(png, "old");
		ChartExport.writePng(KeyRateChartFactory.create(KeyRateChartFactoryTest.oneAxis(0.21),
				ChartOptions.defaults().withSize(640, 480)), png);
		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(640, image.getWidth());
		assertEquals(480, image.getHeight());
	}

	@Test
	void imageOfAnotherSizeIsDrawn() {
		XYChart chart = KeyRateChartFactory.create(KeyRateChartFactoryTest.oneAxis(0.21), ChartOptions.defaults());
		BufferedImage image = ChartExport.toImage(chart, 500, 300);
		assertEquals(500, image.getWidth());
		assertEquals(300, image.getHeight());
		// something was painted: not a uniform image
		int corner = image.getRGB(0, 0);
		boolean varied = false;
		for (int x = 0; x < image.getWidth() && !varied; x += 7) {
			for (int y = 0; y < image.getHeight() && !varied; y += 7) {
				varied = image.getRGB(x, y) != corner;
			}
		}
		assertTrue(varied, "the image is blank");
	}
}
