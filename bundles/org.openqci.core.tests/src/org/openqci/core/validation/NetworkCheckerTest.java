/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.core.fakes.Experiments;
import org.openqci.core.fakes.FakeModels;
import org.openqci.model.Experiment;
import org.openqci.model.KeyPools;
import org.openqci.model.NetworkLink;
import org.openqci.model.NodeKind;
import org.openqci.model.QciFactory;

/** The validator's checks of an experiment's network: each problem names its element and says what is wrong. */
class NetworkCheckerTest {

	private final ExperimentValidator validator = new ExperimentValidator(FakeModels.registry());

	private Problem onlyError(Experiment e, String expected) {
		List<Problem> errors = validator.validate(e).stream().filter(Problem::isError).toList();
		assertEquals(1, errors.size(), errors.toString());
		assertEquals(expected, errors.get(0).toString());
		return errors.get(0);
	}

	private static NetworkLink link(Experiment e, int index) {
		return e.getNetwork().getLinks().get(index);
	}

	@Test
	void validNetworkHasNoProblems() {
		assertEquals(List.of(), validator.validate(Experiments.network()));
	}

	@Test
	void duplicateIdsAcrossNodesLinksAndDemands() {
		Experiment e = Experiments.network();
		e.getNetwork().getDemands().get(0).setId("t");
		Problem p = onlyError(e, "network / demand 't': id: 't' is already the id of network / node 't' "
				+ "(ids are unique among the network's nodes, links and demands)");
		assertSame(e.getNetwork().getDemands().get(0), p.element());
	}

	@Test
	void linkToUnknownNodeAndSelfLoop() {
		Experiment e = Experiments.network();
		link(e, 0).setNodeA("nowhere");
		onlyError(e, "network / link 'u1--t': nodeA: the network has no node 'nowhere'");
		link(e, 0).setNodeA("t");
		onlyError(e, "network / link 'u1--t': nodeB: both ends are node 't'");
	}

	@Test
	void unknownTemplateLinkListsTheExperimentsLinks() {
		Experiment e = Experiments.network();
		link(e, 1).setLink("b");
		onlyError(e, "network / link 't--u2': link: the experiment has no link 'b' (it has a)");
	}

	@Test
	void parameterValuesAreCheckedAgainstTheTemplatesModels() {
		Experiment e = Experiments.network();
		link(e, 0).getParameters().get(0).setName("fibre.colour");
		Problem p = onlyError(e, "network / link 'u1--t' / parameter 'fibre.colour': name: unknown parameter path "
				+ "'fibre.colour' (no parameter 'colour': channel 'fibre' has length, attenuation)");
		assertSame(link(e, 0).getParameters().get(0), p.element());
		link(e, 0).getParameters().get(0).setName("fibre.length");
		link(e, 0).getParameters().get(0).setValue(5000);
		onlyError(e, "network / link 'u1--t' / parameter 'fibre.length': value 5000 km is outside "
				+ "[0, 1000] km");
		link(e, 0).getParameters().get(0).setValue(20);
		link(e, 0).getParameters().get(0).setName("a.fibre.length");
		onlyError(e, "network / link 'u1--t' / parameter 'a.fibre.length': name: 'a.fibre.length' names a link; "
				+ "give component.parameter of the link's own components (e.g. fibre.length)");
	}

	@Test
	void demandsJoinDistinctUserSites() {
		Experiment e = Experiments.network();
		e.getNetwork().getDemands().get(0).setTo("t");
		onlyError(e, "network / demand 'd': to: node 't' is a trustedNode; demands join user sites");
		e.getNetwork().getDemands().get(0).setTo("u1");
		onlyError(e, "network / demand 'd': to: both ends are node 'u1'");
		e.getNetwork().getDemands().get(0).setTo("u2");
		e.getNetwork().getDemands().get(0).unsetRate();
		onlyError(e, "network / demand 'd': rate: the requested key rate in bit/s is required");
	}

	@Test
	void nodePositionsAreRequiredAndInRange() {
		Experiment e = Experiments.network();
		e.getNetwork().getNodes().get(0).setLatitude(91);
		onlyError(e, "network / node 'u1': latitude: 91.0 is outside [-90, 90] degrees");
		e.getNetwork().getNodes().get(0).setLatitude(48);
		e.getNetwork().getNodes().get(0).unsetLongitude();
		onlyError(e, "network / node 'u1': longitude: a value in degrees is required");
	}

	@Test
	void aStationOnAFibreLinkIsAnError() {
		Experiment e = Experiments.network();
		link(e, 0).setStation("Matera");
		onlyError(e, "network / link 'u1--t': station: link 'a' has no satellite channel, so the link serves no "
				+ "ground station");
	}

	@Test
	void poolSettingsAreChecked() {
		Experiment e = Experiments.network();
		KeyPools pools = QciFactory.eINSTANCE.createKeyPools();
		e.getNetwork().setPools(pools);
		assertEquals(List.of(), validator.validate(e));
		pools.setInitialFill(1.5);
		onlyError(e, "network / pools: initialFill: 1.5 is not a fraction of the capacity in [0, 1]");
		pools.setInitialFill(0);
		pools.setRequestSize(2e9);
		onlyError(e, "network / pools: requestSize: a request of 2.0E9 bits can never be served from pools of "
				+ "1.0E9 bits");
	}

	@Test
	void emptyNetworkIsReported() {
		Experiment e = Experiments.oneLink();
		e.setNetwork(QciFactory.eINSTANCE.createNetwork());
		List<Problem> errors = validator.validate(e).stream().filter(Problem::isError).toList();
		assertEquals(List.of("network: nodes: the network has no nodes (add at least two)",
				"network: links: the network has no links (add at least one)"),
				errors.stream().map(Problem::toString).toList());
		assertEquals(NodeKind.USER, QciFactory.eINSTANCE.createNetworkNode().getKind());
	}
}
