/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
import org.openqci.postprocessing.ErrorCorrection;
import org.openqci.sim.ErrorCorrections;
import org.openqci.ui.ModelRegistryAccess;
import org.openqci.ui.editors.ExperimentEditor;
import org.openqci.ui.views.SimulationView;

/**
 * Simulates the active experiment's decoy-BB84 link (command {@code org.openqci.ui.commands.simulate},
 * optional parameters {@value #SECONDS}, the simulated seconds, and {@value #CORRECTION}, the id of
 * a registered error correction; both are asked for when the seconds are absent) in a background
 * job and shows its blocks in the Link simulation view as they are distilled.
 */
public final class SimulateLinkHandler extends AbstractHandler {

	/** The command's parameter: simulated seconds. */
	public static final String SECONDS = "org.openqci.ui.commands.simulate.seconds";

	/** The command's parameter: the error correction's id (default {@value ErrorCorrections#DEFAULT_ID}). */
	public static final String CORRECTION = "org.openqci.ui.commands.simulate.correction";

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
		double seconds;
		ErrorCorrection correction;
		if (given == null) {
			SimulateLinkDialog ask = new SimulateLinkDialog(shell, ErrorCorrections.available(),
					ErrorCorrections.DEFAULT_ID);
			if (ask.open() != Window.OK) {
				return null;
			}
			seconds = ask.seconds();
			correction = ask.correction();
		} else {
			seconds = Double.parseDouble(given);
			String id = event.getParameter(CORRECTION);
			try {
				correction = ErrorCorrections.find(id == null ? ErrorCorrections.DEFAULT_ID : id);
			} catch (IllegalArgumentException e) {
				MessageDialog.openError(shell, "Simulate Link", e.getMessage());
				return null;
			}
		}
		SimulationView view = showView(HandlerUtil.getActiveWorkbenchWindow(event));
		if (view == null) {
			return null;
		}
		Display display = shell == null ? Display.getDefault() : shell.getDisplay();
		new SimulateLinkJob(EcoreUtil.copy(experiment), registry, seconds, correction, new SimulateLinkJob.Listener() {
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
