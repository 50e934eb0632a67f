/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.openqci.core.engine.ParameterPath;
import org.openqci.core.engine.PathResolver;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.ModelContribution;
import org.openqci.model.ChannelSegment;
import org.openqci.model.ComponentConfig;
import org.openqci.model.Experiment;
import org.openqci.model.Link;

/**
 * Checks an experiment against the contributed models it names: structure (links, ids,
 * segments), kinds, every parameter value (name, unit, range, integer, optimisable), required
 * parameters, source/protocol compatibility and the sweep. Each problem names the element and
 * says what was expected, with units and ranges.
 *
 * <p>A sweep path without a link id applies to every link that has that component and
 * parameter; it is an error only if no link has it. A required parameter that is swept needs no
 * value of its own. An empty unit (on a value or an axis) means the unit of the parameter's
 * descriptor. Problems are reported in document order: links first, then the sweep.
 */
public final class ExperimentValidator {

	private final ModelRegistry registry;
	private final PathResolver resolver;

	/** A validator against the models of {@code registry}. */
	public ExperimentValidator(ModelRegistry registry) {
		this.registry = registry;
		this.resolver = new PathResolver(registry);
	}

	/** All problems of {@code experiment}, errors and warnings; no errors means it can run. */
	public List<Problem> validate(Experiment experiment) {
		List<Problem> problems = new ArrayList<>();
		if (ElementPaths.isBlank(experiment.getName())) {
			problems.add(error(experiment, "name", "missing experiment name"));
		}
		if (experiment.getLinks().isEmpty()) {
			problems.add(error(experiment, "links", "the experiment has no links (add at least one)"));
		}
		List<Problem> sweepProblems = new ArrayList<>();
		SweptParameters swept = new SweepChecker(resolver, sweepProblems).check(experiment);
		Map<String, Link> ids = new HashMap<>();
		for (Link link : experiment.getLinks()) {
			checkLink(link, ids, swept, problems);
		}
		problems.addAll(sweepProblems);
		new PassChecker(registry).check(experiment, problems);
		new NetworkChecker(registry, resolver).check(experiment, problems);
		return problems;
	}

	private void checkLink(Link link, Map<String, Link> ids, SweptParameters swept, List<Problem> problems) {
		String id = link.getId();
		if (ElementPaths.isBlank(id)) {
			problems.add(error(link, "id", "missing link id"));
		} else if (!ParameterPath.IDENTIFIER.matcher(id).matches()) {
			problems.add(error(link, "id", "link id '" + id
					+ "' is not valid (use a letter followed by letters, digits, '_' or '-')"));
		} else if (ids.putIfAbsent(id, link) != null) {
			problems.add(error(link, "id", "duplicate link id '" + id + "' (link ids must be unique)"));
		}
		if (link.getSource() == null) {
			problems.add(error(link, "source", "missing source"));
		}
		if (link.getChannels().isEmpty()) {
			problems.add(error(link, "channels", "the link has no channel segment (add at least one)"));
		}
		if (link.getDetector() == null) {
			problems.add(error(link, "detector", "missing detector"));
		}
		if (link.getProtocol() == null) {
			problems.add(error(link, "protocol", "missing protocol"));
		}
		ParameterChecker parameters = new ParameterChecker(problems);
		checkComponent(link.getSource(), swept, parameters, problems);
		Set<String> names = new HashSet<>();
		for (ChannelSegment segment : link.getChannels()) {
			String name = segment.getName();
			if (ElementPaths.isBlank(name)) {
				problems.add(error(segment, "name", "missing segment name"));
			} else if (ParameterPath.isReservedComponent(name)) {
				problems.add(error(segment, "name",
						"segment name '" + name + "' is reserved (source, detector and protocol name link components)"));
			} else if (!ParameterPath.IDENTIFIER.matcher(name).matches()) {
				problems.add(error(segment, "name", "segment name '" + name
						+ "' is not valid (use a letter followed by letters, digits, '_' or '-')"));
			} else if (!names.add(name)) {
				problems.add(error(segment, "name", "duplicate segment name '" + name + "' in this link"));
			}
			checkComponent(segment, swept, parameters, problems);
		}
		checkComponent(link.getDetector(), swept, parameters, problems);
		checkComponent(link.getProtocol(), swept, parameters, problems);
		new LinkCompatibility(resolver).check(link, swept, problems);
	}

	private void checkComponent(ComponentConfig config, SweptParameters swept, ParameterChecker parameters,
			List<Problem> problems) {
		if (config == null) {
			return;
		}
		ComponentRole role = PathResolver.roleOf(config);
		String kind = config.getKind();
		ModelContribution model = null;
		if (ElementPaths.isBlank(kind)) {
			problems.add(error(config, "kind", "missing " + role.label() + " kind (available: " + available(role) + ")"));
		} else {
			model = registry.find(role, kind).orElse(null);
			if (model == null) {
				problems.add(error(config, "kind",
						"unknown " + role.label() + " kind '" + kind + "' (available: " + available(role) + ")"));
			}
		}
		parameters.check(config, role, model, swept);
	}

	private String available(ComponentRole role) {
		List<String> ids = registry.all(role).stream().map(ModelContribution::id).toList();
		return ids.isEmpty() ? "none installed" : String.join(", ", ids);
	}

	static Problem error(EObject element, String feature, String message) {
		return Problem.error(element, feature(element, feature), ElementPaths.of(element), message);
	}

	static Problem warning(EObject element, String feature, String message) {
		return Problem.warning(element, feature(element, feature), ElementPaths.of(element), message);
	}

	static EStructuralFeature feature(EObject element, String name) {
		return name == null ? null : element.eClass().getEStructuralFeature(name);
	}
}
