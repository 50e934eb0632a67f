/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.openqci.core.validation.Problem;
import org.openqci.model.ComponentConfig;
import org.openqci.model.Experiment;
import org.openqci.model.GroundStation;
import org.openqci.model.KeyDemand;
import org.openqci.model.KeyPools;
import org.openqci.model.Link;
import org.openqci.model.Network;
import org.openqci.model.NetworkLink;
import org.openqci.model.NetworkNode;
import org.openqci.model.PassAnalysis;
import org.openqci.model.Satellite;
import org.openqci.model.Sweep;
import org.openqci.model.SweepAxis;

/**
 * The right-hand side of the experiment editor: a page for the element selected in the tree,
 * created when the selection changes, refreshed after each command, decorated after each
 * validation.
 */
final class DetailsPane {

	private final DetailsContext context;
	private final ScrolledComposite scroller;
	private final Composite body;
	private DetailsPage page;
	private Label empty;
	private List<Problem> problems = List.of();

	DetailsPane(Composite parent, DetailsContext context) {
		this.context = context;
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		body = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
		scroller.setContent(body);
		scroller.addListener(SWT.Resize, e -> updateMinSize());
		show(null);
	}

	/** The pane's top control. */
	Control control() {
		return scroller;
	}

	/** The page shown, or {@code null} when nothing is selected (for tests). */
	DetailsPage page() {
		return page;
	}

	/** Shows the page of {@code element} (nothing for {@code null} or an element without a page). */
	void show(Object element) {
		if (page != null && page.element() == element) {
			return;
		}
		if (page != null) {
			page.dispose();
			page = null;
		}
		if (empty != null) {
			empty.dispose();
			empty = null;
		}
		page = createPage(element);
		if (page == null) {
			empty = new Label(body, SWT.WRAP);
			empty.setText("Select an element in the tree to edit it. The tree's context menu adds and removes links, "
					+ "channel segments and sweep axes.");
			GridDataFactory.fillDefaults().grab(true, false).hint(250, SWT.DEFAULT).applyTo(empty);
		} else {
			page.create(body);
			GridDataFactory.fillDefaults().grab(true, true).applyTo(page.control());
			page.showProblems(problems);
		}
		body.layout(true, true);
		updateMinSize();
	}

	/** Refreshes the page after a command; shows nothing if its element left the experiment. */
	void refresh() {
		if (page == null) {
			return;
		}
		EObject element = page.element();
		if (element.eResource() == null) {
			show(null);
			return;
		}
		page.refresh();
		page.showProblems(problems);
		updateMinSize();
	}

	/** Shows the latest validation problems on the page. */
	void showProblems(List<Problem> latest) {
		this.problems = latest;
		if (page != null && !page.control().isDisposed()) {
			page.showProblems(latest);
		}
	}

	/** Disposes the page. */
	void dispose() {
		if (page != null) {
			page.dispose();
			page = null;
		}
	}

	private DetailsPage createPage(Object element) {
		if (element instanceof Experiment e) {
			return new ExperimentPage(context, e);
		}
		if (element instanceof Link l) {
			return new LinkPage(context, l);
		}
		if (element instanceof ComponentConfig c) {
			return new ComponentPage(context, c);
		}
		if (element instanceof Sweep s) {
			return new SweepPage(context, s);
		}
		if (element instanceof SweepAxis a) {
			return new SweepAxisPage(context, a);
		}
		if (element instanceof PassAnalysis p) {
			return AttributesPage.passAnalysis(context, p);
		}
		if (element instanceof Satellite s) {
			return AttributesPage.satellite(context, s);
		}
		if (element instanceof GroundStation g) {
			return AttributesPage.groundStation(context, g);
		}
		if (element instanceof Network n) {
			return AttributesPage.network(context, n);
		}
		if (element instanceof NetworkNode n) {
			return AttributesPage.networkNode(context, n);
		}
		if (element instanceof NetworkLink l) {
			return AttributesPage.networkLink(context, l);
		}
		if (element instanceof KeyDemand d) {
			return AttributesPage.keyDemand(context, d);
		}
		if (element instanceof KeyPools p) {
			return AttributesPage.keyPools(context, p);
		}
		return null;
	}

	private void updateMinSize() {
		if (scroller.isDisposed()) {
			return;
		}
		int width = scroller.getClientArea().width;
		Point size = body.computeSize(Math.max(width, 300), SWT.DEFAULT);
		scroller.setMinSize(Math.max(300, Math.min(size.x, 600)), size.y);
	}
}
