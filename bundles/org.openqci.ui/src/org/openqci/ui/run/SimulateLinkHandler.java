/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.model.Experiment;
import org.openqci.postprocessing.BlockResult;
import org.openqci.ui.ModelRegistryAccess;
import org.openqci.ui.editors.ExperimentEditor;
import org.openqci.ui.views.SimulationView;

/**
 * Simulates the active experiment's decoy-BB84 link (command {@code org.openqci.ui.commands.simulate},
 * optional parameter {@value #SECONDS}: the simulated seconds, asked for when absent) in a
 * background job and shows its blocks in the Link simulation view as they are distilled.
 */
public final class SimulateLinkHandler extends AbstractHandler {

	/** The command's parameter: simulated seconds. */
	public static final String SECONDS = "org.openqci.ui.commands.simulate.seconds";

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ExperimentEditor editor)) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		Experiment experiment = editor.getExperiment();
		ModelRegistry registry = ModelRegistryAccess.find().orElse(null);
		if (experiment == null || registry == null) {
			MessageDialog.openError(shell, "Simulate Link", experiment == null
					? "The experiment file could not be read:\n\n" + editor.getLoadError()
					: "No model registry is available.");
			return null;
		}
		String given = event.getParameter(SECONDS);
		if (given == null) {
			InputDialog ask = new InputDialog(shell, "Simulate Link", "Simulated seconds (the link's first "
					+ "decoy-BB84 link, in blocks of its protocol's block size n_X):", "1", text -> {
						try {
							return Double.parseDouble(text) > 0 ? null : "a positive number of seconds";
						} catch (NumberFormatException e) {
							return "a positive number of seconds";
						}
					});
			if (ask.open() != Window.OK) {
				return null;
			}
			given = ask.getValue();
		}
		double seconds = Double.parseDouble(given);
		SimulationView view = showView(HandlerUtil.getActiveWorkbenchWindow(event));
		if (view == null) {
			return null;
		}
		Display display = shell == null ? Display.getDefault() : shell.getDisplay();
		new SimulateLinkJob(EcoreUtil.copy(experiment), registry, seconds, new SimulateLinkJob.Listener() {
			@Override
			public void started(String linkName) {
				display.asyncExec(() -> view.start(linkName));
			}

			@Override
			public void block(double endTime, double duration, BlockResult result) {
				display.asyncExec(() -> view.addBlock(endTime, duration, result));
			}
		}).schedule();
		return null;
	}

	private static SimulationView showView(IWorkbenchWindow window) {
		try {
			return (SimulationView) window.getActivePage().showView(SimulationView.ID, null,
					IWorkbenchPage.VIEW_ACTIVATE);
		} catch (PartInitException e) {
			ILog.of(SimulateLinkHandler.class).log(e.getStatus());
			return null;
		}
	}
}
