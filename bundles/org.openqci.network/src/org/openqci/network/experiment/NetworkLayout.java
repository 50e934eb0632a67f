/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openqci.model.NetworkLink;
import org.openqci.model.NetworkNode;
import org.openqci.network.Link;
import org.openqci.network.Network;
import org.openqci.network.Node;

/**
 * Where an experiment's network is, for drawing it while it is edited, before its links are
 * evaluated: the nodes that have an id and a position in range (the first of each id), and the
 * links between two of them; key rates and lengths 0, no demands. Never fails on a network that
 * is being edited: what cannot be drawn is left out (the validator reports it).
 */
public final class NetworkLayout {

	private NetworkLayout() {
	}

	/** The drawable part of {@code model}. */
	public static Network of(org.openqci.model.Network model) {
		List<Node> nodes = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (NetworkNode n : model.getNodes()) {
			if (drawable(n) && ids.add(n.getId())) {
				nodes.add(NetworkEvaluation.node(n));
			}
		}
		List<Link> links = new ArrayList<>();
		for (NetworkLink l : model.getLinks()) {
			if (blank(l.getId()) || !ids.contains(l.getNodeA()) || !ids.contains(l.getNodeB())
					|| l.getNodeA().equals(l.getNodeB()) || !ids.add(l.getId())) {
				continue;
			}
			links.add(new Link(l.getId(), l.getNodeA(), l.getNodeB(), 0, 0));
		}
		return Network.of(nodes, links);
	}

	private static boolean drawable(NetworkNode n) {
		return !blank(n.getId()) && n.isSetLatitude() && n.isSetLongitude() && Math.abs(n.getLatitude()) <= 90
				&& Math.abs(n.getLongitude()) <= 180;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
