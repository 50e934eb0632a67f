/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openqci.model.Link;
import org.openqci.model.QciPackage;

/** Details of a link: its id (used in parameter paths) and its display name (the series name). */
final class LinkPage extends DetailsPage {

	LinkPage(DetailsContext context, Link link) {
		super(context, link);
	}

	@Override
	protected String title() {
		return "Link";
	}

	@Override
	protected void createFields(Composite parent) {
		QciPackage pkg = QciPackage.eINSTANCE;
		Text id = Fields.text(parent, "Id:");
		Fields.bindString(dbc, context.domain(), id, element, pkg.getLink_Id());
		decorations.add(id, element, pkg.getLink_Id());
		Text name = Fields.text(parent, "Name:");
		Fields.bindString(dbc, context.domain(), name, element, pkg.getLink_Name());
		decorations.add(name, element, pkg.getLink_Name());
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText("The id names the link in parameter paths (e.g. " + "<id>.source.mu"
				+ "); the name labels its curve in the key rate chart. Use the tree's context menu to copy "
				+ "the link or to add channel segments.");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(hint);
	}
}
