/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.orbits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqci.core.orbit.Pass;
import org.openqci.core.orbit.PassSample;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.frames.TopocentricFrame;
import org.orekit.time.AbsoluteDate;

/** The Sun's elevation that tells day passes from night passes. */
class SunTest {

	private static double sunElevation(Instant t) {
		OrbitData data = OrbitData.get();
		TopocentricFrame graz = new TopocentricFrame(data.earth(), new GeodeticPoint(Math.toRadians(47.067),
				Math.toRadians(15.493), 500), "Graz");
		AbsoluteDate date = new AbsoluteDate(t, data.utc());
		return Math.toDegrees(graz.getElevation(data.sun().getPosition(date, graz), graz, date));
	}

	@Test
	void atTheEquinoxTheNoonSunStandsNinetyDegreesMinusTheLatitudeHigh() {
		// 2008-09-22: equinox at 15:44 UTC, declination +0.08 degrees at Graz's apparent noon, 10:51 UTC
		// (12:00 - 15.493 / 15 h - 7.5 min equation of time); no refraction in the model.
		assertEquals(90 - 47.067 + 0.08, sunElevation(Instant.parse("2008-09-22T10:51:00Z")), 0.2);
		assertEquals(-(90 - 47.067 - 0.08), sunElevation(Instant.parse("2008-09-22T22:51:00Z")), 0.3);
	}

	@Test
	void passSamplesCarryTheSunsElevation() {
		Pass evening = new OrekitOrbitPropagator().predict(
				OrbitTestData.issOverGraz(OrbitTestData.DAY_START, OrbitTestData.DAY_START.plus(Duration.ofHours(8))),
				() -> false).passes().get(0); // 18:20 UTC, about 1.5 h after sunset at Graz
		for (PassSample s : evening.samples()) {
			assertEquals(sunElevation(s.time()), s.sunElevationDeg(), 1e-9);
			assertTrue(s.sunElevationDeg() < -10 && s.sunElevationDeg() > -25, "dusk: " + s.sunElevationDeg());
		}
	}
}
