/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.ide.ResourceUtil;
import org.eclipse.ui.part.EditorPart;
import org.openqci.core.validation.Problem;
import org.openqci.model.Experiment;
import org.openqci.model.ParameterValue;
import org.openqci.model.files.ExperimentFileException;
import org.openqci.model.files.ExperimentFiles;

/**
 * The editor of experiment files ({@code *.qci}): a tree of the experiment on the left and a
 * details page for the selected element on the right. All changes go through the command stack
 * of an EMF.Edit editing domain, so they can be undone; the experiment is validated a moment
 * after each change, with problems shown as markers (Problems view) and next to the fields.
 */
public final class ExperimentEditor extends EditorPart {

	/** The editor id, as declared in {@code plugin.xml}. */
	public static final String ID = "org.openqci.ui.editors.experiment";

	private ComposedAdapterFactory adapterFactory;
	private AdapterFactoryEditingDomain domain;
	private Resource resource;
	private Experiment experiment;
	private Path path;
	private IFile file;
	private String loadError;
	private TreeViewer tree;
	private ItemProviderLabelProvider labels;
	private DetailsPane details;
	private EditorValidation validation;
	private UndoRedoActions undoRedo;
	private final CommandStackListener stackListener = event -> commandStackChanged();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInputWithNotify(input);
		setPartName(input.getName());
		path = EditorInputs.path(input);
		file = ResourceUtil.getFile(input);
		adapterFactory = EditingDomains.newAdapterFactory();
		domain = EditingDomains.newDomain(adapterFactory, ExperimentFiles.newResourceSet());
		if (path == null) {
			loadError = input.getName() + ": not a local file; only experiment files on disk can be edited.";
			return;
		}
		try {
			resource = ExperimentFiles.loadResource(domain.getResourceSet(), path);
			experiment = (Experiment) resource.getContents().get(0);
		} catch (ExperimentFileException e) {
			loadError = e.getMessage();
		}
		domain.getCommandStack().addCommandStackListener(stackListener);
	}

	@Override
	public void createPartControl(Composite parent) {
		if (experiment == null) {
			new LoadErrorPanel(parent, loadError);
			return;
		}
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.setContentProvider(new ItemProviderContentProvider(adapterFactory, child -> !(child instanceof ParameterValue)));
		labels = new ItemProviderLabelProvider(adapterFactory, tree);
		tree.setLabelProvider(labels);
		tree.setAutoExpandLevel(3);
		ColumnViewerToolTipSupport.enableFor(tree);
		tree.setInput(resource);
		getSite().setSelectionProvider(tree);

		DetailsContext context = new DetailsContext(domain, experiment, this::statusError);
		details = new DetailsPane(sash, context);
		sash.setWeights(2, 3);
		tree.addSelectionChangedListener(event -> details.show(event.getStructuredSelection().getFirstElement()));
		tree.setSelection(new StructuredSelection(experiment), true);

		ExperimentTreeMenu treeMenu = new ExperimentTreeMenu(domain, () -> experiment);
		MenuManager menu = new MenuManager("#PopupMenu");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> treeMenu.fill(m, tree.getStructuredSelection()));
		tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));

		undoRedo = new UndoRedoActions(domain.getCommandStack());
		undoRedo.install(getEditorSite().getActionBars());

		validation = new EditorValidation(parent.getDisplay(), () -> experiment, () -> file, this::showProblems);
		validation.validateNow();
	}

	private void showProblems(List<Problem> problems) {
		details.showProblems(problems);
		labels.setProblems(problems);
	}

	private void commandStackChanged() {
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			if (tree == null || tree.getControl().isDisposed()) {
				return;
			}
			firePropertyChange(PROP_DIRTY);
			undoRedo.update();
			getEditorSite().getActionBars().updateActionBars();
			selectAffected(domain.getCommandStack().getMostRecentCommand());
			details.refresh();
		});
		if (validation != null) {
			validation.schedule();
		}
	}

	/** Selects what the last command created or changed, as EMF editors do. */
	private void selectAffected(Command command) {
		if (command == null) {
			return;
		}
		for (Object affected : command.getAffectedObjects()) {
			if (affected instanceof EObject e && !(e instanceof ParameterValue) && e.eResource() == resource) {
				tree.setSelection(new StructuredSelection(e), true);
				return;
			}
		}
	}

	private void statusError(String message) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (resource == null) {
			return;
		}
		try {
			ExperimentFiles.saveResource(resource, null);
		} catch (java.io.IOException e) {
			ErrorDialog.openError(getSite().getShell(), "Cannot save the experiment",
					"The experiment was not saved; the file on disk is unchanged.",
					org.eclipse.core.runtime.Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e));
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		if (file != null) {
			try {
				file.refreshLocal(IResource.DEPTH_ZERO, monitor);
			} catch (CoreException e) {
				ILog.of(getClass()).log(e.getStatus());
			}
		}
		firePropertyChange(PROP_DIRTY);
		if (validation != null) {
			validation.validateNow();
		}
	}

	@Override
	public void doSaveAs() {
		// Save As is not offered.
	}

	@Override
	public boolean isDirty() {
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		if (tree != null && !tree.getControl().isDisposed()) {
			tree.getControl().setFocus();
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IGotoMarker.class) {
			return adapter.cast((IGotoMarker) this::gotoMarker);
		}
		return super.getAdapter(adapter);
	}

	private void gotoMarker(IMarker marker) {
		String fragment = marker.getAttribute(ProblemMarkers.URI_FRAGMENT, null);
		if (fragment == null || resource == null || tree == null) {
			return;
		}
		EObject element = resource.getEObject(fragment);
		while (element instanceof ParameterValue) {
			element = element.eContainer();
		}
		if (element != null) {
			tree.setSelection(new StructuredSelection(element), true);
		}
	}

	@Override
	public void dispose() {
		boolean discarded = isDirty();
		if (validation != null) {
			validation.dispose();
		}
		if (details != null) {
			details.dispose();
		}
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(stackListener);
		}
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
		if (discarded && file != null) {
			FileValidationJob.schedule(file);
		}
		super.dispose();
	}

	/** The editing domain whose command stack holds every change (for commands and tests). */
	public AdapterFactoryEditingDomain getEditingDomain() {
		return domain;
	}

	/** The edited experiment, or {@code null} if the file could not be read. */
	public Experiment getExperiment() {
		return experiment;
	}

	/** The message shown instead of the editor when the file could not be read, or {@code null}. */
	public String getLoadError() {
		return loadError;
	}

	/** The edited file in the local file system, or {@code null}. */
	public Path getPath() {
		return path;
	}

	/** The edited workspace file, or {@code null} when the input is not a workspace file. */
	public IFile getFile() {
		return file;
	}

	/** Validates now (without waiting for the delay after a change), updates markers and decorations. */
	public List<Problem> validateNow() {
		return validation == null ? List.of() : validation.validateNow();
	}

	/** The problems found by the last validation. */
	public List<Problem> getProblems() {
		return validation == null ? List.of() : validation.problems();
	}

	/** The details pane (for tests in this package). */
	DetailsPane details() {
		return details;
	}

	/** The tree of the experiment (for tests). */
	public TreeViewer getTreeViewer() {
		return tree;
	}
}
