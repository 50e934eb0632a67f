/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.openqci.model.Experiment;
import org.openqci.model.KeyDemand;
import org.openqci.model.KeyPools;
import org.openqci.model.Network;
import org.openqci.model.NetworkLink;
import org.openqci.model.NetworkNode;
import org.openqci.model.NodeKind;
import org.openqci.model.QciFactory;
import org.openqci.model.QciPackage;

/**
 * The undoable EMF.Edit commands that change an experiment's network: add the network, nodes,
 * links, demands and key pools, and remove them. New elements get a fresh id and values that
 * are valid where the network allows it, so the user edits rather than fills in.
 */
public final class NetworkCommands {

	private static final QciPackage PKG = QciPackage.eINSTANCE;
	private static final QciFactory FACTORY = QciFactory.eINSTANCE;

	private NetworkCommands() {
	}

	/**
	 * Adds a network of two user sites (Paris and Brussels) joined by one link evaluated from the
	 * experiment's first link.
	 */
	public static Command addNetwork(EditingDomain domain, Experiment experiment) {
		if (experiment.getNetwork() != null || experiment.getLinks().isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Network network = FACTORY.createNetwork();
		network.getNodes().add(node("paris", "Paris", NodeKind.USER, 48.857, 2.352));
		network.getNodes().add(node("brussels", "Brussels", NodeKind.USER, 50.847, 4.357));
		NetworkLink link = FACTORY.createNetworkLink();
		link.setId("paris--brussels");
		link.setNodeA("paris");
		link.setNodeB("brussels");
		link.setLink(experiment.getLinks().get(0).getId());
		network.getLinks().add(link);
		return SetCommand.create(domain, experiment, PKG.getExperiment_Network(), network);
	}

	/** Adds a trusted node next to {@code near} (or the first node), with a fresh id. */
	public static Command addNode(EditingDomain domain, Network network, NetworkNode near) {
		NetworkNode base = near != null ? near : network.getNodes().isEmpty() ? null : network.getNodes().get(0);
		NetworkNode node = node(fresh(network, "node"), "", NodeKind.TRUSTED_NODE,
				base == null ? 50 : base.getLatitude() + 0.5, base == null ? 5 : base.getLongitude() + 0.5);
		return AddCommand.create(domain, network, PKG.getNetwork_Nodes(), node);
	}

	/** Adds a copy of {@code like} (or a link between the first two nodes) with a fresh id. */
	public static Command addLink(EditingDomain domain, Experiment experiment, Network network, NetworkLink like) {
		NetworkLink link;
		if (like != null) {
			link = EcoreUtil.copy(like);
		} else {
			if (network.getNodes().size() < 2 || experiment.getLinks().isEmpty()) {
				return UnexecutableCommand.INSTANCE;
			}
			link = FACTORY.createNetworkLink();
			link.setNodeA(network.getNodes().get(0).getId());
			link.setNodeB(network.getNodes().get(1).getId());
			link.setLink(experiment.getLinks().get(0).getId());
		}
		link.setId(fresh(network, link.getNodeA() + "--" + link.getNodeB()));
		return AddCommand.create(domain, network, PKG.getNetwork_Links(), link);
	}

	/** Adds a demand of 1 kbit/s between the first two user sites (or a copy of {@code like}). */
	public static Command addDemand(EditingDomain domain, Network network, KeyDemand like) {
		KeyDemand demand;
		if (like != null) {
			demand = EcoreUtil.copy(like);
		} else {
			var users = network.getNodes().stream().filter(n -> n.getKind() == NodeKind.USER).toList();
			if (users.size() < 2) {
				return UnexecutableCommand.INSTANCE;
			}
			demand = FACTORY.createKeyDemand();
			demand.setFrom(users.get(0).getId());
			demand.setTo(users.get(1).getId());
			demand.setRate(1000);
		}
		demand.setId(fresh(network, demand.getFrom() + "-" + demand.getTo()));
		return AddCommand.create(domain, network, PKG.getNetwork_Demands(), demand);
	}

	/** Adds a key-pool simulation with its defaults (a week, requests of 1000 AES-256 keys). */
	public static Command addPools(EditingDomain domain, Network network) {
		if (network.getPools() != null) {
			return UnexecutableCommand.INSTANCE;
		}
		KeyPools pools = FACTORY.createKeyPools();
		return SetCommand.create(domain, network, PKG.getNetwork_Pools(), pools);
	}

	/** Removes a node, link, demand, the key pools or the whole network. */
	public static Command remove(EditingDomain domain, EObject element) {
		if (element instanceof Network network && network.eContainer() instanceof Experiment experiment) {
			return SetCommand.create(domain, experiment, PKG.getExperiment_Network(), null);
		}
		if (element instanceof KeyPools pools && pools.eContainer() instanceof Network network) {
			return SetCommand.create(domain, network, PKG.getNetwork_Pools(), null);
		}
		if (element instanceof NetworkNode || element instanceof NetworkLink || element instanceof KeyDemand) {
			return RemoveCommand.create(domain, element);
		}
		return UnexecutableCommand.INSTANCE;
	}

	private static NetworkNode node(String id, String name, NodeKind kind, double latitude, double longitude) {
		NetworkNode node = FACTORY.createNetworkNode();
		node.setId(id);
		node.setName(name);
		node.setKind(kind);
		node.setLatitude(latitude);
		node.setLongitude(longitude);
		return node;
	}

	/** {@code base}, or {@code base-2}, {@code base-3}... if a node, link or demand has that id. */
	private static String fresh(Network network, String base) {
		Set<String> taken = new HashSet<>();
		network.getNodes().forEach(n -> taken.add(n.getId()));
		network.getLinks().forEach(l -> taken.add(l.getId()));
		network.getDemands().forEach(d -> taken.add(d.getId()));
		String stem = base.replaceFirst("-\\d+$", "");
		return taken.contains(stem) ? StructureCommands.unique(stem, taken) : stem;
	}
}
