/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqci.core.orbit.Station;
import org.openqci.core.results.PassResult;
import org.openqci.core.results.PassResults;
import org.openqci.core.results.Provenance;
import org.openqci.core.results.ResultRow;
import org.openqci.core.results.ResultSet;
import org.openqci.model.KeyDemand;
import org.openqci.model.NetworkLink;
import org.openqci.model.NetworkNode;
import org.openqci.model.NodeKind;
import org.openqci.model.QciFactory;
import org.openqci.network.Network;
import org.openqci.network.Routing;
import org.openqci.network.pools.LinkSupply;

/**
 * Building the analysed network from a model and the engine's results: fibre links take their
 * row's key rate, satellite links the key of their station's passes over the analysis' duration
 * with the passes as supply windows, and a link without a length gets the great-circle distance.
 */
class NetworkEvaluationTest {

	private static final QciFactory F = QciFactory.eINSTANCE;
	private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

	@Test
	void ratesFromRowsAndPasses() {
		org.openqci.model.Network model = F.createNetwork();
		model.setRouting(org.openqci.model.Routing.FEWEST_HOPS);
		model.getNodes().add(node("paris", NodeKind.USER, 48.857, 2.352));
		model.getNodes().add(node("brussels", NodeKind.USER, 50.847, 4.357));
		model.getNodes().add(node("ogs", NodeKind.GROUND_STATION, 50.0, 4.0));
		model.getNodes().add(node("sat", NodeKind.SATELLITE, 45.0, 0.0));
		model.getLinks().add(link("fibre", "paris", "brussels", null));
		model.getLinks().add(link("down", "sat", "ogs", "Uccle"));
		KeyDemand demand = F.createKeyDemand();
		demand.setId("d");
		demand.setFrom("paris");
		demand.setTo("brussels");
		demand.setRate(10);
		model.getDemands().add(demand);
		PassResult pass1 = pass("down", "Uccle", 1, 3600, 300, 1e6);
		PassResult pass2 = pass("down", "Uccle", 2, 9000, 240, 5e5);
		PassResult other = pass("down", "Elsewhere", 1, 100, 200, 7e9);
		PassResults passes = new PassResults("sat", T0, T0.plusSeconds(86_400), List.of(
				new Station("Uccle", 50.8, 4.36, 100, 10)), List.of(pass1, pass2, other), List.of(), List.of());
		ResultSet results = new ResultSet(List.of(), List.of(row("fibre", 1234.5), row("down", 99)),
				new Provenance("n", "", "", List.of(), Map.of(), T0, Map.of()), Map.of(), passes);

		EvaluatedNetwork evaluated = NetworkEvaluation.build(model, results);

		Network network = evaluated.network();
		assertEquals(Routing.FEWEST_HOPS, evaluated.routing());
		assertEquals(1234.5, network.link("fibre").keyRate());
		assertEquals(1.5e6 / 86_400, network.link("down").keyRate(), 1e-12);
		// Paris-Brussels great circle: about 263 km
		assertEquals(263, network.link("fibre").lengthKm(), 3);
		assertEquals(org.openqci.network.NodeKind.SATELLITE, network.node("sat").kind());
		assertEquals(1, network.demands().size());
		LinkSupply down = evaluated.supplies().get(1);
		assertEquals(2, down.windows().size());
		assertEquals(3600, down.windows().get(0).start());
		assertEquals(3900, down.windows().get(0).end());
		assertEquals(5e5, down.windows().get(1).bits());
		assertEquals(86_400, down.period());
		assertEquals(1234.5, evaluated.supplies().get(0).steadyBitsPerSecond());
		assertNull(evaluated.pools());
	}

	private static NetworkNode node(String id, NodeKind kind, double lat, double lon) {
		NetworkNode node = F.createNetworkNode();
		node.setId(id);
		node.setKind(kind);
		node.setLatitude(lat);
		node.setLongitude(lon);
		return node;
	}

	private static NetworkLink link(String id, String a, String b, String station) {
		NetworkLink link = F.createNetworkLink();
		link.setId(id);
		link.setNodeA(a);
		link.setNodeB(b);
		link.setLink("template");
		link.setStation(station);
		return link;
	}

	private static ResultRow row(String link, double bitsPerSecond) {
		return new ResultRow(link, link, "toy", new double[0], bitsPerSecond / 1e9, bitsPerSecond, 0.01, 0.02, 0.1,
				1, 1, Map.of(), Map.of());
	}

	private static PassResult pass(String link, String station, int number, long start, long seconds, double bits) {
		return new PassResult(link, link, station, number, T0.plusSeconds(start), T0.plusSeconds(start + seconds), 60,
				-30, bits, 1e11, 1e7, 0.01, true, Map.of(), List.of());
	}
}
