/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.satellite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ParameterValues;

/** The background radiance follows the Sun: night, twilight, day. */
class BackgroundTest {

	@Test
	void nightTwilightAndDay() {
		assertEquals(5e-9, Background.radiance(-40, 5e-9, 5e-3));
		assertEquals(5e-9, Background.radiance(-18, 5e-9, 5e-3));
		assertEquals(5e-3, Background.radiance(0, 5e-9, 5e-3));
		assertEquals(5e-3, Background.radiance(45, 5e-9, 5e-3));
		assertEquals(Math.sqrt(5e-9 * 5e-3), Background.radiance(-9, 5e-9, 5e-3), 1e-18, "half way in log");
		double previous = 0;
		for (double sun = -30; sun <= 10; sun += 0.5) {
			double r = Background.radiance(sun, 5e-9, 5e-3);
			assertTrue(r >= previous, "never darker as the Sun rises");
			previous = r;
		}
	}

	@Test
	void theSunRaisesTheChannelsNoise() {
		SatelliteDownlink downlink = new SatelliteDownlink();
		Map<String, Double> v = new HashMap<>();
		downlink.parameters().forEach(d -> v.put(d.name(), d.defaultValue()));
		double night = downlink.budget(ParameterValues.of(v)).noisePhotons();
		v.put("sunElevation", 20.0);
		double day = downlink.budget(ParameterValues.of(v)).noisePhotons();
		assertEquals(5e-3 / 5e-9, day / night, 1e-6 * day / night, "noise scales with the radiance");
		v.put("sunElevation", -90.0);
		assertEquals(night, downlink.budget(ParameterValues.of(v)).noisePhotons(), "the default is night");
	}
}
