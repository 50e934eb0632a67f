/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import static org.openqci.core.validation.ExperimentValidator.error;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.openqci.core.engine.ParameterPath;
import org.openqci.core.engine.PassRequests;
import org.openqci.core.engine.PathResolver;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.model.Experiment;
import org.openqci.model.GroundStation;
import org.openqci.model.KeyDemand;
import org.openqci.model.KeyPools;
import org.openqci.model.Link;
import org.openqci.model.Network;
import org.openqci.model.NetworkLink;
import org.openqci.model.NetworkNode;
import org.openqci.model.NodeKind;
import org.openqci.model.ParameterValue;

/**
 * Checks an experiment's network: ids (unique among nodes, links and demands), node positions,
 * the nodes a link or demand names, the experiment link a network link is evaluated from, the
 * ground station of a satellite link, the parameter values a network link sets (path, unit,
 * range, against the template's models) and the key-pool simulation's settings.
 */
final class NetworkChecker {

	private final ModelRegistry registry;
	private final PathResolver paths;

	NetworkChecker(ModelRegistry registry, PathResolver paths) {
		this.registry = registry;
		this.paths = paths;
	}

	void check(Experiment experiment, List<Problem> problems) {
		Network network = experiment.getNetwork();
		if (network == null) {
			return;
		}
		if (network.getNodes().isEmpty()) {
			problems.add(error(network, "nodes", "nodes: the network has no nodes (add at least two)"));
		}
		if (network.getLinks().isEmpty()) {
			problems.add(error(network, "links", "links: the network has no links (add at least one)"));
		}
		Map<String, EObject> ids = new HashMap<>();
		Map<String, NetworkNode> nodes = new HashMap<>();
		for (NetworkNode node : network.getNodes()) {
			if (claim(node, node.getId(), ids, problems)) {
				nodes.put(node.getId(), node);
			}
			range(node, "latitude", node.isSetLatitude(), node.getLatitude(), 90, problems);
			range(node, "longitude", node.isSetLongitude(), node.getLongitude(), 180, problems);
		}
		for (NetworkLink link : network.getLinks()) {
			claim(link, link.getId(), ids, problems);
			checkLink(experiment, link, nodes, problems);
		}
		for (KeyDemand demand : network.getDemands()) {
			claim(demand, demand.getId(), ids, problems);
			checkDemand(demand, nodes, problems);
		}
		if (network.getPools() != null) {
			checkPools(network.getPools(), problems);
		}
	}

	private static boolean claim(EObject element, String id, Map<String, EObject> ids, List<Problem> problems) {
		if (ElementPaths.isBlank(id)) {
			problems.add(error(element, "id", "id: an id is required"));
			return false;
		}
		if (!ParameterPath.IDENTIFIER.matcher(id).matches()) {
			problems.add(error(element, "id",
					"id: '" + id + "' is not valid (use a letter followed by letters, digits, '_' or '-')"));
			return false;
		}
		EObject previous = ids.putIfAbsent(id, element);
		if (previous != null) {
			problems.add(error(element, "id", "id: '" + id + "' is already the id of " + ElementPaths.of(previous)
					+ " (ids are unique among the network's nodes, links and demands)"));
			return false;
		}
		return true;
	}

	private void checkLink(Experiment experiment, NetworkLink link, Map<String, NetworkNode> nodes,
			List<Problem> problems) {
		node(link, "nodeA", link.getNodeA(), nodes, problems);
		node(link, "nodeB", link.getNodeB(), nodes, problems);
		if (!ElementPaths.isBlank(link.getNodeA()) && link.getNodeA().equals(link.getNodeB())) {
			problems.add(error(link, "nodeB", "nodeB: both ends are node '" + link.getNodeA() + "'"));
		}
		if (link.isSetLength() && !(link.getLength() >= 0 && Double.isFinite(link.getLength()))) {
			problems.add(error(link, "length", "length: " + link.getLength() + " km is not a length >= 0"));
		}
		Link template = template(experiment, link, problems);
		if (template == null) {
			return;
		}
		checkStation(experiment, link, template, problems);
		for (ParameterValue value : link.getParameters()) {
			checkValue(experiment, template, value, problems);
		}
	}

	private static Link template(Experiment experiment, NetworkLink link, List<Problem> problems) {
		String id = link.getLink();
		List<String> known = experiment.getLinks().stream().map(Link::getId).toList();
		if (ElementPaths.isBlank(id)) {
			problems.add(error(link, "link", "link: name the experiment link this link is evaluated from (one of "
					+ String.join(", ", known) + ")"));
			return null;
		}
		Optional<Link> template = experiment.getLinks().stream().filter(l -> id.equals(l.getId())).findFirst();
		if (template.isEmpty()) {
			problems.add(error(link, "link",
					"link: the experiment has no link '" + id + "' (it has " + String.join(", ", known) + ")"));
			return null;
		}
		return template.get();
	}

	private void checkStation(Experiment experiment, NetworkLink link, Link template, List<Problem> problems) {
		boolean satellite = PassRequests.hasSatelliteChannel(registry, template);
		String station = link.getStation();
		if (!satellite) {
			if (!ElementPaths.isBlank(station)) {
				problems.add(error(link, "station", "station: link '" + template.getId()
						+ "' has no satellite channel, so the link serves no ground station"));
			}
			return;
		}
		if (experiment.getPasses() == null) {
			problems.add(error(link, "link", "link: '" + template.getId()
					+ "' has a satellite channel: the experiment needs a pass analysis (passes) to evaluate it"));
			return;
		}
		List<String> stations = experiment.getPasses().getStations().stream().map(GroundStation::getName).toList();
		if (ElementPaths.isBlank(station)) {
			problems.add(error(link, "station", "station: a satellite link names the ground station it serves (one of "
					+ String.join(", ", stations) + ")"));
		} else if (!stations.contains(station)) {
			problems.add(error(link, "station", "station: the pass analysis has no ground station '" + station
					+ "' (it has " + String.join(", ", stations) + ")"));
		}
	}

	private void checkValue(Experiment experiment, Link template, ParameterValue value, List<Problem> problems) {
		String name = value.getName();
		if (ElementPaths.isBlank(name)) {
			problems.add(error(value, "name", "name: give the parameter's path, component.parameter (e.g. fibre.length)"));
			return;
		}
		ParameterPath written;
		try {
			written = ParameterPath.parse(name);
		} catch (IllegalArgumentException e) {
			problems.add(error(value, "name", "name: " + e.getMessage()));
			return;
		}
		if (written.hasLink()) {
			problems.add(error(value, "name", "name: '" + name
					+ "' names a link; give component.parameter of the link's own components (e.g. fibre.length)"));
			return;
		}
		ParameterPath path = new ParameterPath(template.getId(), written.component(), written.parameter());
		List<PathResolver.Target> targets = paths.targets(experiment, path);
		if (targets.isEmpty()) {
			problems.add(error(value, "name", "name: unknown parameter path '" + name + "' ("
					+ paths.whyNoTarget(experiment, path) + ")"));
			return;
		}
		if (!value.isSetValue()) {
			problems.add(error(value, "value", "value: a value is required"));
			return;
		}
		PathResolver.Target target = targets.get(0);
		String problem = ValueChecks.unitProblem(value.getUnit(), target.descriptor());
		if (problem == null) {
			problem = ValueChecks.valueProblem(value.getValue(), value.getUnit(), target.descriptor());
		}
		if (problem != null) {
			problems.add(error(value, "value", problem));
		}
	}

	private static void checkDemand(KeyDemand demand, Map<String, NetworkNode> nodes, List<Problem> problems) {
		userNode(demand, "from", demand.getFrom(), nodes, problems);
		userNode(demand, "to", demand.getTo(), nodes, problems);
		if (!ElementPaths.isBlank(demand.getFrom()) && demand.getFrom().equals(demand.getTo())) {
			problems.add(error(demand, "to", "to: both ends are node '" + demand.getFrom() + "'"));
		}
		if (!demand.isSetRate()) {
			problems.add(error(demand, "rate", "rate: the requested key rate in bit/s is required"));
		} else if (!(demand.getRate() >= 0 && Double.isFinite(demand.getRate()))) {
			problems.add(error(demand, "rate", "rate: " + demand.getRate() + " bit/s is not a rate >= 0"));
		}
	}

	private static void userNode(KeyDemand demand, String field, String id, Map<String, NetworkNode> nodes,
			List<Problem> problems) {
		NetworkNode node = node(demand, field, id, nodes, problems);
		if (node != null && node.getKind() != NodeKind.USER) {
			problems.add(error(demand, field, field + ": node '" + id + "' is a " + node.getKind()
					+ "; demands join user sites"));
		}
	}

	private static NetworkNode node(EObject element, String field, String id, Map<String, NetworkNode> nodes,
			List<Problem> problems) {
		if (ElementPaths.isBlank(id)) {
			problems.add(error(element, field, field + ": a node id is required"));
			return null;
		}
		NetworkNode node = nodes.get(id);
		if (node == null) {
			problems.add(error(element, field, field + ": the network has no node '" + id + "'"));
		}
		return node;
	}

	private static void checkPools(KeyPools pools, List<Problem> problems) {
		positive(pools, "days", pools.getDays(), 3660, problems);
		positive(pools, "capacity", pools.getCapacity(), Double.MAX_VALUE, problems);
		positive(pools, "requestSize", pools.getRequestSize(), Double.MAX_VALUE, problems);
		positive(pools, "sampleInterval", pools.getSampleInterval(), Double.MAX_VALUE, problems);
		if (!(pools.getInitialFill() >= 0 && pools.getInitialFill() <= 1)) {
			problems.add(error(pools, "initialFill", "initialFill: " + pools.getInitialFill()
					+ " is not a fraction of the capacity in [0, 1]"));
		}
		if (!(pools.getTimeout() >= 0 && Double.isFinite(pools.getTimeout()))) {
			problems.add(error(pools, "timeout", "timeout: " + pools.getTimeout() + " s is not a time >= 0"));
		}
		if (!(pools.getHopLatency() >= 0 && Double.isFinite(pools.getHopLatency()))) {
			problems.add(error(pools, "hopLatency", "hopLatency: " + pools.getHopLatency() + " s is not a time >= 0"));
		}
		if (pools.getRequestSize() > 0 && pools.getCapacity() > 0 && pools.getRequestSize() > pools.getCapacity()) {
			problems.add(error(pools, "requestSize", "requestSize: a request of " + pools.getRequestSize()
					+ " bits can never be served from pools of " + pools.getCapacity() + " bits"));
		}
	}

	private static void positive(EObject element, String field, double value, double max, List<Problem> problems) {
		if (!(value > 0 && value <= max)) {
			problems.add(error(element, field, field + ": " + value + " is not a number > 0"
					+ (max < Double.MAX_VALUE ? " and <= " + (long) max : "")));
		}
	}

	private static void range(EObject element, String field, boolean set, double value, double limit,
			List<Problem> problems) {
		if (!set) {
			problems.add(error(element, field, field + ": a value in degrees is required"));
		} else if (!(Math.abs(value) <= limit)) {
			problems.add(error(element, field, field + ": " + value + " is outside [-" + (int) limit + ", "
					+ (int) limit + "] degrees"));
		}
	}
}
