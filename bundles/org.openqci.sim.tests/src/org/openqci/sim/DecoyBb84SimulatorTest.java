/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The simulator's mechanics: determinism, blocks, dead time, afterpulses, double clicks, bad input. */
class DecoyBb84SimulatorTest {

	private static DecoyBb84Link link(double eta, double dark, int deadGates, double afterpulse) {
		return new DecoyBb84Link(new double[] { 0.5, 0.1, 0 }, new double[] { 0.7, 0.2, 0.1 }, 0.5, eta, dark, 0.02,
				deadGates, afterpulse);
	}

	@Test
	void theSameSeedGivesTheSameEventsHoweverTheRunIsCutIntoBlocks() {
		DecoyBb84Link link = link(0.01, 1e-5, 3, 0.05);
		Detections whole = new DecoyBb84Simulator(link, 9).next(2_000_000);
		DecoyBb84Simulator cut = new DecoyBb84Simulator(link, 9);
		int i = 0;
		for (long block : new long[] { 1, 999_999, 333_333, 666_667 }) {
			Detections part = cut.next(block);
			for (int j = 0; j < part.size(); j++, i++) {
				assertEquals(whole.gate(i), part.gate(j));
				assertEquals(whole.intensity(i), part.intensity(j));
				assertEquals(whole.aliceBit(i), part.aliceBit(j));
				assertEquals(whole.bobBit(i), part.bobBit(j));
			}
		}
		assertEquals(whole.size(), i);
		assertEquals(2_000_000, cut.gatesSimulated());
	}

	@Test
	void noClickFallsInTheDeadTimeAfterAClick() {
		Detections d = new DecoyBb84Simulator(link(0.5, 1e-3, 25, 0), 3).next(1_000_000);
		assertTrue(d.size() > 10_000);
		for (int i = 1; i < d.size(); i++) {
			assertTrue(d.gate(i) - d.gate(i - 1) > 25, "clicks at " + d.gate(i - 1) + " and " + d.gate(i));
		}
	}

	@Test
	void deadTimeLowersTheDetectionRateAsOneOverOnePlusRateTimesDeadTime() {
		DecoyBb84Link live = link(0.05, 1e-6, 0, 0);
		DecoyBb84Link dead = link(0.05, 1e-6, 100, 0);
		long pulses = 200_000_000L;
		double p = new DecoyBb84Simulator(live, 1).clickProbability();
		double withoutDeadTime = new DecoyBb84Simulator(live, 1).next(pulses).size() / (double) pulses;
		double withDeadTime = new DecoyBb84Simulator(dead, 1).next(pulses).size() / (double) pulses;
		assertEquals(p, withoutDeadTime, 4 * Math.sqrt(p / pulses));
		// a non-paralysable dead time of D gates: rate p / (1 + p D)
		assertEquals(p / (1 + p * 100), withDeadTime, 4 * Math.sqrt(p / pulses));
	}

	@Test
	void afterpulsesFollowAFifthOfTheClicksWithRandomBits() {
		DecoyBb84Link link = new DecoyBb84Link(new double[] { 0.5 }, new double[] { 1 }, 1, 0.002, 0, 0, 10, 0.2);
		Detections d = new DecoyBb84Simulator(link, 4).next(200_000_000);
		long afterpulses = 0;
		long afterpulseErrors = 0;
		for (int i = 1; i < d.size(); i++) {
			if (d.gate(i) - d.gate(i - 1) == 11) {
				afterpulses++;
				afterpulseErrors += d.aliceBit(i) != d.bobBit(i) ? 1 : 0;
			}
		}
		// every click, an afterpulse too, is followed by one with probability 0.2 in the first live
		// gate (a signal click lands there by chance with probability 1e-3); no misalignment and no
		// dark counts: the errors are the afterpulses' random bits, half of them
		assertEquals(0.2, afterpulses / (double) d.size(), 0.006);
		assertEquals(0.5, afterpulseErrors / (double) afterpulses, 0.02);
	}

	@Test
	void multiPhotonPulsesMakeDoubleClicksWhenTheBasesDiffer() {
		DecoyBb84Link bright = new DecoyBb84Link(new double[] { 5 }, new double[] { 1 }, 0.5, 1, 0, 0, 0, 0);
		Detections d = new DecoyBb84Simulator(bright, 5).next(100_000);
		long doubles = 0;
		for (int i = 0; i < d.size(); i++) {
			if (d.doubleClick(i)) {
				doubles++;
				assertTrue(d.aliceBasis(i) != d.bobBasis(i), "no misalignment: same bases never split photons");
			}
		}
		// bases differ half the time; then the n >= 2 photons of a pulse all go one way with 2^(1-n)
		assertTrue(doubles > 0.4 * d.size() && doubles < 0.5 * d.size(), doubles + " of " + d.size());
	}

	@Test
	void badSettingsAreNamed() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new DecoyBb84Link(new double[] { 0.5 }, new double[] { 0.9 }, 0.5, 0.1, 0, 0, 0, 0));
		assertTrue(e.getMessage().startsWith("intensityProbabilities sum to 0.9"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> new DecoyBb84Link(new double[] { 0.5 }, new double[] { 1 }, 0.5, 1.5, 0, 0, 0, 0));
		assertEquals("transmittance = 1.5 is outside [0, 1]", e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> new DecoyBb84Link(new double[] { 0.5 }, new double[] { 1 }, 0.5, 0.1, 0, 0, -1, 0));
		assertEquals("deadGates = -1 is negative", e.getMessage());
	}
}
