/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;
import org.openqci.core.results.ResultRow;
import org.openqci.core.results.ResultSet;

/**
 * The "Results table" view: the rows of the last run for one link at a time, one line per sweep
 * point, with the key rate, QBER, the PLOB bound, the value the optimiser chose for every free
 * parameter and the protocol's details (bounds, phase error, block quantities). The combo above
 * the table selects the link; the columns are the ones that link has.
 */
public final class ResultsTableView extends ViewPart {

	/** The view id, as declared in {@code plugin.xml}. */
	public static final String ID = "org.openqci.ui.views.results";

	private Combo linkCombo;
	private TableViewer viewer;
	private ResultSet results;
	private final List<String> linkIds = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(area);
		new Label(area, SWT.NONE).setText("Link:");
		linkCombo = new Combo(area, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(linkCombo);
		linkCombo.addListener(SWT.Selection, e -> showLink());
		viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
		linkCombo.setItems("Open an experiment and press Run");
		linkCombo.select(0);
		linkCombo.setEnabled(false);
	}

	/** Shows {@code newResults}, keeping the selected link if the new results have it. */
	public void showResults(ResultSet newResults) {
		String previous = selectedLinkId();
		results = newResults;
		linkIds.clear();
		List<String> names = new ArrayList<>();
		newResults.rowsByLink().forEach((id, rows) -> {
			linkIds.add(id);
			String name = rows.get(0).linkName();
			names.add((name == null || name.isBlank() ? id : name) + "  (" + rows.get(0).protocolId() + ")");
		});
		linkCombo.setItems(names.toArray(String[]::new));
		linkCombo.setEnabled(!linkIds.isEmpty());
		int index = previous == null ? 0 : Math.max(0, linkIds.indexOf(previous));
		if (!linkIds.isEmpty()) {
			linkCombo.select(index);
		}
		showLink();
	}

	/** The results shown, or {@code null}. */
	public ResultSet getResultSet() {
		return results;
	}

	/** The id of the link whose rows are shown, or {@code null}. */
	public String selectedLinkId() {
		int i = linkCombo == null || linkCombo.isDisposed() ? -1 : linkCombo.getSelectionIndex();
		return i >= 0 && i < linkIds.size() ? linkIds.get(i) : null;
	}

	/** Selects the link with this id (for tests and commands). */
	public void selectLink(String linkId) {
		int i = linkIds.indexOf(linkId);
		if (i >= 0) {
			linkCombo.select(i);
			showLink();
		}
	}

	/** The headers of the table's columns, in order. */
	public List<String> columnHeaders() {
		List<String> headers = new ArrayList<>();
		for (TableColumn column : viewer.getTable().getColumns()) {
			headers.add(column.getText());
		}
		return headers;
	}

	/** The table widget (for tests). */
	public Table getTable() {
		return viewer.getTable();
	}

	private void showLink() {
		String linkId = selectedLinkId();
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			List<ResultRow> rows = linkId == null ? List.of() : results.rowsByLink().get(linkId);
			for (ResultsTableColumns.Column c : ResultsTableColumns.of(results, rows)) {
				TableViewerColumn column = new TableViewerColumn(viewer, SWT.RIGHT);
				column.getColumn().setText(c.header());
				column.getColumn().setToolTipText(c.tooltip());
				column.getColumn().setWidth(Math.max(80, 9 * c.header().length()));
				column.setLabelProvider(new ColumnLabelProvider() {
					@Override
					public String getText(Object element) {
						return c.text((ResultRow) element);
					}
				});
			}
			viewer.setInput(rows);
		} finally {
			table.setRedraw(true);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
