/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.application;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Configures the main window: title, size, tool bar, status line and progress indicator. */
public final class OpenQciWindowAdvisor extends WorkbenchWindowAdvisor {

	/** Title of the main window. */
	public static final String TITLE = "OpenQCI Workbench";

	/** An advisor for the window of {@code configurer}. */
	public OpenQciWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new OpenQciActionBarAdvisor(configurer);
	}

	/**
	 * Action sets of the text editor plug-ins that the platform shows by default (annotation and
	 * edit-position navigation); they do nothing in this application, so they are hidden.
	 */
	static final String[] HIDDEN_ACTION_SETS = { "org.eclipse.ui.edit.text.actionSet.annotationNavigation",
			"org.eclipse.ui.edit.text.actionSet.navigation", "org.eclipse.ui.edit.text.actionSet.presentation" };

	@Override
	public void postWindowOpen() {
		IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
		if (page != null) {
			for (String id : HIDDEN_ACTION_SETS) {
				page.hideActionSet(id);
			}
		}
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1400, 900));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle(TITLE);
	}
}
