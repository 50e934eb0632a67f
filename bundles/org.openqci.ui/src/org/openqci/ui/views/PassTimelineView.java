/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.knowm.xchart.XYChart;
import org.openqci.charts.PassTimelineChartFactory;
import org.openqci.core.results.PassResult;

/**
 * The "Pass timeline" view: one satellite pass of one link over time: elevation, channel loss,
 * detection rate and the finite key collected so far. It shows the pass selected in the
 * satellite passes view, and after a run the pass with the most key.
 */
public final class PassTimelineView extends ViewPart {

	/** The view id, as declared in {@code plugin.xml}. */
	public static final String ID = "org.openqci.ui.views.passtimeline";

	private ChartCanvas canvas;
	private PassResult pass;

	@Override
	public void createPartControl(Composite parent) {
		canvas = new ChartCanvas(parent, "Select a pass in the satellite passes view");
	}

	/** Shows a pass ({@code null}: none). */
	public void showPass(PassResult newPass) {
		pass = newPass;
		canvas.show(newPass == null ? null : (w, h) -> PassTimelineChartFactory.create(newPass, w, h));
	}

	/** The pass shown, or {@code null}. */
	public PassResult getPass() {
		return pass;
	}

	/** The chart drawn last, or {@code null}. */
	public XYChart getChart() {
		return canvas.chart();
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}
}
