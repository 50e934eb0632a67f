/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.openqci.model.Experiment;
import org.openqci.model.QciPackage;

/** Details of the experiment: name and description. */
final class ExperimentPage extends DetailsPage {

	private Text name;
	private Text description;

	ExperimentPage(DetailsContext context, Experiment experiment) {
		super(context, experiment);
	}

	@Override
	protected String title() {
		return "Experiment";
	}

	@Override
	protected void createFields(Composite parent) {
		QciPackage pkg = QciPackage.eINSTANCE;
		name = Fields.text(parent, "Name:");
		Fields.bindString(dbc, context.domain(), name, element, pkg.getExperiment_Name());
		decorations.add(name, element, pkg.getExperiment_Name());
		description = Fields.multiLineText(parent, "Description:", 6);
		Fields.bindString(dbc, context.domain(), description, element, pkg.getExperiment_Description());
		decorations.add(description, element, pkg.getExperiment_Description());
	}

	/** The name field (for tests). */
	Text nameField() {
		return name;
	}
}
