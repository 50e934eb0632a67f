/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.openqci.charts.PassTimelineChartFactory;
import org.openqci.core.orbit.Station;
import org.openqci.core.results.PassResult;
import org.openqci.core.results.PassResults;

/**
 * The "Satellite passes" view: one line per link and pass of the last run's pass analysis, with
 * start and end (UTC), duration, maximum elevation, the sky (night, twilight or day from the
 * Sun's elevation), secret key, detections and QBER; a summary
 * line above gives the key per day and per year for each link and station. Selecting a pass
 * shows it in the pass timeline view.
 */
public final class PassTableView extends ViewPart {

	/** The view id, as declared in {@code plugin.xml}. */
	public static final String ID = "org.openqci.ui.views.passes";

	/** The table's column headers. */
	static final List<String> HEADERS = List.of("Link", "Station", "Pass", "Start (UTC)", "End (UTC)", "Duration [s]",
			"Max. elevation [deg]", "Sky", "Secret key", "Detections", "QBER");

	private Label summary;
	private TableViewer viewer;
	private PassResults passes;

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(area);
		summary = new Label(area, SWT.WRAP);
		summary.setText("Run an experiment with satellite passes to see them here");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		List<Function<PassResult, String>> texts = List.of(PassResult::linkId, PassResult::station,
				p -> Integer.toString(p.number()), p -> time(p.start()), p -> time(p.end()),
				p -> Long.toString(p.duration().toSeconds()), p -> format("%.1f", p.maxElevationDeg()), PassResult::sky,
				p -> PassTimelineChartFactory.bits(p.secretBits()), p -> format("%.3g", p.detections()),
				p -> format("%.2f %%", 100 * p.qber()));
		for (int i = 0; i < HEADERS.size(); i++) {
			Function<PassResult, String> text = texts.get(i);
			TableViewerColumn column = new TableViewerColumn(viewer, i < 2 ? SWT.LEFT : SWT.RIGHT);
			column.getColumn().setText(HEADERS.get(i));
			column.getColumn().setWidth(i == 3 || i == 4 ? 150 : Math.max(70, 8 * HEADERS.get(i).length()));
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return text.apply((PassResult) element);
				}
			});
		}
		viewer.addSelectionChangedListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof PassResult pass) {
				PassTimelineView timeline = getSite().getPage().findView(PassTimelineView.ID) instanceof PassTimelineView v
						? v : null;
				if (timeline != null) {
					timeline.showPass(pass);
				}
			}
		});
	}

	/** Shows the passes of a run (or clears the view for {@code null}). */
	public void showPasses(PassResults newPasses) {
		passes = newPasses;
		viewer.setInput(newPasses == null ? List.of() : newPasses.passes());
		summary.setText(newPasses == null ? "The last run had no satellite passes" : summaryText(newPasses));
		summary.getParent().layout(true);
	}

	/** Selects a pass (for tests and commands); the timeline view follows. */
	public void select(PassResult pass) {
		viewer.setSelection(new StructuredSelection(pass), true);
	}

	/** The passes shown, or {@code null}. */
	public PassResults getPasses() {
		return passes;
	}

	/** The table widget (for tests). */
	public Table getTable() {
		return viewer.getTable();
	}

	/** The summary line's text (for tests). */
	public String getSummary() {
		return summary.getText();
	}

	static String summaryText(PassResults p) {
		List<String> parts = new ArrayList<>();
		List<String> links = p.passes().stream().map(PassResult::linkId).distinct().toList();
		for (String link : links) {
			for (Station s : p.stations()) {
				parts.add(link + " / " + s.name() + ": " + p.passes(link, s.name()).size() + " passes, "
						+ PassTimelineChartFactory.bits(p.bitsPerDay(link, s.name())) + " per day, "
						+ PassTimelineChartFactory.bits(p.bitsPerYear(link, s.name())) + " per year");
			}
		}
		String failures = p.failures().isEmpty() ? "" : "; " + p.failures().size() + " prediction failure(s): "
				+ p.failures().get(0).station() + ": " + p.failures().get(0).message();
		return p.satellite() + ", " + time(p.start()) + " to " + time(p.end()) + " UTC: " + String.join("; ", parts)
				+ failures;
	}

	private static String time(java.time.Instant t) {
		return t.toString().replace('T', ' ').replace("Z", "").replaceAll("\\.\\d+$", "");
	}

	private static String format(String pattern, double value) {
		return String.format(Locale.ROOT, pattern, value);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
