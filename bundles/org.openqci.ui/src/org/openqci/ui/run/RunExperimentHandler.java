/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.openqci.core.engine.RunOptions;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.results.PassResults;
import org.openqci.core.results.ResultSet;
import org.openqci.core.validation.Problem;
import org.openqci.model.Experiment;
import org.openqci.model.files.ExperimentFiles;
import org.openqci.network.experiment.NetworkReport;
import org.openqci.ui.ModelRegistryAccess;
import org.openqci.ui.UiIds;
import org.openqci.ui.editors.ExperimentEditor;
import org.openqci.ui.views.GroundTrackView;
import org.openqci.ui.views.KeyRateView;
import org.openqci.ui.views.KeyStockView;
import org.openqci.ui.views.NetworkMapView;
import org.openqci.ui.views.PassTableView;
import org.openqci.ui.views.PassTimelineView;
import org.openqci.ui.views.ResultsTableView;
import org.openqci.ui.views.ThroughputView;

/**
 * Runs the experiment of the active editor (command {@code org.openqci.ui.commands.run}): saves
 * nothing, validates, and either lists the errors or runs the engine in a background job and then
 * shows the key rates in the Key rate view and the Results table; an experiment with a network
 * runs the network instead and shows the Network map, Network throughput and Key pools views.
 */
public final class RunExperimentHandler extends AbstractHandler {

	/** How many problems the error dialog lists. */
	static final int LISTED_PROBLEMS = 8;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ExperimentEditor editor)) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		Experiment experiment = editor.getExperiment();
		if (experiment == null) {
			MessageDialog.openError(shell, "Run Experiment", "The experiment file could not be read:\n\n"
					+ editor.getLoadError());
			return null;
		}
		ModelRegistry registry = ModelRegistryAccess.find().orElse(null);
		if (registry == null) {
			MessageDialog.openError(shell, "Run Experiment",
					"No model registry is available, so no experiment can run. Check that the OpenQCI core bundle "
							+ "and Declarative Services (org.apache.felix.scr) are started.");
			return null;
		}
		List<Problem> errors = editor.validateNow().stream().filter(Problem::isError).toList();
		if (!errors.isEmpty()) {
			reportErrors(shell, HandlerUtil.getActiveWorkbenchWindow(event), experiment, errors);
			return null;
		}
		Experiment copy = EcoreUtil.copy(experiment);
		RunOptions options = new RunOptions(List.of(), pathText(editor.getPath()),
				editor.isDirty() ? "" : sha256(editor.getPath()));
		Display display = shell == null ? Display.getDefault() : shell.getDisplay();
		if (copy.getNetwork() != null) {
			new RunNetworkJob(copy, options, registry, report -> display.asyncExec(() -> showNetwork(report)))
					.schedule();
			return null;
		}
		new RunExperimentJob(copy, options, registry, results -> display.asyncExec(() -> show(results))).schedule();
		return null;
	}

	private static void reportErrors(Shell shell, IWorkbenchWindow window, Experiment experiment,
			List<Problem> errors) {
		StringBuilder text = new StringBuilder();
		text.append("'").append(experiment.getName()).append("' has ").append(errors.size())
				.append(errors.size() == 1 ? " error" : " errors").append(" and cannot run:\n\n");
		errors.stream().limit(LISTED_PROBLEMS).forEach(p -> text.append("\u2022 ").append(p).append('\n'));
		if (errors.size() > LISTED_PROBLEMS) {
			text.append("\u2022 \u2026 and ").append(errors.size() - LISTED_PROBLEMS).append(" more\n");
		}
		text.append("\nThe Problems view lists all of them; double-click one to go to it.");
		if (window != null && window.getActivePage() != null) {
			try {
				window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				ILog.of(RunExperimentHandler.class).log(e.getStatus());
			}
		}
		MessageDialog.openError(shell, "Cannot run the experiment", text.toString());
	}

	/**
	 * Shows a network run: the map, the throughput table, the key pools if simulated, and the
	 * network links' results in the Results table (and their passes).
	 */
	static void showNetwork(NetworkReport report) {
		IWorkbenchWindow window = window();
		if (window == null) {
			return;
		}
		IWorkbenchPage page = window.getActivePage();
		try {
			((ResultsTableView) page.showView(UiIds.RESULTS_VIEW, null, IWorkbenchPage.VIEW_CREATE))
					.showResults(report.evaluated().linkResults());
			showPasses(page, report.evaluated().linkResults().passes());
			((ThroughputView) page.showView(UiIds.THROUGHPUT_VIEW, null, IWorkbenchPage.VIEW_VISIBLE))
					.showReport(report);
			if (report.pools() != null) {
				((KeyStockView) page.showView(UiIds.KEY_STOCK_VIEW, null, IWorkbenchPage.VIEW_CREATE))
						.showPools(report.pools());
			} else if (page.findView(UiIds.KEY_STOCK_VIEW) instanceof KeyStockView stock) {
				stock.showPools(null);
			}
			((NetworkMapView) page.showView(UiIds.NETWORK_MAP_VIEW, null, IWorkbenchPage.VIEW_VISIBLE))
					.showReport(report);
		} catch (PartInitException e) {
			ILog.of(RunExperimentHandler.class).log(e.getStatus());
		}
	}

	private static IWorkbenchWindow window() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window == null || window.getActivePage() == null ? null : window;
	}

	/** Shows {@code results} in the Key rate view and the Results table of the active (or first) workbench window. */
	static void show(ResultSet results) {
		IWorkbenchWindow window = window();
		if (window == null) {
			return;
		}
		try {
			ResultsTableView table = (ResultsTableView) window.getActivePage().showView(UiIds.RESULTS_VIEW, null,
					IWorkbenchPage.VIEW_CREATE);
			table.showResults(results);
			KeyRateView view = (KeyRateView) window.getActivePage().showView(UiIds.KEY_RATE_VIEW, null,
					IWorkbenchPage.VIEW_VISIBLE);
			view.showResults(results);
			showPasses(window.getActivePage(), results.passes());
		} catch (PartInitException e) {
			ILog.of(RunExperimentHandler.class).log(e.getStatus());
		}
	}

	/**
	 * Shows the passes of a run in the pass table, timeline (the first link's pass with the most key) and
	 * ground-track views; without passes, clears the views that are open and opens none.
	 */
	private static void showPasses(IWorkbenchPage page, PassResults passes) throws PartInitException {
		if (passes == null) {
			if (page.findView(UiIds.PASSES_VIEW) instanceof PassTableView table) {
				table.showPasses(null);
			}
			if (page.findView(UiIds.PASS_TIMELINE_VIEW) instanceof PassTimelineView timeline) {
				timeline.showPass(null);
			}
			if (page.findView(UiIds.GROUND_TRACK_VIEW) instanceof GroundTrackView track) {
				track.showPasses(null);
			}
			return;
		}
		((GroundTrackView) page.showView(UiIds.GROUND_TRACK_VIEW, null, IWorkbenchPage.VIEW_CREATE)).showPasses(passes);
		PassTimelineView timeline = (PassTimelineView) page.showView(UiIds.PASS_TIMELINE_VIEW, null,
				IWorkbenchPage.VIEW_VISIBLE);
		timeline.showPass(passes.bestPassOfFirstLink());
		((PassTableView) page.showView(UiIds.PASSES_VIEW, null, IWorkbenchPage.VIEW_VISIBLE)).showPasses(passes);
	}

	private static String pathText(Path path) {
		return path == null ? "" : path.toString();
	}

	private static String sha256(Path path) {
		if (path == null) {
			return "";
		}
		try {
			return ExperimentFiles.sha256(path);
		} catch (IOException e) {
			return "";
		}
	}
}
