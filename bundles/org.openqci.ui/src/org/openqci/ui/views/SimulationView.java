/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.knowm.xchart.XYChart;
import org.openqci.charts.SimulationChartFactory;
import org.openqci.postprocessing.BlockResult;

/**
 * The "Link simulation" view: the blocks of a simulated link as they are distilled: the test
 * QBER and the final key rate over simulated time, and the error-correction efficiency f
 * against the QBER, with the totals above.
 */
public final class SimulationView extends ViewPart {

	/** The view id, as declared in {@code plugin.xml}. */
	public static final String ID = "org.openqci.ui.views.simulation";

	/** One distilled block. */
	private record Point(double endTime, double duration, BlockResult result) {
	}

	private final List<Point> points = new ArrayList<>();
	private Label summary;
	private ChartCanvas timeline;
	private ChartCanvas efficiency;
	private String link = "";

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		summary = new Label(parent, SWT.WRAP);
		summary.setText("Experiment > Simulate Link runs a decoy-BB84 link of the active experiment pulse by pulse");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(summary);
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		timeline = new ChartCanvas(sash, "No simulation yet");
		efficiency = new ChartCanvas(sash, "No simulation yet");
	}

	/** Starts showing a new simulation of the named link. */
	public void start(String linkName) {
		points.clear();
		link = linkName;
		redraw();
	}

	/** Adds a distilled block that ended at {@code endTime} and lasted {@code duration} seconds. */
	public void addBlock(double endTime, double duration, BlockResult result) {
		points.add(new Point(endTime, duration, result));
		redraw();
	}

	/** The blocks shown. */
	public List<BlockResult> blocks() {
		return points.stream().map(Point::result).toList();
	}

	/** The summary line. */
	public String summaryText() {
		return summary.getText();
	}

	/** The timeline chart drawn last, or {@code null}. */
	public XYChart timelineChart() {
		return timeline.chart();
	}

	private void redraw() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		int n = points.size();
		double[] time = new double[n];
		double[] qber = new double[n];
		double[] rate = new double[n];
		double[] keyQber = new double[n];
		double[] f = new double[n];
		long finalBits = 0;
		long sifted = 0;
		int failed = 0;
		for (int i = 0; i < n; i++) {
			Point p = points.get(i);
			BlockResult r = p.result();
			time[i] = p.endTime();
			qber[i] = r.testQber();
			rate[i] = r.finalBits() / p.duration();
			keyQber[i] = r.siftedBits() == 0 ? 0 : r.errorsCorrected() / (double) r.siftedBits();
			f[i] = r.efficiency();
			finalBits += r.finalBits();
			sifted += r.siftedBits();
			failed += r.finalBits() == 0 ? 1 : 0;
		}
		double end = n == 0 ? 0 : time[n - 1];
		summary.setText(n == 0 ? "Simulating " + link + "\u2026" : String.format(Locale.ROOT,
				"%s: %d blocks, %.3f s simulated, %d sifted bits, %d final bits (%.4g bit/s), %d blocks without key",
				link, n, end, sifted, finalBits, end > 0 ? finalBits / end : 0.0, failed));
		summary.getParent().layout(true);
		timeline.show(n == 0 ? null : (w, h) -> SimulationChartFactory.timeline(time, qber, rate, w, h));
		efficiency.show(n == 0 ? null : (w, h) -> SimulationChartFactory.efficiency(keyQber, f, w, h));
	}

	@Override
	public void setFocus() {
		timeline.control().setFocus();
	}
}
