/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.navigator;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** "New Project…": asks for a name and creates an (open) project in the workspace. */
final class NewProjectAction extends Action {

	private final Shell shell;

	NewProjectAction(Shell shell) {
		super("New &Project\u2026");
		this.shell = shell;
	}

	@Override
	public void run() {
		InputDialog dialog = new InputDialog(shell, "New Project", "Project name:", suggested(), NewProjectAction::problem);
		if (dialog.open() != Window.OK) {
			return;
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(dialog.getValue().trim());
		try {
			project.create(null);
			project.open(null);
		} catch (CoreException e) {
			MessageDialog.openError(shell, "New Project", "Cannot create the project: " + e.getMessage());
		}
	}

	private static String suggested() {
		for (int i = 1;; i++) {
			String name = i == 1 ? "experiments" : "experiments-" + i;
			if (!ResourcesPlugin.getWorkspace().getRoot().getProject(name).exists()) {
				return name;
			}
		}
	}

	private static String problem(String text) {
		if (text == null || text.isBlank()) {
			return "Enter a project name.";
		}
		String name = text.trim();
		IStatus status = ResourcesPlugin.getWorkspace().validateName(name, IResource.PROJECT);
		if (!status.isOK()) {
			return status.getMessage();
		}
		if (ResourcesPlugin.getWorkspace().getRoot().getProject(name).exists()) {
			return "A project named " + name + " exists already.";
		}
		return null;
	}
}
