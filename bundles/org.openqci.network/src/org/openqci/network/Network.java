/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable trusted-node QKD network: nodes, the QKD links between them and the key demands
 * between user sites. Ids are unique over nodes, links and demands together, so that one id
 * names one element. Several links may join the same two nodes (their key rates add up).
 */
public final class Network {

	private final List<Node> nodes;
	private final List<Link> links;
	private final List<Demand> demands;
	private final Map<String, Node> nodeById;
	private final Map<String, Link> linkById;

	private Network(List<Node> nodes, List<Link> links, List<Demand> demands, Map<String, Node> nodeById,
			Map<String, Link> linkById) {
		this.nodes = nodes;
		this.links = links;
		this.demands = demands;
		this.nodeById = nodeById;
		this.linkById = linkById;
	}

	/**
	 * A network without demands; see {@link #of(Collection, Collection, Collection)}.
	 */
	public static Network of(Collection<Node> nodes, Collection<Link> links) {
		return of(nodes, links, List.of());
	}

	/**
	 * A network of the given elements, kept in the order given.
	 *
	 * @throws IllegalArgumentException if an id is used twice, a link or demand names a node
	 *                                  that is not there, or a demand ends at a node that is not
	 *                                  a {@linkplain NodeKind#USER user site}
	 */
	public static Network of(Collection<Node> nodes, Collection<Link> links, Collection<Demand> demands) {
		List<Node> nodeList = copy(nodes, "node");
		List<Link> linkList = copy(links, "link");
		List<Demand> demandList = copy(demands, "demand");
		Map<String, String> kindById = new HashMap<>();
		Map<String, Node> nodeById = new LinkedHashMap<>();
		for (Node node : nodeList) {
			claim(kindById, node.id(), "node");
			nodeById.put(node.id(), node);
		}
		Map<String, Link> linkById = new LinkedHashMap<>();
		for (Link link : linkList) {
			claim(kindById, link.id(), "link");
			requireNode(nodeById, link.nodeA(), "link " + link.id());
			requireNode(nodeById, link.nodeB(), "link " + link.id());
			linkById.put(link.id(), link);
		}
		for (Demand demand : demandList) {
			claim(kindById, demand.id(), "demand");
			requireUser(nodeById, demand.from(), demand);
			requireUser(nodeById, demand.to(), demand);
		}
		return new Network(nodeList, linkList, demandList, nodeById, linkById);
	}

	private static <T> List<T> copy(Collection<T> elements, String kind) {
		Objects.requireNonNull(elements, kind + "s");
		List<T> copy = new ArrayList<>(elements.size());
		for (T element : elements) {
			copy.add(Objects.requireNonNull(element, () -> "a " + kind + " is null"));
		}
		return List.copyOf(copy);
	}

	private static void claim(Map<String, String> kindById, String id, String kind) {
		String previous = kindById.putIfAbsent(id, kind);
		if (previous != null) {
			throw new IllegalArgumentException("duplicate id " + id + " (a " + previous + " and a " + kind + ")");
		}
	}

	private static void requireNode(Map<String, Node> nodeById, String nodeId, String element) {
		if (!nodeById.containsKey(nodeId)) {
			throw new IllegalArgumentException(element + ": unknown node " + nodeId);
		}
	}

	private static void requireUser(Map<String, Node> nodeById, String nodeId, Demand demand) {
		requireNode(nodeById, nodeId, "demand " + demand.id());
		NodeKind kind = nodeById.get(nodeId).kind();
		if (kind != NodeKind.USER) {
			throw new IllegalArgumentException("demand " + demand.id() + ": node " + nodeId + " is " + kind
					+ ", not a USER site");
		}
	}

	/** The nodes, in the order given. */
	public List<Node> nodes() {
		return nodes;
	}

	/** The links, in the order given. */
	public List<Link> links() {
		return links;
	}

	/** The demands, in the order given. */
	public List<Demand> demands() {
		return demands;
	}

	/** The user sites, in the order of {@link #nodes()}. */
	public List<Node> users() {
		return nodes.stream().filter(node -> node.kind() == NodeKind.USER).toList();
	}

	/** Whether the network has a node of this id. */
	public boolean hasNode(String id) {
		return nodeById.containsKey(id);
	}

	/** Whether the network has a link of this id. */
	public boolean hasLink(String id) {
		return linkById.containsKey(id);
	}

	/**
	 * The node of this id.
	 *
	 * @throws IllegalArgumentException if there is none
	 */
	public Node node(String id) {
		Node node = nodeById.get(id);
		if (node == null) {
			throw new IllegalArgumentException("unknown node " + id);
		}
		return node;
	}

	/**
	 * The link of this id.
	 *
	 * @throws IllegalArgumentException if there is none
	 */
	public Link link(String id) {
		Link link = linkById.get(id);
		if (link == null) {
			throw new IllegalArgumentException("unknown link " + id);
		}
		return link;
	}

	/**
	 * The links that end at a node, in the order of {@link #links()}.
	 *
	 * @throws IllegalArgumentException if there is no such node
	 */
	public List<Link> linksOf(String nodeId) {
		node(nodeId);
		return links.stream().filter(link -> link.joins(nodeId)).toList();
	}

	/**
	 * The network without a node or a link, for what-if studies. Taking out a node takes out the
	 * links that end there and the demands that end there too (a demand cannot outlive its user
	 * site: {@link NetworkAnalysis#whatIf} counts it as served at 0 bit/s afterwards).
	 *
	 * @param id the id of a node or a link
	 * @throws IllegalArgumentException if no node or link has this id
	 */
	public Network without(String id) {
		if (nodeById.containsKey(id)) {
			return of(nodes.stream().filter(node -> !node.id().equals(id)).toList(),
					links.stream().filter(link -> !link.joins(id)).toList(),
					demands.stream().filter(demand -> !demand.endsAt(id)).toList());
		}
		if (linkById.containsKey(id)) {
			return of(nodes, links.stream().filter(link -> !link.id().equals(id)).toList(), demands);
		}
		throw new IllegalArgumentException("no node or link " + id + " in the network");
	}

	@Override
	public String toString() {
		return "Network[" + nodes.size() + " nodes, " + links.size() + " links, " + demands.size() + " demands]";
	}
}
