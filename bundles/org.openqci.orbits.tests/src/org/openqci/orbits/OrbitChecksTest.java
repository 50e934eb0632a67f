/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.orbits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.core.orbit.OrbitElements;
import org.openqci.core.orbit.OrbitPropagator.Problem;
import org.openqci.core.orbit.PassPrediction;
import org.openqci.core.orbit.PassRequest;

/** Bad orbits and requests are refused before propagation, with the field and the reason. */
class OrbitChecksTest {

	private static final OrekitOrbitPropagator PROPAGATOR = new OrekitOrbitPropagator();
	private static final Instant START = OrbitTestData.DAY_START;
	private static final Instant END = START.plus(Duration.ofDays(1));

	@Test
	void aGoodRequestHasNoProblems() {
		assertEquals(List.of(), PROPAGATOR.problems(OrbitTestData.issOverGraz(START, END)));
	}

	@Test
	void aBadChecksumNamesTheLineAndTheDigits() {
		String bad = OrbitTestData.ISS_1.substring(0, 68) + "8";
		Problem p = only(tle(bad, OrbitTestData.ISS_2));
		assertEquals("tleLine1", p.field());
		assertEquals("bad checksum: the last digit is '8', the line's digits give 7", p.message());
	}

	@Test
	void aLineOfTheWrongLengthOrNumberIsRefused() {
		assertEquals(new Problem("tleLine2", "a TLE line has 69 characters, this one 68"),
				only(tle(OrbitTestData.ISS_1, OrbitTestData.ISS_2.substring(0, 68))));
		assertEquals(new Problem("tleLine1", "the line must start with '1'"),
				only(tle(OrbitTestData.ISS_2, OrbitTestData.ISS_2)));
		assertEquals("tleLine2", only(tle(OrbitTestData.ISS_1, null)).field());
	}

	@Test
	void satelliteNumbersMustAgree() {
		String other = OrbitTestData.withChecksum(OrbitTestData.ISS_2.replace("25544", "25545"));
		Problem p = only(tle(OrbitTestData.ISS_1, other));
		assertEquals("tleLine2", p.field());
		assertTrue(p.message().contains("satellite numbers of the two lines differ"), p.message());
	}

	@Test
	void anEpochFarFromTheRangeIsRefused() {
		PassRequest r = OrbitTestData.issOverGraz(START.plus(Duration.ofDays(60)), END.plus(Duration.ofDays(60)));
		Problem p = only(PROPAGATOR.problems(r));
		assertEquals("tleLine1", p.field());
		assertTrue(p.message().startsWith("the orbit's epoch 2008-09-20T12:25:40.104Z is 59 days from the requested range"),
				p.message());
	}

	@Test
	void datesOutsideTheShippedLeapSecondsAreRefused() {
		OrbitElements kepler = new OrbitElements("Q", null, null, Instant.parse("2030-01-01T00:00:00Z"), 500, 0, 97.4,
				0, 0, 0);
		List<Problem> problems = PROPAGATOR.problems(new PassRequest(kepler, List.of(OrbitTestData.GRAZ),
				Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-02T00:00:00Z"), 1));
		assertEquals(List.of("start", "end", "epoch"), problems.stream().map(Problem::field).toList());
		assertTrue(problems.get(0).message().contains("outside the shipped leap-second data, valid from "
				+ "1972-01-01T00:00:00Z to " + OrbitData.get().validUntil()), problems.get(0).message());
	}

	@Test
	void keplerianElementsOutOfRangeAreNamed() {
		OrbitElements bad = new OrbitElements("Q", null, null, START, 100, 0.2, 190, 0, 400, 0);
		List<Problem> problems = PROPAGATOR.problems(new PassRequest(bad, List.of(OrbitTestData.GRAZ), START, END, 1));
		assertEquals(List.of("altitude", "eccentricity", "inclination", "argumentOfPerigee"),
				problems.stream().map(Problem::field).toList());
	}

	@Test
	void rangeAndStepAreChecked() {
		assertEquals(new Problem("end", "the end of the range must be after its start"),
				only(PROPAGATOR.problems(OrbitTestData.issOverGraz(END, START))));
		PassRequest coarse = new PassRequest(OrbitElements.tle("ISS", OrbitTestData.ISS_1, OrbitTestData.ISS_2),
				List.of(OrbitTestData.GRAZ), START, END, 120);
		assertEquals("step", only(PROPAGATOR.problems(coarse)).field());
	}

	@Test
	void predictRefusesARequestWithProblems() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> PROPAGATOR.predict(OrbitTestData.issOverGraz(END, START), () -> false));
		assertEquals("end: the end of the range must be after its start", e.getMessage());
	}

	@Test
	void aDecayingOrbitLosesOnlyThePassesAfterTheDecay() {
		// an absurd drag term: the orbit decays on the second day; the first day's passes complete
		String draggy = OrbitTestData.withChecksum(OrbitTestData.ISS_1.replace("-11606-4", " 10000+0"));
		PassPrediction p = PROPAGATOR.predict(new PassRequest(OrbitElements.tle("ISS", draggy, OrbitTestData.ISS_2),
				List.of(OrbitTestData.GRAZ), START, START.plus(Duration.ofDays(7)), 1), () -> false);
		assertTrue(p.passes().size() >= 3, "passes before the decay: " + p.passes().size());
		assertTrue(p.passes().stream().allMatch(x -> x.end().isBefore(START.plus(Duration.ofDays(1)))));
		assertEquals("Graz", p.failures().get(0).station());
		assertTrue(p.failures().get(0).message().contains("the orbit has decayed"), p.failures().get(0).message());
	}

	private static List<Problem> tle(String l1, String l2) {
		return PROPAGATOR.problems(new PassRequest(OrbitElements.tle("ISS", l1, l2), List.of(OrbitTestData.GRAZ), START,
				END, 1));
	}

	private static Problem only(List<Problem> problems) {
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}
}
