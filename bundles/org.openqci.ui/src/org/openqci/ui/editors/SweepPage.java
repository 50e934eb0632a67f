/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.openqci.model.Sweep;

/** Details of the sweep: what it does, and how to add or remove axes. */
final class SweepPage extends DetailsPage {

	private Label summary;

	SweepPage(DetailsContext context, Sweep sweep) {
		super(context, sweep);
	}

	@Override
	protected String title() {
		return "Sweep";
	}

	@Override
	protected void createFields(Composite parent) {
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);
		refresh();
	}

	@Override
	void refresh() {
		Sweep sweep = (Sweep) element;
		int n = sweep.getAxes().size();
		summary.setText("The engine evaluates every link at each point of " + (n == 2 ? "the grid of the two axes"
				: n == 1 ? "the axis" : "the axes")
				+ ". A sweep has one or two axes: use the tree's context menu to add or remove them.");
		control().layout(true, true);
	}

	@Override
	protected List<? extends EObject> shownElements() {
		List<EObject> shown = new ArrayList<>();
		shown.add(element);
		return shown;
	}
}
