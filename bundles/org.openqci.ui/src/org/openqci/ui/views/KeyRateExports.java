/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.knowm.xchart.XYChart;
import org.openqci.charts.ChartExport;
import org.openqci.charts.ChartOptions;
import org.openqci.charts.KeyRateChartFactory;
import org.openqci.core.results.ResultCsvWriter;
import org.openqci.core.results.ResultSet;

/** The export actions of the key rate view: the chart as a PNG, the results as CSV. */
final class KeyRateExports {

	private final KeyRateView view;

	KeyRateExports(KeyRateView view) {
		this.view = view;
	}

	/** Asks for a file and writes the chart there as a PNG, at report size. */
	void exportPng() {
		ResultSet results = view.getResultSet();
		if (results == null) {
			return;
		}
		Path file = ask("png", "PNG images (*.png)", baseName(results) + ".png");
		if (file == null) {
			return;
		}
		ChartOptions options = view.getOptions().withSize(ChartOptions.DEFAULT_WIDTH, ChartOptions.DEFAULT_HEIGHT);
		XYChart chart = KeyRateChartFactory.create(results, options);
		try {
			ChartExport.writePng(chart, file);
		} catch (IOException | RuntimeException e) {
			error("Cannot export the chart", file, e);
		}
	}

	/** Asks for a file and writes the results there as CSV. */
	void exportCsv() {
		ResultSet results = view.getResultSet();
		if (results == null) {
			return;
		}
		Path file = ask("csv", "CSV files (*.csv)", baseName(results) + ".csv");
		if (file == null) {
			return;
		}
		try {
			ResultCsvWriter.write(results, file);
		} catch (IOException | RuntimeException e) {
			error("Cannot export the results", file, e);
		}
	}

	private Path ask(String extension, String filterName, String suggested) {
		FileDialog dialog = new FileDialog(shell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + extension, "*.*" });
		dialog.setFilterNames(new String[] { filterName, "All files" });
		dialog.setFileName(suggested);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path path = Path.of(chosen);
		if (!path.getFileName().toString().contains(".")) {
			path = path.resolveSibling(path.getFileName() + "." + extension);
		}
		return path;
	}

	private static String baseName(ResultSet results) {
		String name = results.provenance() == null ? null : results.provenance().experimentName();
		if (name == null || name.isBlank()) {
			return "key-rate";
		}
		String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
		return safe.isEmpty() ? "key-rate" : safe;
	}

	private void error(String title, Path file, Exception e) {
		MessageDialog.openError(shell(), title, file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
	}

	private Shell shell() {
		return view.getSite().getShell();
	}
}
