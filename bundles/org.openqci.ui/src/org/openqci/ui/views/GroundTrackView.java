/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import java.time.Duration;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.knowm.xchart.XYChart;
import org.openqci.charts.GroundTrackChartFactory;
import org.openqci.core.results.PassResults;

/**
 * The "Ground track" view: the satellite's ground track over the first day of the last run's pass
 * analysis on a world map, with the ground stations marked.
 */
public final class GroundTrackView extends ViewPart {

	/** The view id, as declared in {@code plugin.xml}. */
	public static final String ID = "org.openqci.ui.views.groundtrack";

	/** How much of the track is drawn: more than a day of a LEO orbit's tracks fills the map. */
	static final Duration SPAN = Duration.ofDays(1);

	private ChartCanvas canvas;
	private PassResults passes;

	@Override
	public void createPartControl(Composite parent) {
		canvas = new ChartCanvas(parent, "Run an experiment with satellite passes to see the ground track");
	}

	/** Shows the ground track of a run ({@code null}: none). */
	public void showPasses(PassResults newPasses) {
		passes = newPasses;
		canvas.show(newPasses == null ? null : (w, h) -> GroundTrackChartFactory.create(newPasses, SPAN, w, h));
	}

	/** The passes whose track is shown, or {@code null}. */
	public PassResults getPasses() {
		return passes;
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
