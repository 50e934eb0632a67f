/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm.MaximumFlow;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.YenShortestPathIterator;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The graph computations behind {@link NetworkAnalysis}, on JGraphT graphs that stay inside this
 * class: the maximum flow and its minimum cut by the push-relabel algorithm (A. V. Goldberg and
 * R. E. Tarjan, 1988), single routes by Dijkstra's algorithm and breadth-first search.
 */
final class Routes {

	/** Flows at most this (bit/s) are rounding, not key (JGraphT's flow tolerance). */
	private static final double FLOW_EPSILON = 1e-9;

	/** Relative tolerance when comparing route lengths. */
	private static final double LENGTH_TOLERANCE = 1e-9;

	/** How many more routes of hops than routes wanted Yen's algorithm may give, to order ties. */
	private static final int TIES_LOOKED_AT = 100;

	private Routes() {
	}

	/** The links key may take between {@code from} and {@code to}: rate above 0, relaying ends. */
	private static List<Link> usable(Network network, String from, String to) {
		List<Link> usable = new ArrayList<>();
		for (Link link : network.links()) {
			if (link.keyRate() > 0 && passable(network, link.nodeA(), from, to)
					&& passable(network, link.nodeB(), from, to)) {
				usable.add(link);
			}
		}
		return usable;
	}

	private static boolean passable(Network network, String node, String from, String to) {
		return node.equals(from) || node.equals(to) || network.node(node).relays();
	}

	/**
	 * The maximum flow between two distinct nodes of the network, with its minimum cut. Parallel
	 * links are merged into one edge first: on an undirected multigraph JGraphT 1.5.3's flow
	 * algorithms give an edge's reverse arc the capacity of whichever edge joins the same two
	 * vertices (links of 1000 and 2000 bit/s in parallel gave 2000 one way, 3000 the other).
	 */
	static Throughput maxFlow(Network network, String from, String to) {
		Graph<String, Hop> graph = graph(network, from, to, Routing.MAX_FLOW);
		PushRelabelMFImpl<String, Hop> algorithm = new PushRelabelMFImpl<>(graph);
		MaximumFlow<Hop> flow = algorithm.getMaximumFlow(from, to);
		if (!(flow.getValue() > FLOW_EPSILON)) {
			return Throughput.none(from, to, Routing.MAX_FLOW);
		}
		Map<Hop, Double> flowMap = flow.getFlowMap();
		Set<Hop> cut = algorithm.getCutEdges();
		Map<Link, Double> carried = new HashMap<>();
		Set<Link> bottleneck = new HashSet<>();
		for (Hop hop : graph.edgeSet()) {
			double rate = Math.min(flowMap.getOrDefault(hop, 0.0), hop.rate);
			for (Link link : hop.links) {
				if (rate > FLOW_EPSILON) {
					carried.put(link, rate * link.keyRate() / hop.rate);
				}
				if (cut.contains(hop)) {
					bottleneck.add(link);
				}
			}
		}
		List<LinkLoad> loads = new ArrayList<>();
		List<String> bottlenecks = new ArrayList<>();
		for (Link link : network.links()) {
			if (carried.containsKey(link)) {
				loads.add(new LinkLoad(link.id(), carried.get(link)));
			}
			if (bottleneck.contains(link)) {
				bottlenecks.add(link.id());
			}
		}
		return new Throughput(from, to, Routing.MAX_FLOW, flow.getValue(), loads, bottlenecks, List.of());
	}

	/**
	 * The single route of least cost between two distinct nodes (cost: 1 per hop, or length);
	 * among routes of least cost the widest, found by breadth-first search among the arcs on
	 * routes of least cost whose rate reaches a threshold, the threshold lowered until one is found.
	 */
	static Throughput singlePath(Network network, String from, String to, Routing routing) {
		Graph<String, Hop> hops = graph(network, from, to, routing);
		DijkstraShortestPath<String, Hop> dijkstra = new DijkstraShortestPath<>(hops);
		SingleSourcePaths<String, Hop> fromStart = dijkstra.getPaths(from);
		double least = fromStart.getWeight(to);
		if (Double.isInfinite(least)) {
			return Throughput.none(from, to, routing);
		}
		SingleSourcePaths<String, Hop> fromEnd = dijkstra.getPaths(to);
		double tolerance = LENGTH_TOLERANCE * Math.max(1, least);
		Graph<String, Arc> arcs = new SimpleDirectedGraph<>(Arc.class);
		hops.vertexSet().forEach(arcs::addVertex);
		TreeSet<Double> rates = new TreeSet<>();
		for (Hop hop : hops.edgeSet()) {
			double cost = hops.getEdgeWeight(hop);
			for (int way = 0; way < 2; way++) {
				String tail = way == 0 ? hop.a : hop.b;
				String head = way == 0 ? hop.b : hop.a;
				if (Math.abs(fromStart.getWeight(tail) + cost + fromEnd.getWeight(head) - least) <= tolerance) {
					arcs.addEdge(tail, head, new Arc(hop, tail, head));
					rates.add(hop.rate);
				}
			}
		}
		GraphPath<String, Arc> path = null;
		for (double threshold : rates.descendingSet()) {
			Graph<String, Arc> wide = new MaskSubgraph<>(arcs, vertex -> false, arc -> arc.hop.rate < threshold);
			path = BFSShortestPath.findPathBetween(wide, from, to);
			if (path != null) {
				break;
			}
		}
		if (path == null) {
			throw new IllegalStateException("no route of least cost from " + from + " to " + to);
		}
		double rate = Double.POSITIVE_INFINITY;
		for (Arc arc : path.getEdgeList()) {
			rate = Math.min(rate, arc.hop.rate);
		}
		List<LinkLoad> loads = new ArrayList<>();
		List<String> bottlenecks = new ArrayList<>();
		for (Arc arc : path.getEdgeList()) {
			for (Link link : arc.hop.links) {
				loads.add(new LinkLoad(link.id(), rate * link.keyRate() / arc.hop.rate));
				if (arc.hop.rate == rate) {
					bottlenecks.add(link.id());
				}
			}
		}
		return new Throughput(from, to, routing, rate, loads, bottlenecks, path.getVertexList());
	}

	/**
	 * Up to {@code max} simple routes between two distinct nodes over the usable links, each as its
	 * links' ids from {@code from}, by fewest hops, then least length, then the network's order of
	 * links. Yen's algorithm runs on the graph of hops (parallel links merged, a hop as long as its
	 * shortest link, and weighing more than all lengths together, so that a route's weight orders
	 * it by hops first); each route of hops it gives is then expanded into one route per choice of
	 * parallel links. No expansion weighs less than its route of hops, so once Yen's next route
	 * weighs more than the {@code max}-th route found, the routes found are the first. (On the
	 * multigraph of links itself JGraphT 1.5.3's Yen iterator missed routes that cross two
	 * groups of parallel links.)
	 */
	static List<List<String>> relayRoutes(Network network, String from, String to, int max) {
		Graph<String, Hop> hops = graph(network, from, to, Routing.SHORTEST_ROUTE);
		double perHop = 1;
		for (Link link : usable(network, from, to)) {
			perHop += link.lengthKm();
		}
		for (Hop hop : hops.edgeSet()) {
			hops.setEdgeWeight(hop, perHop + hop.length);
		}
		Map<Link, Integer> order = new HashMap<>();
		for (Link link : network.links()) {
			order.put(link, order.size());
		}
		Comparator<List<Link>> byHops = Comparator.comparingInt(List::size);
		Comparator<List<Link>> inOrder = byHops.thenComparingDouble(Routes::length).thenComparing((a, b) -> {
			for (int k = 0; k < a.size(); k++) {
				int c = Integer.compare(order.get(a.get(k)), order.get(b.get(k)));
				if (c != 0) {
					return c;
				}
			}
			return 0;
		});
		YenShortestPathIterator<String, Hop> paths = new YenShortestPathIterator<>(hops, from, to);
		List<List<Link>> found = new ArrayList<>();
		int drawn = 0;
		while (paths.hasNext() && drawn < max + TIES_LOOKED_AT) {
			GraphPath<String, Hop> path = paths.next();
			drawn++;
			if (found.size() >= max) {
				List<Link> last = found.get(max - 1);
				double weight = last.size() * perHop + length(last);
				if (path.getWeight() > weight + LENGTH_TOLERANCE * weight) {
					break;
				}
			}
			expand(path.getEdgeList(), new ArrayList<>(), found);
			found.sort(inOrder);
			if (found.size() > max) {
				found.subList(max, found.size()).clear();
			}
		}
		List<List<String>> routes = new ArrayList<>();
		for (List<Link> route : found) {
			routes.add(route.stream().map(Link::id).toList());
		}
		return List.copyOf(routes);
	}

	/** Adds to {@code routes} every route of links along {@code hops} that starts with {@code start}. */
	private static void expand(List<Hop> hops, List<Link> start, List<List<Link>> routes) {
		if (start.size() == hops.size()) {
			routes.add(List.copyOf(start));
			return;
		}
		for (Link link : hops.get(start.size()).links) {
			start.add(link);
			expand(hops, start, routes);
			start.remove(start.size() - 1);
		}
	}

	private static double length(List<Link> route) {
		double length = 0;
		for (Link link : route) {
			length += link.lengthKm();
		}
		return length;
	}

	/**
	 * The usable links merged into hops, one per pair of nodes, weighted by the routing's cost
	 * (for {@link Routing#MAX_FLOW} the key rate).
	 */
	private static Graph<String, Hop> graph(Network network, String from, String to, Routing routing) {
		Graph<String, Hop> hops = new SimpleWeightedGraph<>(Hop.class);
		network.nodes().forEach(node -> hops.addVertex(node.id()));
		Map<List<String>, Hop> byEnds = new LinkedHashMap<>();
		for (Link link : usable(network, from, to)) {
			List<String> ends = link.nodeA().compareTo(link.nodeB()) < 0 ? List.of(link.nodeA(), link.nodeB())
					: List.of(link.nodeB(), link.nodeA());
			byEnds.computeIfAbsent(ends, key -> new Hop(key.get(0), key.get(1))).add(link);
		}
		for (Hop hop : byEnds.values()) {
			hops.addEdge(hop.a, hop.b, hop);
			hops.setEdgeWeight(hop, switch (routing) {
			case MAX_FLOW -> hop.rate;
			case FEWEST_HOPS -> 1;
			case SHORTEST_ROUTE -> hop.length;
			});
		}
		return hops;
	}

	/** The links joining one pair of nodes, relaying together: their rates add up. */
	private static final class Hop {
		final String a;
		final String b;
		final List<Link> links = new ArrayList<>();
		double rate;
		double length = Double.POSITIVE_INFINITY;

		Hop(String a, String b) {
			this.a = a;
			this.b = b;
		}

		void add(Link link) {
			links.add(link);
			rate += link.keyRate();
			length = Math.min(length, link.lengthKm());
		}
	}

	/** A hop taken in one direction along a route of least cost. */
	private record Arc(Hop hop, String tail, String head) {
	}
}
