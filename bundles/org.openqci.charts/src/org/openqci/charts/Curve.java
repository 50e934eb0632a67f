/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.BasicStroke;
import java.awt.Color;

/** One curve to draw, before it is cut into drawable runs; overlays are bounds, not key rates. */
record Curve(String name, double[] x, double[] y, Color color, BasicStroke stroke, boolean overlay) {
}
