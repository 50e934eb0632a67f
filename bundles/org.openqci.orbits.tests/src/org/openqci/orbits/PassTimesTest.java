/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.orbits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.core.orbit.Pass;
import org.openqci.core.orbit.PassPrediction;
import org.openqci.core.orbit.PassSample;

/**
 * Orekit's pass times against an independent computation: the SGP4 of satellite.js (a separate
 * port of Vallado's SGP4), Greenwich mean sidereal time for the Earth's rotation, and rise and
 * set found by bisection; {@code reference/passes.js} in this fragment regenerates the numbers.
 * The two agree to a few milliseconds. The tolerances, 0.1 s on rise and set, leave room for the
 * programs' different Earth-rotation models (Orekit's ITRF with zero Earth-orientation
 * corrections, satellite.js's mean sidereal time); 0.02 degrees on the maximum elevation, which
 * both take from 1 s samples at different phases.
 */
class PassTimesTest {

	/** rise, set, maximum elevation in degrees: ISS over Graz (mask 10 degrees), 2008-09-20/21. */
	private static final String[][] REFERENCE = {
			{ "2008-09-20T18:20:22.793Z", "2008-09-20T18:25:48.287Z", "34.146" },
			{ "2008-09-20T19:55:31.211Z", "2008-09-20T20:01:14.383Z", "47.120" },
			{ "2008-09-20T21:31:25.299Z", "2008-09-20T21:36:47.177Z", "31.266" },
			{ "2008-09-20T23:06:49.550Z", "2008-09-20T23:12:39.644Z", "69.097" },
			{ "2008-09-21T00:42:36.740Z", "2008-09-21T00:47:02.999Z", "19.700" }, };

	@Test
	void passTimesMatchAnIndependentSgp4() {
		PassPrediction p = new OrekitOrbitPropagator().predict(
				OrbitTestData.issOverGraz(OrbitTestData.DAY_START, OrbitTestData.DAY_START.plus(Duration.ofDays(1))),
				() -> false);
		assertTrue(p.failures().isEmpty(), p.failures().toString());
		assertEquals(REFERENCE.length, p.passes().size());
		for (int i = 0; i < REFERENCE.length; i++) {
			Pass pass = p.passes().get(i);
			assertEquals(i + 1, pass.number());
			assertClose(Instant.parse(REFERENCE[i][0]), pass.start(), "rise of pass " + (i + 1));
			assertClose(Instant.parse(REFERENCE[i][1]), pass.end(), "set of pass " + (i + 1));
			assertEquals(Double.parseDouble(REFERENCE[i][2]), pass.maxElevationDeg(), 0.02, "maximum elevation");
		}
	}

	@Test
	void samplesCoverThePassAtTheStep() {
		Pass pass = new OrekitOrbitPropagator().predict(
				OrbitTestData.issOverGraz(OrbitTestData.DAY_START, OrbitTestData.DAY_START.plus(Duration.ofHours(8))),
				() -> false).passes().get(0);
		List<PassSample> s = pass.samples();
		assertEquals(pass.start(), s.get(0).time());
		assertEquals(pass.end(), s.get(s.size() - 1).time());
		assertEquals(10.0, s.get(0).elevationDeg(), 1e-3, "the pass starts at the mask");
		assertEquals(10.0, s.get(s.size() - 1).elevationDeg(), 1e-3, "and ends at it");
		for (int i = 1; i < s.size() - 1; i++) {
			assertEquals(1.0, Duration.between(s.get(i - 1).time(), s.get(i).time()).toNanos() * 1e-9, 1e-6);
			assertTrue(s.get(i).elevationDeg() >= 10.0 - 1e-6);
		}
		// the range is shortest at the highest elevation, and the ISS orbited at about 350 km
		PassSample top = s.stream().max((a, b) -> Double.compare(a.elevationDeg(), b.elevationDeg())).orElseThrow();
		assertEquals(s.stream().mapToDouble(PassSample::rangeKm).min().orElseThrow(), top.rangeKm(), 1.0);
		assertTrue(top.rangeKm() > 340 && top.rangeKm() < 1320, "range at the top " + top.rangeKm());
	}

	@Test
	void aPassInProgressIsCutAtTheRangesEnds() {
		Instant middle = Instant.parse("2008-09-20T19:58:00Z"); // inside the second pass
		PassPrediction p = new OrekitOrbitPropagator().predict(OrbitTestData.issOverGraz(middle,
				middle.plus(Duration.ofHours(2))), () -> false);
		assertEquals(middle, p.passes().get(0).start());
		assertClose(Instant.parse("2008-09-20T20:01:14.383Z"), p.passes().get(0).end(), "set");
	}

	@Test
	void cancellationStopsTheSearch() {
		PassPrediction p = new OrekitOrbitPropagator().predict(
				OrbitTestData.issOverGraz(OrbitTestData.DAY_START, OrbitTestData.DAY_START.plus(Duration.ofDays(5))),
				() -> true);
		assertTrue(p.passes().isEmpty());
	}

	private static void assertClose(Instant expected, Instant actual, String what) {
		double seconds = Duration.between(expected, actual).toNanos() * 1e-9;
		assertEquals(0.0, seconds, 0.1, what + ": " + actual + " vs " + expected);
	}
}
