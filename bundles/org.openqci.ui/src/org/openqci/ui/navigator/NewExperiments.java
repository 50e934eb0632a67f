/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.navigator;

import java.io.IOException;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.openqci.model.files.ExperimentFiles;

/** Creates new experiment files from {@link ExperimentTemplate} in the workspace. */
public final class NewExperiments {

	private NewExperiments() {
	}

	/**
	 * Writes the template experiment, named after the file, into {@code file} (replacing nothing:
	 * the caller checks that it does not exist) and refreshes it in the workspace.
	 */
	public static void create(IFile file) throws IOException, CoreException {
		IPath location = file.getLocation();
		if (location == null) {
			throw new IOException(file.getFullPath() + " has no location in the local file system");
		}
		String name = file.getFullPath().removeFileExtension().lastSegment();
		ResourceSet resourceSet = ExperimentFiles.newResourceSet();
		Resource resource = resourceSet.createResource(URI.createFileURI(location.toOSString()));
		resource.getContents().add(ExperimentTemplate.create(name));
		ExperimentFiles.saveResource(resource, null);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
	}

	/**
	 * Where a new experiment goes: the selected project or folder, the folder of a selected file,
	 * or else the first open project; {@code null} when there is none.
	 */
	public static IContainer containerOf(Object selected) {
		if (selected instanceof IContainer container && !(container instanceof IWorkspaceRoot)
				&& container.isAccessible()) {
			return container;
		}
		if (selected instanceof IFile file) {
			return file.getParent();
		}
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen()) {
				return project;
			}
		}
		return null;
	}
}
