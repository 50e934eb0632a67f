/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.navigator;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

/**
 * The "Experiments" view: the workspace's projects, folders and experiment files, kept up to
 * date by a resource change listener. Double-click or Enter opens an experiment; the context
 * menu creates experiments and projects and refreshes from disk.
 */
public final class ExperimentNavigatorView extends ViewPart {

	/** The view id, as declared in {@code plugin.xml}. */
	public static final String ID = "org.openqci.ui.views.navigator";

	private TreeViewer viewer;
	private org.eclipse.swt.widgets.Display display;
	private boolean refreshPending;
	private final IResourceChangeListener listener = this::resourcesChanged;

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new WorkspaceContentProvider());
		viewer.setLabelProvider(new NavigatorLabelProvider());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int category(Object element) {
				return element instanceof IContainer ? 0 : 1;
			}
		});
		viewer.setInput(ResourcesPlugin.getWorkspace().getRoot());
		viewer.addOpenListener(event -> open((IStructuredSelection) event.getSelection()));
		getSite().setSelectionProvider(viewer);
		createContextMenu();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager("#PopupMenu");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private void fillContextMenu(IMenuManager menu) {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		menu.add(new NewExperimentAction(getSite().getPage(), () -> NewExperiments.containerOf(selected)));
		menu.add(new NewProjectAction(getSite().getShell()));
		menu.add(new Separator());
		Action refresh = new Action("Re&fresh") {
			@Override
			public void run() {
				refreshFromDisk();
			}
		};
		refresh.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		menu.add(refresh);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private void open(IStructuredSelection selection) {
		for (Object element : selection.toList()) {
			if (element instanceof IFile file) {
				try {
					IDE.openEditor(getSite().getPage(), file, true);
				} catch (PartInitException e) {
					ILog.of(getClass()).log(e.getStatus());
				}
			} else if (element instanceof IContainer) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		}
	}

	/** Reads the selected resources (or the whole workspace) again from disk. */
	void refreshFromDisk() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IStructuredSelection selection = viewer.getStructuredSelection();
		try {
			if (selection.isEmpty()) {
				workspace.getRoot().refreshLocal(IResource.DEPTH_INFINITE, null);
			} else {
				for (Object element : selection.toList()) {
					if (element instanceof IResource resource) {
						resource.refreshLocal(IResource.DEPTH_INFINITE, null);
					}
				}
			}
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		viewer.refresh();
	}

	private void resourcesChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null || display == null || display.isDisposed()) {
			return;
		}
		synchronized (this) {
			if (refreshPending) {
				return;
			}
			refreshPending = true;
		}
		display.asyncExec(() -> {
			synchronized (this) {
				refreshPending = false;
			}
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh(true);
			}
		});
	}

	/** The tree (for tests). */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(listener);
		super.dispose();
	}
}
