/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Key-rate charts of a {@link org.openqci.core.results.ResultSet} drawn with XChart, and their
 * export to PNG or to an AWT image. UI-free: the workbench copies the image into SWT, the headless
 * runner writes the PNG.
 *
 * @since 0.1
 */
package org.openqci.charts;
