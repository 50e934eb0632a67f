/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.experiment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.openqci.core.engine.ExperimentEngine;
import org.openqci.core.engine.ExperimentException;
import org.openqci.core.engine.NetworkLinkExperiment;
import org.openqci.core.engine.RunOptions;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.results.PassResult;
import org.openqci.core.results.PassResults;
import org.openqci.core.results.ResultRow;
import org.openqci.core.results.ResultSet;
import org.openqci.core.validation.ExperimentValidator;
import org.openqci.core.validation.Problem;
import org.openqci.model.Experiment;
import org.openqci.model.NetworkLink;
import org.openqci.model.NetworkNode;
import org.openqci.network.Demand;
import org.openqci.network.Link;
import org.openqci.network.Network;
import org.openqci.network.Node;
import org.openqci.network.NodeKind;
import org.openqci.network.Routing;
import org.openqci.network.pools.LinkSupply;
import org.openqci.network.pools.SupplyWindow;

/**
 * Turns an experiment's network into a {@link Network} with every link's key rate from the
 * engine: a fibre or free-space link's rate is its experiment link's secret key rate at the
 * network link's values; a satellite link's rate is the key of all its station's passes in the
 * pass analysis divided by the analysis' duration, and its key arrives pass by pass (a
 * {@link LinkSupply} of windows that repeat with the analysis' duration).
 */
public final class NetworkEvaluation {

	private NetworkEvaluation() {
	}

	/**
	 * Validates the experiment, evaluates its network's links and builds the network.
	 *
	 * @param experiment an experiment with a network (not modified)
	 * @param registry   the contributed models
	 * @param options    overrides and provenance ({@code null}: none); overrides apply to the
	 *                   network links' experiment, whose link ids are the network links' ids
	 * @param monitor    progress and cancellation; may be {@code null}
	 * @throws ExperimentException if the experiment has errors (each naming its element) or a
	 *                             model fails
	 */
	public static EvaluatedNetwork evaluate(Experiment experiment, ModelRegistry registry, RunOptions options,
			IProgressMonitor monitor) throws ExperimentException {
		Objects.requireNonNull(experiment, "experiment");
		if (experiment.getNetwork() == null) {
			throw new IllegalArgumentException("experiment '" + experiment.getName() + "' has no network");
		}
		List<Problem> errors = new ExperimentValidator(registry).validate(experiment).stream()
				.filter(Problem::isError).toList();
		if (!errors.isEmpty()) {
			throw new ExperimentException(errors);
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Evaluating the network's links", 100);
		ResultSet results = new ExperimentEngine(registry).run(NetworkLinkExperiment.of(experiment), options,
				progress.split(100));
		return build(experiment.getNetwork(), results);
	}

	/** The network of a model and the results of its links' experiment. */
	static EvaluatedNetwork build(org.openqci.model.Network model, ResultSet results) {
		Map<String, ResultRow> rows = new HashMap<>();
		results.rows().forEach(row -> rows.putIfAbsent(row.linkId(), row));
		List<Node> nodes = new ArrayList<>();
		Map<String, Node> nodeById = new HashMap<>();
		for (NetworkNode n : model.getNodes()) {
			Node node = node(n);
			nodes.add(node);
			nodeById.put(node.id(), node);
		}
		List<Link> links = new ArrayList<>();
		List<LinkSupply> supplies = new ArrayList<>();
		PassResults passes = results.passes();
		for (NetworkLink l : model.getLinks()) {
			double length = l.isSetLength() ? l.getLength()
					: greatCircleKm(nodeById.get(l.getNodeA()), nodeById.get(l.getNodeB()));
			double rate;
			if (l.getStation() != null && !l.getStation().isBlank() && passes != null) {
				double seconds = Duration.between(passes.start(), passes.end()).toMillis() / 1000.0;
				rate = passes.totalBits(l.getId(), l.getStation()) / seconds;
				supplies.add(LinkSupply.windows(l.getId(), windows(passes, l), seconds));
			} else {
				ResultRow row = rows.get(l.getId());
				rate = row == null ? 0 : Math.max(0, row.secretKeyPerSecond());
				supplies.add(LinkSupply.steady(l.getId(), rate));
			}
			links.add(new Link(l.getId(), l.getNodeA(), l.getNodeB(), rate, length));
		}
		List<Demand> demands = model.getDemands().stream()
				.map(d -> new Demand(d.getId(), d.getFrom(), d.getTo(), d.getRate())).toList();
		return new EvaluatedNetwork(Network.of(nodes, links, demands), routing(model.getRouting()), results,
				List.copyOf(supplies), KeyPoolSettings.of(model.getPools(), routing(model.getRouting())));
	}

	private static List<SupplyWindow> windows(PassResults passes, NetworkLink link) {
		Instant start = passes.start();
		List<SupplyWindow> windows = new ArrayList<>();
		for (PassResult pass : passes.passes(link.getId(), link.getStation())) {
			double from = Duration.between(start, pass.start()).toMillis() / 1000.0;
			double to = Duration.between(start, pass.end()).toMillis() / 1000.0;
			if (to > from && pass.secretBits() > 0) {
				windows.add(new SupplyWindow(from, to, pass.secretBits()));
			}
		}
		return windows;
	}

	/** The network's node for the model's (its position as given: validate first). */
	static Node node(NetworkNode node) {
		return new Node(node.getId(), node.getName() == null ? "" : node.getName(), kind(node.getKind()),
				node.getLatitude(), node.getLongitude());
	}

	/** The network's kind of node for the model's. */
	static NodeKind kind(org.openqci.model.NodeKind kind) {
		return switch (kind) {
		case USER -> NodeKind.USER;
		case TRUSTED_NODE -> NodeKind.TRUSTED;
		case GROUND_STATION -> NodeKind.GROUND_STATION;
		case SATELLITE -> NodeKind.SATELLITE;
		};
	}

	/** The network's routing for the model's. */
	static Routing routing(org.openqci.model.Routing routing) {
		return switch (routing) {
		case MAX_FLOW -> Routing.MAX_FLOW;
		case FEWEST_HOPS -> Routing.FEWEST_HOPS;
		case SHORTEST_ROUTE -> Routing.SHORTEST_ROUTE;
		};
	}

	/** The great-circle distance between two nodes on a sphere of the Earth's mean radius, in km. */
	static double greatCircleKm(Node a, Node b) {
		double phi1 = Math.toRadians(a.latitude());
		double phi2 = Math.toRadians(b.latitude());
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(b.longitude() - a.longitude());
		double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
		return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
	}
}
