/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.openqci.model.ComponentConfig;
import org.openqci.model.Experiment;
import org.openqci.model.Link;
import org.openqci.model.Network;
import org.openqci.model.NetworkLink;
import org.openqci.model.ParameterValue;
import org.openqci.model.QciFactory;

/**
 * The experiment that evaluates a network's links: one link per network link, a copy of the
 * experiment link it names with the network link's id and its parameter values set (value and
 * unit; a value set here is not optimised), and the pass analysis if the experiment has one. The
 * sweep and the network itself are left out, so {@link ExperimentEngine#run} gives one result
 * row per network link (and, for satellite links, their passes).
 */
public final class NetworkLinkExperiment {

	private NetworkLinkExperiment() {
	}

	/**
	 * The experiment of a network's links. Validate the experiment first: a network link naming
	 * no experiment link, or a value naming no component, is skipped here.
	 *
	 * @param experiment an experiment with a network (not modified)
	 * @throws IllegalArgumentException if the experiment has no network
	 */
	public static Experiment of(Experiment experiment) {
		Objects.requireNonNull(experiment, "experiment");
		Network network = experiment.getNetwork();
		if (network == null) {
			throw new IllegalArgumentException("experiment '" + experiment.getName() + "' has no network");
		}
		Experiment derived = QciFactory.eINSTANCE.createExperiment();
		derived.setName(experiment.getName());
		derived.setDescription(experiment.getDescription());
		for (NetworkLink networkLink : network.getLinks()) {
			Link template = experiment.getLinks().stream().filter(l -> l.getId() != null
					&& l.getId().equals(networkLink.getLink())).findFirst().orElse(null);
			if (template != null) {
				derived.getLinks().add(linkOf(networkLink, template));
			}
		}
		if (experiment.getPasses() != null) {
			derived.setPasses(EcoreUtil.copy(experiment.getPasses()));
		}
		return derived;
	}

	private static Link linkOf(NetworkLink networkLink, Link template) {
		Link link = EcoreUtil.copy(template);
		link.setId(networkLink.getId());
		link.setName(networkLink.getNodeA() + " - " + networkLink.getNodeB());
		for (ParameterValue value : networkLink.getParameters()) {
			ParameterPath path;
			try {
				path = ParameterPath.parse(value.getName());
			} catch (IllegalArgumentException e) {
				continue; // reported by the validator
			}
			ComponentConfig component = path.hasLink() ? null : PathResolver.component(link, path.component());
			if (component != null) {
				set(component, path.parameter(), value);
			}
		}
		return link;
	}

	private static void set(ComponentConfig component, String name, ParameterValue value) {
		ParameterValue target = component.getParameters().stream().filter(p -> name.equals(p.getName())).findFirst()
				.orElse(null);
		if (target == null) {
			target = QciFactory.eINSTANCE.createParameterValue();
			target.setName(name);
			component.getParameters().add(target);
		}
		target.setValue(value.getValue());
		target.setUnit(value.getUnit());
		target.setOptimise(false);
	}
}
