/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.model.Network;
import org.openqci.model.NetworkLink;
import org.openqci.model.NetworkNode;
import org.openqci.model.NodeKind;
import org.openqci.model.QciFactory;
import org.openqci.network.Link;
import org.openqci.network.Node;

/** The layout of a network being edited leaves out what cannot be drawn and never fails. */
class NetworkLayoutTest {

	private static final QciFactory F = QciFactory.eINSTANCE;

	@Test
	void whatCannotBeDrawnIsLeftOut() {
		Network model = F.createNetwork();
		model.getNodes().add(node("a", 48, 2));
		model.getNodes().add(node("b", 50, 4));
		model.getNodes().add(node("a", 10, 10)); // a duplicate id
		model.getNodes().add(node("far", 95, 0)); // latitude out of range
		NetworkNode unplaced = F.createNetworkNode();
		unplaced.setId("unplaced");
		model.getNodes().add(unplaced);
		model.getLinks().add(link("ab", "a", "b"));
		model.getLinks().add(link("a-far", "a", "far"));
		model.getLinks().add(link("loop", "a", "a"));
		model.getLinks().add(link("b", "a", "b")); // the id of a node
		model.getLinks().add(link(null, "a", "b"));

		org.openqci.network.Network layout = NetworkLayout.of(model);

		assertEquals(List.of("a", "b"), layout.nodes().stream().map(Node::id).toList());
		assertEquals(48, layout.node("a").latitude());
		assertEquals(List.of("ab"), layout.links().stream().map(Link::id).toList());
		assertEquals(0, layout.link("ab").keyRate());
	}

	private static NetworkNode node(String id, double lat, double lon) {
		NetworkNode node = F.createNetworkNode();
		node.setId(id);
		node.setKind(NodeKind.TRUSTED_NODE);
		node.setLatitude(lat);
		node.setLongitude(lon);
		return node;
	}

	private static NetworkLink link(String id, String a, String b) {
		NetworkLink link = F.createNetworkLink();
		link.setId(id);
		link.setNodeA(a);
		link.setNodeB(b);
		return link;
	}
}
