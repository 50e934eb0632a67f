/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.openqci.core.validation.Problem;

/**
 * One page of the details pane, showing and editing one kind of element: a title, the element's
 * fields in a two-column grid, and a line listing problems that no field shows.
 */
abstract class DetailsPage {

	protected final DetailsContext context;
	protected final EObject element;
	protected final ProblemDecorations decorations = new ProblemDecorations();
	protected DataBindingContext dbc;
	private Composite control;
	private CLabel problemLine;

	DetailsPage(DetailsContext context, EObject element) {
		this.context = context;
		this.element = element;
	}

	/** The element shown. */
	final EObject element() {
		return element;
	}

	/** The page's top control. */
	final Composite control() {
		return control;
	}

	/** Creates the page's controls in {@code parent}. */
	final void create(Composite parent) {
		dbc = new DataBindingContext(DisplayRealm.getRealm(parent.getDisplay()));
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 6).applyTo(control);
		Label heading = new Label(control, SWT.NONE);
		heading.setText(title());
		heading.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
		problemLine = new CLabel(control, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).exclude(true).applyTo(problemLine);
		problemLine.setVisible(false);
		createFields(control);
	}

	/** The heading of the page. */
	protected abstract String title();

	/** Creates the fields, binds them and registers them with {@link #decorations}. */
	protected abstract void createFields(Composite parent);

	/** The elements whose problems this page shows (by default, its element). */
	protected List<? extends EObject> shownElements() {
		return List.of(element);
	}

	/** Updates what bindings do not: lists and tables that depend on the model. */
	void refresh() {
	}

	/** Shows the problems of the shown elements on their fields, the rest in the problem line. */
	void showProblems(List<Problem> problems) {
		List<Problem> rest = decorations.update(problems, shownElements());
		rest = showOtherProblems(problems, rest);
		boolean any = !rest.isEmpty();
		if (any) {
			boolean error = rest.stream().anyMatch(Problem::isError);
			problemLine.setImage(ProblemDecorations.image(error));
			String text = String.join("; ", rest.stream().map(Problem::message).toList());
			problemLine.setText(text);
			problemLine.setToolTipText(String.join("\n", rest.stream().map(Problem::message).toList()));
		}
		if (problemLine.getVisible() != any) {
			problemLine.setVisible(any);
			((org.eclipse.swt.layout.GridData) problemLine.getLayoutData()).exclude = !any;
			control.layout(true, true);
		}
	}

	/**
	 * Lets a page show problems that fields did not take (e.g. in a table); returns those still
	 * unshown.
	 */
	protected List<Problem> showOtherProblems(List<Problem> all, List<Problem> unclaimed) {
		return unclaimed;
	}

	/** The decorations of the page's fields (for tests). */
	ProblemDecorations decorations() {
		return decorations;
	}

	/** Disposes the bindings, decorations and controls. */
	void dispose() {
		if (dbc != null) {
			dbc.dispose();
		}
		decorations.dispose();
		if (control != null && !control.isDisposed()) {
			control.dispose();
		}
	}
}
