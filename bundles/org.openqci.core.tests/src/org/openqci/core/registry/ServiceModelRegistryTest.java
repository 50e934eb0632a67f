/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.core.fakes.FakeModels;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.ModelContribution;

class ServiceModelRegistryTest {

	@Test
	void modelsComeAndGoWithTheirServices() {
		ServiceModelRegistry registry = new ServiceModelRegistry();
		FakeModels.Laser laser = new FakeModels.Laser();
		FakeModels.SinglePhotonSource single = new FakeModels.SinglePhotonSource();
		FakeModels.ToyProtocol toy = new FakeModels.ToyProtocol();
		registry.addSource(single);
		registry.addSource(laser);
		registry.addProtocol(toy);
		registry.addChannel(new FakeModels.Fibre());
		registry.addDetector(new FakeModels.Spad());
		assertEquals(List.of("laser", "single"), registry.all(ComponentRole.SOURCE).stream().map(ModelContribution::id).toList());
		assertSame(toy, registry.find(ComponentRole.PROTOCOL, "toy").orElseThrow());
		assertTrue(registry.find(ComponentRole.SOURCE, "toy").isEmpty());
		registry.removeSource(laser);
		assertEquals(List.of("single"), registry.all(ComponentRole.SOURCE).stream().map(ModelContribution::id).toList());
		registry.removeProtocol(toy);
		assertTrue(registry.all(ComponentRole.PROTOCOL).isEmpty());
	}
}
