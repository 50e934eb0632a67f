/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqci.core.engine.ExperimentEngine;
import org.openqci.core.engine.NetworkLinkExperiment;
import org.openqci.core.engine.RunOptions;
import org.openqci.core.fakes.Experiments;
import org.openqci.core.fakes.FakeModels;
import org.openqci.core.results.ResultRow;
import org.openqci.core.results.ResultSet;
import org.openqci.model.Experiment;
import org.openqci.model.Link;
import org.openqci.model.ParameterValue;

/** The experiment of a network's links: one copy of the template per network link, with its values set. */
class NetworkLinkExperimentTest {

	@Test
	void oneLinkPerNetworkLinkWithItsOwnValues() {
		Experiment e = Experiments.network();
		Experiments.axis(e, "fibre.length", 0, 100, 11, "km");
		Experiment derived = NetworkLinkExperiment.of(e);
		assertEquals(List.of("u1--t", "t--u2"), derived.getLinks().stream().map(Link::getId).toList());
		assertEquals("u1 - t", derived.getLinks().get(0).getName());
		assertEquals(40.0, length(derived.getLinks().get(1)).getValue());
		assertNull(derived.getSweep());
		assertNull(derived.getNetwork());
		assertEquals(10.0, length(e.getLinks().get(0)).getValue(), "the template is not changed");
	}

	@Test
	void aSetValueIsNotOptimised() {
		Experiment e = Experiments.network();
		ParameterValue mu0 = Experiments.value(e.getLinks().get(0).getProtocol(), "mu0", 0.3, "");
		mu0.setOptimise(true);
		ParameterValue override = org.openqci.model.QciFactory.eINSTANCE.createParameterValue();
		override.setName("protocol.mu0");
		override.setValue(0.5);
		e.getNetwork().getLinks().get(0).getParameters().add(override);
		Experiment derived = NetworkLinkExperiment.of(e);
		ParameterValue copied = derived.getLinks().get(0).getProtocol().getParameters().get(0);
		assertEquals(0.5, copied.getValue());
		assertFalse(copied.isOptimise());
	}

	@Test
	void theEngineGivesOneRowPerNetworkLinkAtItsLength() throws Exception {
		ResultSet results = new ExperimentEngine(FakeModels.registry()).run(NetworkLinkExperiment.of(
				Experiments.network()), RunOptions.none(), null);
		Map<String, ResultRow> rows = results.rows().stream().collect(Collectors.toMap(ResultRow::linkId, r -> r));
		assertEquals(2, results.rows().size());
		// the fake fibre: 0.2 dB/km, so 20 km transmits 10^-0.4 and 40 km 10^-0.8
		assertEquals(Math.pow(10, -0.4), rows.get("u1--t").channelTransmittance(), 1e-12);
		assertEquals(Math.pow(10, -0.8), rows.get("t--u2").channelTransmittance(), 1e-12);
	}

	@Test
	void anExperimentWithoutNetworkIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> NetworkLinkExperiment.of(Experiments.oneLink()));
	}

	private static ParameterValue length(Link link) {
		return link.getChannels().get(0).getParameters().stream().filter(p -> p.getName().equals("length")).findFirst()
				.orElseThrow();
	}
}
