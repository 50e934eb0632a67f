/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.openqci.ui.UiIds;

/**
 * The workspace as the navigator shows it: projects, their folders and the experiment files
 * ({@code *.qci}) in them; other files and hidden resources (names starting with a dot) are left
 * out.
 */
final class WorkspaceContentProvider implements ITreeContentProvider {

	private static final Object[] NONE = new Object[0];

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof IWorkspaceRoot root) {
			return root.getProjects();
		}
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (!(parent instanceof IContainer container) || !container.isAccessible()) {
			return NONE;
		}
		try {
			List<IResource> shown = new ArrayList<>();
			for (IResource member : container.members()) {
				if (isShown(member)) {
					shown.add(member);
				}
			}
			return shown.toArray();
		} catch (CoreException e) {
			return NONE;
		}
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof IResource resource ? resource.getParent() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof IContainer container && container.isAccessible()
				&& getChildren(container).length > 0;
	}

	/** Whether the navigator shows {@code resource}. */
	static boolean isShown(IResource resource) {
		if (resource.getName().startsWith(".")) {
			return false;
		}
		if (resource instanceof IProject || resource instanceof IFolder) {
			return true;
		}
		return resource instanceof IFile file && UiIds.EXPERIMENT_EXTENSION.equals(file.getFileExtension());
	}
}
