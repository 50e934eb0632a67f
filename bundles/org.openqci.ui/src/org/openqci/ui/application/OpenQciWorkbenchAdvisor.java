/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.application;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.openqci.ui.UiIds;

/**
 * Sets the workbench up for experiments on the resources workspace: IDE adapters and images, the
 * Experiments perspective, the examples project on first start, and a workspace save on exit.
 */
public final class OpenQciWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		IDE.registerAdapters();
		IdeImages.declare(configurer);
	}

	@Override
	public void preStartup() {
		super.preStartup();
		ExamplesProject.installIfMissing();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new OpenQciWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return UiIds.PERSPECTIVE;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).error("Could not save the workspace", e);
		}
		super.postShutdown();
	}
}
