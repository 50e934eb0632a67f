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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.openqci.charts.PassTimelineChartFactory;
import org.openqci.network.Demand;
import org.openqci.network.Network;
import org.openqci.network.Throughput;
import org.openqci.network.ThroughputChange;
import org.openqci.network.experiment.NetworkReport;
import org.openqci.network.pools.DemandStats;

/**
 * The "Network throughput" view: one line per demand of the last network run, with the
 * requested and delivered key rates, the key per day, whether the demand is met, its bottleneck
 * links and, with key pools, the requests served and refused and the relay latency. A choice
 * above the table takes a node or link out of the network (what-if) and shows each demand's rate
 * without it. Selecting a demand highlights its bottleneck on the Network map.
 */
public final class ThroughputView extends ViewPart {

	/** The view id, as declared in {@code plugin.xml}. */
	public static final String ID = "org.openqci.ui.views.throughput";

	/** The what-if choice that removes nothing. */
	static final String NOTHING_REMOVED = "(nothing removed)";

	/** The table's column headers. */
	static final List<String> HEADERS = List.of("Demand", "From", "To", "Requested [bit/s]", "Throughput [bit/s]",
			"Key per day", "Met", "Bottleneck", "Without removed [bit/s]", "Change [bit/s]", "Requests served",
			"Refused", "Latency p95 [s]");

	/** One line of the table. */
	record Row(String demand, Throughput throughput, double requested, ThroughputChange change, DemandStats pools) {
	}

	private Label summary;
	private Combo without;
	private TableViewer viewer;
	private NetworkReport report;

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(area);
		summary = new Label(area, SWT.WRAP);
		summary.setText("Run an experiment with a network to see the key each demand gets");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		new Label(area, SWT.NONE).setText("What if without:");
		without = new Combo(area, SWT.READ_ONLY);
		without.setItems(NOTHING_REMOVED);
		without.select(0);
		without.addListener(SWT.Selection, e -> refresh());
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(without);
		viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(table);
		List<Function<Row, String>> texts = List.of(Row::demand, r -> r.throughput().from(), r -> r.throughput().to(),
				r -> rate(r.requested()), r -> rate(r.throughput().bitsPerSecond()),
				r -> PassTimelineChartFactory.bits(r.throughput().keyPerDay()),
				r -> Double.isNaN(r.requested()) ? "" : r.throughput().bitsPerSecond() >= r.requested() ? "yes" : "no",
				r -> String.join(" ", r.throughput().bottlenecks()),
				r -> r.change() == null ? "" : rate(r.change().after().bitsPerSecond()),
				r -> r.change() == null ? "" : rate(r.change().difference()),
				r -> r.pools() == null ? "" : Long.toString(r.pools().served()),
				r -> r.pools() == null ? "" : Long.toString(r.pools().refused()),
				r -> r.pools() == null || r.pools().served() == 0 ? "" : String.format(Locale.ROOT, "%.3g",
						r.pools().latencyP95()));
		for (int i = 0; i < HEADERS.size(); i++) {
			Function<Row, String> text = texts.get(i);
			TableViewerColumn column = new TableViewerColumn(viewer, i < 3 || i == 7 ? SWT.LEFT : SWT.RIGHT);
			column.getColumn().setText(HEADERS.get(i));
			column.getColumn().setWidth(i == 7 ? 220 : Math.max(70, 7 * HEADERS.get(i).length()));
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return text.apply((Row) element);
				}
			});
		}
		viewer.addSelectionChangedListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof Row row && getSite().getPage().findView(NetworkMapView.ID) instanceof NetworkMapView map) {
				map.highlight(row.throughput());
			}
		});
	}

	/** Shows a network run (or clears the view for {@code null}). */
	public void showReport(NetworkReport newReport) {
		report = newReport;
		List<String> choices = new ArrayList<>(List.of(NOTHING_REMOVED));
		if (newReport != null) {
			choices.addAll(newReport.whatIf().keySet());
		}
		without.setItems(choices.toArray(String[]::new));
		without.select(0);
		refresh();
	}

	/** Takes an element out of the network for the what-if columns ({@code null}: nothing). */
	public void setWithout(String elementId) {
		int index = elementId == null ? 0 : List.of(without.getItems()).indexOf(elementId);
		without.select(Math.max(0, index));
		refresh();
	}

	private void refresh() {
		if (report == null) {
			viewer.setInput(List.of());
			summary.setText("The last run had no network");
			summary.getParent().layout(true);
			return;
		}
		String removed = without.getSelectionIndex() <= 0 ? null : without.getItem(without.getSelectionIndex());
		List<ThroughputChange> changes = removed == null ? null : report.whatIf().get(removed);
		Network network = report.evaluated().network();
		List<Row> rows = new ArrayList<>();
		int met = 0;
		for (int i = 0; i < report.throughputs().size(); i++) {
			Throughput t = report.throughputs().get(i);
			Demand demand = report.demandOf(i);
			if (demand != null && demand.isMetBy(t.bitsPerSecond())) {
				met++;
			}
			rows.add(new Row(demand == null ? t.from() + "-" + t.to() : demand.id(), t,
					demand == null ? Double.NaN : demand.requested(), changes == null ? null : changes.get(i),
					demand == null || report.pools() == null ? null : report.pools().demand(demand.id())));
		}
		viewer.setInput(rows);
		summary.setText(network.nodes().size() + " nodes, " + network.links().size() + " links, routing "
				+ report.evaluated().routing() + ": " + met + " of " + network.demands().size()
				+ " demands met, each alone" + (report.pools() == null ? ""
						: "; key pools over " + format(report.evaluated().pools().durationSeconds() / 86400) + " days"));
		summary.getParent().layout(true);
	}

	/** Selects the line of the demand at {@code index} (for tests and commands); the map follows. */
	public void select(int index) {
		Object row = viewer.getElementAt(index);
		if (row != null) {
			viewer.setSelection(new StructuredSelection(row), true);
		}
	}

	/** The report shown, or {@code null}. */
	public NetworkReport getReport() {
		return report;
	}

	/** The table widget (for tests). */
	public Table getTable() {
		return viewer.getTable();
	}

	/** The summary line's text (for tests). */
	public String getSummary() {
		return summary.getText();
	}

	private static String rate(double v) {
		return Double.isNaN(v) ? "" : v == 0 ? "0" : String.format(Locale.ROOT, "%.4g", v);
	}

	private static String format(double v) {
		return String.format(Locale.ROOT, "%.3g", v);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
