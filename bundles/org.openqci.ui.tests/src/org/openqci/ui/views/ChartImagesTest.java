/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

/** The conversion of rendered charts into SWT image data keeps every pixel's colour. */
class ChartImagesTest {

	@Test
	void pixelsKeepTheirColours() {
		BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0xFF0000);
		image.setRGB(1, 0, 0x00FF00);
		image.setRGB(2, 0, 0x0000FF);
		image.setRGB(0, 1, 0x123456);
		image.setRGB(1, 1, 0xFFFFFF);
		image.setRGB(2, 1, 0x000000);
		ImageData data = ChartImages.toImageData(image);
		assertEquals(3, data.width);
		assertEquals(2, data.height);
		assertEquals(new RGB(255, 0, 0), data.palette.getRGB(data.getPixel(0, 0)));
		assertEquals(new RGB(0, 255, 0), data.palette.getRGB(data.getPixel(1, 0)));
		assertEquals(new RGB(0, 0, 255), data.palette.getRGB(data.getPixel(2, 0)));
		assertEquals(new RGB(0x12, 0x34, 0x56), data.palette.getRGB(data.getPixel(0, 1)));
		assertEquals(new RGB(255, 255, 255), data.palette.getRGB(data.getPixel(1, 1)));
		assertEquals(new RGB(0, 0, 0), data.palette.getRGB(data.getPixel(2, 1)));
	}
}
