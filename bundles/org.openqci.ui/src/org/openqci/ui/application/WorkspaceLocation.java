/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.application;

import java.io.File;
import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The workspace folder: the {@code -data} location, or {@code ~/openqci-workspace} when none is
 * given. Locks it for this process and tells the user when another instance uses it.
 */
final class WorkspaceLocation {

	private boolean locked;

	/** Sets and locks the workspace; false (after telling the user) if that is not possible. */
	boolean acquire(Display display) throws IOException {
		Location instance = Platform.getInstanceLocation();
		if (instance == null) {
			error(display, "OpenQCI Workbench needs a workspace folder. Start it with -data <folder>.");
			return false;
		}
		if (!instance.isSet()) {
			File folder = new File(System.getProperty("user.home"), "openqci-workspace");
			if (!instance.set(folder.toURI().toURL(), false)) {
				error(display, "Cannot use " + folder + " as the workspace. Start with -data <folder>.");
				return false;
			}
		}
		if (instance.isLocked()) {
			return true;
		}
		if (!instance.lock()) {
			error(display, "The workspace " + instance.getURL().getFile()
					+ " is in use by another OpenQCI Workbench. Close it or start with -data <another folder>.");
			return false;
		}
		locked = true;
		return true;
	}

	/** Releases the lock taken by {@link #acquire}. */
	void release() {
		Location instance = Platform.getInstanceLocation();
		if (locked && instance != null) {
			instance.release();
			locked = false;
		}
	}

	private static void error(Display display, String message) {
		Shell shell = new Shell(display);
		try {
			MessageDialog.openError(shell, "OpenQCI Workbench", message);
		} finally {
			shell.dispose();
		}
	}
}
