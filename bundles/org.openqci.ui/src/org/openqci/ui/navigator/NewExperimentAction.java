/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.navigator;

import java.io.IOException;
import java.util.function.Supplier;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.openqci.ui.UiIds;
import org.openqci.ui.UiImages;

/**
 * "New Experiment…": asks for a file name, writes a ready-to-run experiment from
 * {@link ExperimentTemplate} into the selected project or folder, and opens it.
 */
final class NewExperimentAction extends Action {

	private final IWorkbenchPage page;
	private final Supplier<IContainer> target;

	NewExperimentAction(IWorkbenchPage page, Supplier<IContainer> target) {
		super("New &Experiment\u2026", UiImages.descriptor(UiImages.EXPERIMENT));
		this.page = page;
		this.target = target;
	}

	@Override
	public void run() {
		IContainer container = target.get();
		if (container == null) {
			MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "New Experiment",
					"Create or select a project first (New Project\u2026).");
			return;
		}
		InputDialog dialog = new InputDialog(page.getWorkbenchWindow().getShell(), "New Experiment",
				"File name of the new experiment in " + container.getFullPath() + ":", suggestedName(container),
				text -> problem(container, text));
		if (dialog.open() != Window.OK) {
			return;
		}
		IFile file = container.getFile(IPath.fromOSString(fileName(dialog.getValue())));
		try {
			NewExperiments.create(file);
			IDE.openEditor(page, file, UiIds.EXPERIMENT_EDITOR, true);
		} catch (IOException | CoreException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "New Experiment",
					"Cannot create " + file.getFullPath() + ": " + e.getMessage());
		}
	}

	private static String fileName(String text) {
		String name = text.trim();
		return name.endsWith("." + UiIds.EXPERIMENT_EXTENSION) ? name : name + "." + UiIds.EXPERIMENT_EXTENSION;
	}

	private static String suggestedName(IContainer container) {
		for (int i = 1;; i++) {
			String name = i == 1 ? "experiment.qci" : "experiment-" + i + ".qci";
			if (!container.getFile(IPath.fromOSString(name)).exists()) {
				return name;
			}
		}
	}

	private static String problem(IContainer container, String text) {
		if (text == null || text.isBlank()) {
			return "Enter a file name.";
		}
		String name = fileName(text);
		IStatus status = ResourcesPlugin.getWorkspace().validateName(name, IResource.FILE);
		if (!status.isOK()) {
			return status.getMessage();
		}
		if (container.getFile(IPath.fromOSString(name)).exists()) {
			return name + " already exists.";
		}
		return null;
	}
}
