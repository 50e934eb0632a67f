/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.openqci.model.ChannelSegment;
import org.openqci.model.ComponentConfig;
import org.openqci.model.Experiment;
import org.openqci.model.KeyDemand;
import org.openqci.model.KeyPools;
import org.openqci.model.Network;
import org.openqci.model.NetworkLink;
import org.openqci.model.NetworkNode;
import org.openqci.model.GroundStation;
import org.openqci.model.Link;
import org.openqci.model.ParameterValue;
import org.openqci.model.PassAnalysis;
import org.openqci.model.Satellite;
import org.openqci.model.Sweep;
import org.openqci.model.SweepAxis;

/**
 * Names experiment elements for humans, e.g.
 * {@code link 'inf' / detector 'threshold-detector' / parameter 'efficiency'}, for problem
 * messages and error dialogs.
 */
public final class ElementPaths {

	private ElementPaths() {
	}

	/** The human path of an element of an experiment. */
	public static String of(EObject element) {
		if (element == null) {
			return "experiment";
		}
		if (element instanceof Experiment e) {
			return isBlank(e.getName()) ? "experiment" : "experiment '" + e.getName() + "'";
		}
		if (element instanceof Link link) {
			return isBlank(link.getId()) ? "link #" + (index(link) + 1) : "link '" + link.getId() + "'";
		}
		if (element instanceof ChannelSegment segment) {
			String self = isBlank(segment.getName()) ? "channel #" + (index(segment) + 1)
					: "channel '" + segment.getName() + "'";
			return prefix(segment) + self;
		}
		if (element instanceof ComponentConfig config) {
			String role = config.eContainmentFeature() == null ? "component" : config.eContainmentFeature().getName();
			String self = isBlank(config.getKind()) ? role : role + " '" + config.getKind() + "'";
			return prefix(config) + self;
		}
		if (element instanceof ParameterValue value) {
			String self = isBlank(value.getName()) ? "parameter #" + (index(value) + 1)
					: "parameter '" + value.getName() + "'";
			return prefix(value) + self;
		}
		if (element instanceof Sweep) {
			return "sweep";
		}
		if (element instanceof PassAnalysis) {
			return "passes";
		}
		if (element instanceof Satellite satellite) {
			return "passes / " + (isBlank(satellite.getName()) ? "satellite" : "satellite '" + satellite.getName() + "'");
		}
		if (element instanceof GroundStation station) {
			return "passes / " + (isBlank(station.getName()) ? "station #" + (index(station) + 1)
					: "station '" + station.getName() + "'");
		}
		if (element instanceof Network) {
			return "network";
		}
		if (element instanceof NetworkNode node) {
			return "network / " + named("node", node.getId(), node);
		}
		if (element instanceof NetworkLink link) {
			return "network / " + named("link", link.getId(), link);
		}
		if (element instanceof KeyDemand demand) {
			return "network / " + named("demand", demand.getId(), demand);
		}
		if (element instanceof KeyPools) {
			return "network / pools";
		}
		if (element instanceof SweepAxis axis) {
			return "sweep / " + (isBlank(axis.getParameter()) ? "axis #" + (index(axis) + 1)
					: "axis '" + axis.getParameter() + "'");
		}
		return element.eClass().getName();
	}

	private static String named(String kind, String id, EObject element) {
		return isBlank(id) ? kind + " #" + (index(element) + 1) : kind + " '" + id + "'";
	}

	private static String prefix(EObject element) {
		EObject container = element.eContainer();
		if (container == null || container instanceof Experiment) {
			return "";
		}
		return of(container) + " / ";
	}

	private static int index(EObject element) {
		if (element.eContainer() == null || element.eContainmentFeature() == null
				|| !element.eContainmentFeature().isMany()) {
			return 0;
		}
		return ((List<?>) element.eContainer().eGet(element.eContainmentFeature())).indexOf(element);
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
