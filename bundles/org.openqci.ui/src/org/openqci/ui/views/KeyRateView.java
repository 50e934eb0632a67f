/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.knowm.xchart.XYChart;
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

	private ChartCanvas canvas;
	private ResultSet results;
	private ChartOptions options = ChartOptions.defaults();
	private IAction perSecond;
	private IAction plob;
	private IAction tgw;
	private IAction exportPng;
	private IAction exportCsv;

	@Override
	public void createPartControl(Composite parent) {
		canvas = new ChartCanvas(parent, EMPTY_TEXT);
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
		return canvas.chart();
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

	/** Builds the chart for the current results and options at the canvas's size. */
	private void render() {
		if (canvas == null || canvas.control().isDisposed()) {
			return;
		}
		ResultSet shown = results;
		ChartOptions chosen = options;
		canvas.show(shown == null ? null : (w, h) -> KeyRateChartFactory.create(shown, chosen.withSize(w, h)));
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}
}
