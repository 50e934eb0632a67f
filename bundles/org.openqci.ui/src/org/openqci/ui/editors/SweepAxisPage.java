/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.openqci.core.spi.ModelContribution;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.model.ChannelSegment;
import org.openqci.model.ComponentConfig;
import org.openqci.model.Experiment;
import org.openqci.model.Link;
import org.openqci.model.QciPackage;
import org.openqci.model.SweepAxis;

/**
 * Details of a sweep axis: the parameter path (chosen from the paths of the experiment's
 * components, or typed), the range with its unit, the number of points and the spacing.
 */
final class SweepAxisPage extends DetailsPage {

	private Combo parameter;

	SweepAxisPage(DetailsContext context, SweepAxis axis) {
		super(context, axis);
	}

	@Override
	protected String title() {
		return "Sweep axis";
	}

	@Override
	protected void createFields(Composite parent) {
		QciPackage pkg = QciPackage.eINSTANCE;
		parameter = Fields.combo(parent, "Parameter:", SWT.DROP_DOWN);
		parameter.setToolTipText("[link.]component.parameter, e.g. fibre.length or inf.source.mu");
		parameter.setItems(paths(context.experiment()).toArray(String[]::new));
		Fields.bindString(dbc, context.domain(), parameter, element, pkg.getSweepAxis_Parameter());
		decorations.add(parameter, element, pkg.getSweepAxis_Parameter());

		Text from = Fields.text(parent, "From:");
		Fields.bindDouble(dbc, context.domain(), from, element, pkg.getSweepAxis_From());
		decorations.add(from, element, pkg.getSweepAxis_From());
		Text to = Fields.text(parent, "To:");
		Fields.bindDouble(dbc, context.domain(), to, element, pkg.getSweepAxis_To());
		decorations.add(to, element, pkg.getSweepAxis_To());
		Text steps = Fields.text(parent, "Points:");
		steps.setToolTipText("Number of points, including both ends");
		Fields.bindInt(dbc, context.domain(), steps, element, pkg.getSweepAxis_Steps());
		decorations.add(steps, element, pkg.getSweepAxis_Steps());
		Text unit = Fields.text(parent, "Unit:");
		unit.setToolTipText("Unit of From and To, e.g. km; empty for dimensionless parameters");
		Fields.bindString(dbc, context.domain(), unit, element, pkg.getSweepAxis_Unit());
		decorations.add(unit, element, pkg.getSweepAxis_Unit());
		Button logarithmic = Fields.check(parent, "Logarithmic spacing");
		Fields.bindBoolean(dbc, context.domain(), logarithmic, element, pkg.getSweepAxis_Logarithmic());
		decorations.add(logarithmic, element, pkg.getSweepAxis_Logarithmic());
	}

	/** The parameter paths of the experiment: {@code component.parameter}, then {@code link.component.parameter}. */
	static Set<String> paths(Experiment experiment) {
		Set<String> common = new TreeSet<>();
		Set<String> perLink = new TreeSet<>();
		if (experiment == null) {
			return common;
		}
		for (Link link : experiment.getLinks()) {
			add(link, link.getSource(), "source", common, perLink);
			for (ChannelSegment segment : link.getChannels()) {
				add(link, segment, segment.getName(), common, perLink);
			}
			add(link, link.getDetector(), "detector", common, perLink);
			add(link, link.getProtocol(), "protocol", common, perLink);
		}
		Set<String> all = new java.util.LinkedHashSet<>(common);
		all.addAll(perLink);
		return all;
	}

	private static void add(Link link, ComponentConfig config, String component, Set<String> common,
			Set<String> perLink) {
		if (config == null || component == null || component.isBlank()) {
			return;
		}
		ModelContribution model = ComponentRoles.modelOf(config).orElse(null);
		if (model == null) {
			return;
		}
		for (ParameterDescriptor d : model.parameters()) {
			common.add(component + "." + d.name());
			if (link.getId() != null && !link.getId().isBlank()) {
				perLink.add(link.getId() + "." + component + "." + d.name());
			}
		}
	}
}
