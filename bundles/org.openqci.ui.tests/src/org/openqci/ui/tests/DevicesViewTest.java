/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYSeries;
import org.openqci.device.api.DeviceStatus;
import org.openqci.devices.ConfiguredDevice;
import org.openqci.devices.DeviceManager;
import org.openqci.ui.DeviceManagerAccess;
import org.openqci.ui.UiIds;
import org.openqci.ui.views.DevicesView;

/**
 * The Devices view with a simulated detector from the catalogue plugin: the device comes online
 * on its own thread, and its count rate draws a live chart; removing it empties the view.
 */
class DevicesViewTest {

	@Test
	void aSimulatedDetectorComesOnlineAndItsReadingsAreDrawn() throws Exception {
		DevicesView view = (DevicesView) UiTestSupport.page().showView(UiIds.DEVICES_VIEW);
		DeviceManager manager = DeviceManagerAccess.find().orElseThrow();
		assertTrue(manager.types().stream().anyMatch(t -> t.id().equals("sim-snspd")),
				"the catalogue plugin's types are installed: " + manager.types());
		ConfiguredDevice device = manager.add("bench SNSPD", "sim-snspd", Map.of("updateInterval", "50", "seed", "7"));
		try {
			assertTrue(UiTestSupport.spinUntil(() -> view.getEntries().stream().anyMatch(
					e -> e.device().id().equals(device.id()) && e.status().status() == DeviceStatus.Status.ONLINE),
					10_000), "the device is shown online");
			view.select(device.id());
			assertTrue(UiTestSupport.spinUntil(() -> {
				view.refresh();
				XYSeries s = view.getChart() == null ? null : view.getChart().getSeriesMap().values().iterator().next();
				return s != null && s.getXData().length >= 3;
			}, 10_000), "the live chart fills with readings");
			assertNotNull(view.getChart().getTitle());
			assertTrue(view.getChart().getTitle().startsWith("bench SNSPD: "), view.getChart().getTitle());
		} finally {
			manager.remove(device.id());
		}
		UiTestSupport.spinUntil(() -> view.getEntries().stream().noneMatch(e -> e.device().id().equals(device.id())),
				5_000);
		assertEquals(0, view.getEntries().stream().filter(e -> e.device().id().equals(device.id())).count());
	}
}
