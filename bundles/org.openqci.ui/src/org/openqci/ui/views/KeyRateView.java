/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import java.awt.image.BufferedImage;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;
import org.knowm.xchart.XYChart;
import org.openqci.charts.ChartExport;
import org.openqci.charts.ChartOptions;
import org.openqci.charts.ChartOptions.RateUnit;
import org.openqci.charts.KeyRateChartFactory;
import org.openqci.core.results.ResultSet;

/**
 * The "Key rate vs distance" view: the chart of the last run, drawn by XChart into an image at
 * the view's size and re-rendered when the view is resized or an option changes. The tool bar
 * switches the rate unit and the PLOB/TGW overlays, and exports the chart (PNG) or the results
 * (CSV).
 */
public final class KeyRateView extends ViewPart {

	/** The view id, as declared in {@code plugin.xml}. */
	public static final String ID = "org.openqci.ui.views.keyrate";

	/** Shown while there are no results. */
	static final String EMPTY_TEXT = "Open an experiment and press Run";

	private static final int RESIZE_DELAY_MS = 120;

	private Canvas canvas;
	private ResultSet results;
	private XYChart chart;
	private Image image;
	private ChartOptions options = ChartOptions.defaults();
	private final Runnable rerender = this::render;
	private IAction perSecond;
	private IAction plob;
	private IAction tgw;
	private IAction exportPng;
	private IAction exportCsv;

	@Override
	public void createPartControl(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> {
			if (results != null) {
				Display display = canvas.getDisplay();
				display.timerExec(RESIZE_DELAY_MS, rerender);
			}
		});
		canvas.addDisposeListener(e -> disposeImage());
		createActions();
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(perSecond);
		toolBar.add(plob);
		toolBar.add(tgw);
		toolBar.add(new Separator());
		toolBar.add(exportPng);
		toolBar.add(exportCsv);
		updateActions();
	}

	private void createActions() {
		perSecond = toggle("bit/s", "Show the key rate in bit/s instead of bit/pulse",
				options.rateUnit() == RateUnit.BIT_PER_SECOND,
				on -> options = options.withRateUnit(on ? RateUnit.BIT_PER_SECOND : RateUnit.BIT_PER_PULSE));
		plob = toggle("PLOB", "Show the PLOB bound (repeaterless secret key capacity)", options.showPlob(),
				on -> options = options.withPlob(on));
		tgw = toggle("TGW", "Show the TGW bound", options.showTgw(), on -> options = options.withTgw(on));
		KeyRateExports exports = new KeyRateExports(this);
		exportPng = new Action("PNG\u2026") {
			@Override
			public void run() {
				exports.exportPng();
			}
		};
		exportPng.setToolTipText("Export the chart as a PNG image");
		exportCsv = new Action("CSV\u2026") {
			@Override
			public void run() {
				exports.exportCsv();
			}
		};
		exportCsv.setToolTipText("Export the results as CSV");
	}

	private IAction toggle(String text, String tooltip, boolean checked,
			java.util.function.Consumer<Boolean> change) {
		Action action = new Action(text, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				change.accept(isChecked());
				render();
			}
		};
		action.setToolTipText(tooltip);
		action.setChecked(checked);
		return action;
	}

	private void updateActions() {
		boolean any = results != null;
		exportPng.setEnabled(any);
		exportCsv.setEnabled(any);
	}

	/** Shows {@code newResults} (replacing what was shown) and renders the chart. */
	public void showResults(ResultSet newResults) {
		this.results = newResults;
		render();
		updateActions();
	}

	/** The results shown, or {@code null}. */
	public ResultSet getResultSet() {
		return results;
	}

	/** The chart last drawn, or {@code null} when there are no results. */
	public XYChart getChart() {
		return chart;
	}

	/** The chart options in use (unit, overlays; the size is the view's). */
	public ChartOptions getOptions() {
		return options;
	}

	/** Changes the chart options (for tests and commands) and re-renders. */
	public void setOptions(ChartOptions newOptions) {
		this.options = newOptions;
		perSecond.setChecked(newOptions.rateUnit() == RateUnit.BIT_PER_SECOND);
		plob.setChecked(newOptions.showPlob());
		tgw.setChecked(newOptions.showTgw());
		render();
	}

	/** Builds the chart for the current results, options and size, and its image. */
	private void render() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		canvas.getDisplay().timerExec(-1, rerender);
		disposeImage();
		if (results == null) {
			chart = null;
			canvas.redraw();
			return;
		}
		Point size = size();
		chart = KeyRateChartFactory.create(results, options.withSize(size.x, size.y));
		BufferedImage rendered = ChartExport.toImage(chart, size.x, size.y);
		image = new Image(canvas.getDisplay(), ChartImages.toImageData(rendered));
		canvas.redraw();
	}

	/** The canvas size, or a default while the view is not laid out yet. */
	private Point size() {
		Rectangle area = canvas.getClientArea();
		if (area.width < 50 || area.height < 50) {
			return new Point(800, 500);
		}
		return new Point(area.width, area.height);
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		if (image != null && !image.isDisposed()) {
			gc.drawImage(image, 0, 0);
			return;
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		Point extent = gc.textExtent(EMPTY_TEXT);
		gc.drawText(EMPTY_TEXT, Math.max(0, (area.width - extent.x) / 2), Math.max(0, (area.height - extent.y) / 2),
				true);
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.getDisplay().timerExec(-1, rerender);
		}
		disposeImage();
		super.dispose();
	}
}
