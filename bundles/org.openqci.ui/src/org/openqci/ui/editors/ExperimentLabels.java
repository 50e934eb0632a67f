/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import org.openqci.core.units.Units;
import org.openqci.model.ChannelSegment;
import org.openqci.model.ComponentConfig;
import org.openqci.model.Experiment;
import org.openqci.model.Link;
import org.openqci.model.Sweep;
import org.openqci.model.SweepAxis;

/**
 * Short tree labels for the elements of an experiment, e.g. {@code Detector: threshold-detector}
 * or {@code fibre.length: 0 – 160 km, 161 points}. Elements it does not know keep the labels of
 * their item providers.
 */
final class ExperimentLabels {

	private ExperimentLabels() {
	}

	/** The label of {@code element}, or {@code null} to use the item provider's. */
	static String text(Object element) {
		if (element instanceof Experiment e) {
			return blank(e.getName()) ? "Experiment" : e.getName();
		}
		if (element instanceof Link link) {
			String name = blank(link.getName()) ? "" : link.getName();
			String id = blank(link.getId()) ? "?" : link.getId();
			return name.isEmpty() ? "Link " + id : name + " [" + id + "]";
		}
		if (element instanceof ChannelSegment segment) {
			return "Channel " + (blank(segment.getName()) ? "?" : segment.getName()) + ": " + kind(segment);
		}
		if (element instanceof ComponentConfig config) {
			return ComponentRoles.title(ComponentRoles.roleOf(config)) + ": " + kind(config);
		}
		if (element instanceof Sweep sweep) {
			return sweep.getAxes().size() == 2 ? "Sweep (grid)" : "Sweep";
		}
		if (element instanceof SweepAxis axis) {
			String unit = Units.normalise(axis.getUnit());
			return (blank(axis.getParameter()) ? "?" : axis.getParameter()) + ": "
					+ Units.formatNumber(axis.getFrom()) + " \u2013 " + Units.formatNumber(axis.getTo())
					+ (unit.isEmpty() ? "" : " " + unit) + ", " + axis.getSteps() + " points"
					+ (axis.isLogarithmic() ? ", logarithmic" : "");
		}
		return null;
	}

	private static String kind(ComponentConfig config) {
		return blank(config.getKind()) ? "(no model)" : config.getKind();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
