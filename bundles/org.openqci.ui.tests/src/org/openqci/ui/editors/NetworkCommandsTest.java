/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqci.core.validation.ExperimentValidator;
import org.openqci.core.validation.Problem;
import org.openqci.model.Experiment;
import org.openqci.model.Network;
import org.openqci.model.NetworkLink;
import org.openqci.model.NetworkNode;
import org.openqci.model.NodeKind;
import org.openqci.model.files.ExperimentFiles;
import org.openqci.ui.ModelRegistryAccess;
import org.openqci.ui.navigator.ExperimentTemplate;

/** The undoable commands behind the network entries of the experiment tree's menu. */
class NetworkCommandsTest {

	private AdapterFactoryEditingDomain domain;
	private CommandStack stack;
	private Experiment experiment;

	@BeforeEach
	void createDomain() {
		ResourceSet resourceSet = ExperimentFiles.newResourceSet();
		domain = EditingDomains.newDomain(EditingDomains.newAdapterFactory(), resourceSet);
		stack = domain.getCommandStack();
		Resource resource = resourceSet.createResource(URI.createFileURI("/tmp/network.qci"));
		experiment = ExperimentTemplate.create("Test");
		resource.getContents().add(experiment);
	}

	private void execute(Command command) {
		assertTrue(command.canExecute(), "command can execute: " + command.getLabel());
		stack.execute(command);
	}

	@Test
	void aNewNetworkIsValidAndGrowsWithFreshIds() {
		execute(NetworkCommands.addNetwork(domain, experiment));
		Network network = experiment.getNetwork();
		assertNotNull(network);
		assertFalse(NetworkCommands.addNetwork(domain, experiment).canExecute(), "one network per experiment");
		List<Problem> errors = new ExperimentValidator(ModelRegistryAccess.find().orElseThrow()).validate(experiment)
				.stream().filter(Problem::isError).toList();
		assertEquals(List.of(), errors, "the new network validates with the template's link");

		execute(NetworkCommands.addNode(domain, network, network.getNodes().get(0)));
		NetworkNode added = network.getNodes().get(2);
		assertEquals("node", added.getId());
		assertEquals(NodeKind.TRUSTED_NODE, added.getKind());
		assertEquals(network.getNodes().get(0).getLatitude() + 0.5, added.getLatitude());
		execute(NetworkCommands.addNode(domain, network, null));
		assertEquals("node-2", network.getNodes().get(3).getId());

		NetworkLink first = network.getLinks().get(0);
		execute(NetworkCommands.addLink(domain, experiment, network, first));
		assertEquals(first.getId() + "-2", network.getLinks().get(1).getId());
		execute(NetworkCommands.addDemand(domain, network, null));
		assertEquals("paris-brussels", network.getDemands().get(0).getId());
		assertEquals(1000, network.getDemands().get(0).getRate());
		execute(NetworkCommands.addPools(domain, network));
		assertFalse(NetworkCommands.addPools(domain, network).canExecute());
		assertEquals(7, network.getPools().getDays());

		execute(NetworkCommands.remove(domain, added));
		assertEquals(3, network.getNodes().size());
		execute(NetworkCommands.remove(domain, network.getPools()));
		assertNull(network.getPools());

		for (int i = 0; i < 8; i++) {
			stack.undo();
		}
		assertEquals(2, network.getNodes().size());
		assertEquals(1, network.getLinks().size());
		stack.undo();
		assertNull(experiment.getNetwork());
	}
}
