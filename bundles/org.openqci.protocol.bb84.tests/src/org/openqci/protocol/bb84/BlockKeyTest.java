/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.BlockKey;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.TimeSlot;

/**
 * {@link FiniteKeyDecoyBb84#evaluateBlock}: a block over time slots in one finite-key analysis,
 * consistent with {@link FiniteKeyDecoyBb84#evaluate} for a single slot, on the fibre system of Lim
 * et al. ({@link LimLink}).
 */
class BlockKeyTest {

	private static final FiniteKeyDecoyBb84 MODEL = LimLink.FINITE;

	/** Points (q_x, p1, p2, mu1, mu2) with key for 3e6 to 1e9 detections at 0 to 100 km. */
	private static final double[][] POINTS = { { 0.85, 0.38, 0.44, 0.41, 0.22 }, { 0.6, 0.5, 0.45, 0.3, 0.2 },
			{ 0.5, 0.5, 0.3, 0.5, 0.15 } };

	@Test
	void oneSlotGivesTheKeyOfEvaluate() {
		// N = n_X / (q_x^2 sum_k p_k R_k) pulses in one slot give the key length of evaluate with block size
		// n_X, to 1e-9 relative, both with eps_sec = kappa l and with a fixed eps_sec.
		for (LimLink link : List.of(LimLink.LIM, new LimLink(0.0, 0.0, 1e-10))) {
			for (double[] x : POINTS) {
				for (double km : new double[] { 0, 50, 100 }) {
					for (double nX : new double[] { 3e6, 1e7, 1e9 }) {
						LinkBudget budget = link.budget(km, x[3], x[4]);
						ParameterValues p = link.parameters(nX, x[0], x[1], x[2]);
						KeyRate r = MODEL.evaluate(budget, p);
						double pulses = r.details().get("nPulses");
						BlockKey b = MODEL.evaluateBlock(List.of(new TimeSlot(budget, pulses)), p);
						String at = km + " km, n_X " + nX + ", eps_sec/bit " + link.epsSecPerBit();
						double l = r.details().get("keyLength");
						assertTrue(l > 0, at);
						assertEquals(l, b.secretBits(), 1e-9 * l, at);
						assertEquals(nX, b.details().get("nX"), 1e-9 * nX, at);
						assertEquals(pulses, b.pulses(), 0.0, at);
						assertEquals(r.gain() * pulses, b.detections(), 1e-12 * r.gain() * pulses, at);
						assertEquals(r.qber(), b.qber(), 1e-15, at);
						assertTrue(b.finiteKey());
					}
				}
			}
		}
	}

	@Test
	void splittingASlotChangesNothing() {
		// two identical halves, or four quarters, are the same block: identical key to the bit
		LinkBudget budget = LimLink.LIM.budget(60, 0.3, 0.2);
		ParameterValues p = LimLink.finite(1e7, 0.6, 0.5, 0.45);
		double n = 3e10;
		double whole = MODEL.evaluateBlock(List.of(new TimeSlot(budget, n)), p).secretBits();
		double halves = MODEL.evaluateBlock(List.of(new TimeSlot(budget, n / 2), new TimeSlot(budget, n / 2)), p)
				.secretBits();
		List<TimeSlot> quarters = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			quarters.add(new TimeSlot(budget, n / 4));
		}
		assertTrue(whole > 1e5, "key " + whole);
		assertEquals(whole, halves);
		assertEquals(whole, MODEL.evaluateBlock(quarters, p).secretBits());
	}

	@Test
	void keyGrowsWithPulsesAndOneBlockBeatsSeparateBlocks() {
		// a pass-like block: 60 slots from 40 to 100 km
		ParameterValues p = LimLink.finite(1e7, 0.6, 0.5, 0.45).with("epsSecPerBit", 0.0).with("epsSec", 1e-9);
		double previous = 0;
		for (double perSlot : new double[] { 3e7, 1e8, 3e8, 1e9, 1e10 }) {
			BlockKey b = MODEL.evaluateBlock(pass(perSlot), p);
			assertTrue(b.secretBits() > previous, perSlot + ": " + b.secretBits() + " not above " + previous);
			previous = b.secretBits();
		}
		// finite-size effects: the slots analysed one by one give less (here nothing at 1e8 pulses per slot)
		List<TimeSlot> slots = pass(1e8);
		double separate = 0;
		for (TimeSlot slot : slots) {
			separate += MODEL.evaluateBlock(List.of(slot), p).secretBits();
		}
		double together = MODEL.evaluateBlock(slots, p).secretBits();
		assertTrue(together > 2 * separate, together + " vs " + separate);
	}

	@Test
	void blockStatisticsAreThePulseWeightedMeans() {
		// n_X = N q_x^2 sum_k p_k R_k with R_k averaged over the slots: the sum of the slots' expected n_X
		ParameterValues p = LimLink.finite(1e7, 0.9, 0.7, 0.2);
		List<TimeSlot> slots = List.of(new TimeSlot(LimLink.LIM.budget(20, 0.44, 0.17), 1e9),
				new TimeSlot(LimLink.LIM.budget(80, 0.44, 0.17), 3e9));
		double expected = 0;
		for (TimeSlot slot : slots) {
			LimChannelModel link = LimChannelModel.of(slot.budget());
			double sum = 0.7 * link.click(0.44) + 0.2 * link.click(0.17) + 0.1 * link.click(LimLink.MU3);
			expected += slot.pulses() * 0.81 * sum;
		}
		BlockKey b = MODEL.evaluateBlock(slots, p);
		assertEquals(expected, b.details().get("nX"), 1e-12 * expected);
		assertEquals(4e9, b.pulses());
		double gain = (1e9 * LimChannelModel.of(slots.get(0).budget()).click(0.44)
				+ 3e9 * LimChannelModel.of(slots.get(1).budget()).click(0.44));
		assertEquals(gain, b.detections(), 1e-12 * gain);
	}

	@Test
	void emptyAndDegenerateBlocks() {
		ParameterValues p = LimLink.finite(1e7, 0.9, 0.7, 0.2);
		LinkBudget budget = LimLink.LIM.budget(50, 0.44, 0.17);
		for (List<TimeSlot> slots : List.of(List.<TimeSlot>of(), List.of(new TimeSlot(budget, 0)),
				List.of(new TimeSlot(budget, -5), new TimeSlot(budget, Double.NaN)),
				List.of(new TimeSlot(budget, Double.POSITIVE_INFINITY)), List.of(new TimeSlot(budget, 1e3)))) {
			BlockKey b = MODEL.evaluateBlock(slots, p);
			assertEquals(0.0, b.secretBits(), slots.toString());
			assertTrue(Double.isFinite(b.qber()) && Double.isFinite(b.detections()), slots.toString());
		}
		// NaN and non-positive slots are left out
		double clean = MODEL.evaluateBlock(List.of(new TimeSlot(budget, 1e10)), p).secretBits();
		double mixed = MODEL.evaluateBlock(List.of(new TimeSlot(budget, Double.NaN), new TimeSlot(budget, 1e10),
				new TimeSlot(budget, -1)), p).secretBits();
		assertEquals(clean, mixed);
		// invalid probabilities: no key, no exception
		assertEquals(0.0, MODEL.evaluateBlock(List.of(new TimeSlot(budget, 1e10)), p.with("p2", 0.5)).secretBits());
	}

	private static List<TimeSlot> pass(double pulsesPerSlot) {
		List<TimeSlot> slots = new ArrayList<>();
		for (int t = 0; t < 60; t++) {
			slots.add(new TimeSlot(LimLink.LIM.budget(40 + t, 0.3, 0.2), pulsesPerSlot));
		}
		return slots;
	}
}
