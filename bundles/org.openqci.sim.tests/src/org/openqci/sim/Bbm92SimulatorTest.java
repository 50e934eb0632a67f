/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;

/**
 * The BBM92 simulator against the analytic model of X. Ma, C.-H. F. Fung, H.-K. Lo, PRA 76,
 * 012307 (2007) (the registered {@code bbm92} service) with GYS detectors at both parties
 * (eta_d 4.5 %, Y0 1.7e-6, e_d 3.3 %): the gain and the QBER in each basis agree within 3
 * standard deviations at 20, 30 and 40 dB of channel loss, with strong and weak pumping and the
 * source in the middle or at Alice (2e6 simulated coincidences each, fixed seed); and the
 * simulator's mechanics: determinism, blocks, double clicks, Poissonian pairs, bad input.
 */
class Bbm92SimulatorTest {

	private static final double COINCIDENCES = 2e6;

	private static LinkBudget gys(double lossDb, double meanPairNumber) {
		return new LinkBudget(new ChannelBudget(Math.pow(10, -lossDb / 10), 0),
				new SourceCharacteristics(1e9, PhotonStatistics.THERMAL, meanPairNumber, 0, 0),
				new DetectorCharacteristics(0.045, 1.7e-6, 0.033));
	}

	@ParameterizedTest(name = "{0} dB, source position {1}, {2} pairs per slot")
	@CsvSource({ "20, 0.5, 0.2", "30, 0.0, 0.1", "40, 0.5, 0.05" })
	void gainAndQberAgreeWithTheAnalyticModelWithinThreeSigma(double lossDb, double position, double meanPairNumber)
			throws Exception {
		LinkBudget budget = gys(lossDb, meanPairNumber);
		ProtocolModel model = RegisteredModels.protocol("bbm92");
		KeyRate analytic = model.evaluate(budget, ParameterValues.defaults(model).with("sourcePosition", position));
		Bbm92Link link = Bbm92Link.of(budget, position, 0.5);
		assertEquals(analytic.details().get("etaA"), link.aliceTransmittance(), 1e-12 * link.aliceTransmittance());
		assertEquals(analytic.details().get("etaB"), link.bobTransmittance(), 1e-12 * link.bobTransmittance());
		assertEquals(analytic.details().get("lambda"), link.lambda(), 1e-15);
		Bbm92Simulator simulator = new Bbm92Simulator(link, 92);
		// the coincidence probability of the simulated model is the paper's Q_lambda exactly
		assertEquals(analytic.gain(), simulator.coincidenceProbability(), 1e-12 * analytic.gain());

		long slotsPerBlock = (long) (COINCIDENCES / analytic.gain() / 10);
		Bbm92Statistics statistics = new Bbm92Statistics();
		for (int block = 0; block < 10; block++) {
			statistics.add(simulator.next(slotsPerBlock));
		}

		assertEquals(10 * slotsPerBlock, statistics.slots());
		assertWithin3Sigma("Q", analytic.gain(), statistics.gain(), statistics.gainError());
		assertWithin3Sigma("E_Z", analytic.qber(), statistics.qber(Detections.Z), statistics.qberError(Detections.Z));
		assertWithin3Sigma("E_X", analytic.qber(), statistics.qber(Detections.X), statistics.qberError(Detections.X));
		assertWithin3Sigma("E", analytic.qber(), statistics.qber(), statistics.qberError());
	}

	private static void assertWithin3Sigma(String what, double expected, double simulated, double sigma) {
		assertTrue(sigma > 0, what + ": no statistics");
		assertTrue(Math.abs(simulated - expected) <= 3 * sigma, () -> String.format(
				"%s: simulated %.6e, analytic %.6e, %.2f sigma apart", what, simulated, expected,
				(simulated - expected) / sigma));
	}

	private static Bbm92Link bright(PhotonStatistics statistics, double dark, double misalignment) {
		return new Bbm92Link(0.4, statistics, 0.2, 0.05, dark, dark, misalignment, 0.5);
	}

	@Test
	void theSameSeedGivesTheSameEventsHoweverTheRunIsCutIntoBlocks() {
		Bbm92Link link = bright(PhotonStatistics.THERMAL, 1e-3, 0.02);
		Detections whole = new Bbm92Simulator(link, 9).next(2_000_000);
		Bbm92Simulator cut = new Bbm92Simulator(link, 9);
		int i = 0;
		for (long block : new long[] { 1, 999_999, 0, 333_333, 666_667 }) {
			Detections part = cut.next(block);
			assertEquals(block, part.pulses());
			for (int j = 0; j < part.size(); j++, i++) {
				assertEquals(whole.gate(i), part.gate(j));
				assertEquals(whole.aliceBasis(i), part.aliceBasis(j));
				assertEquals(whole.aliceBit(i), part.aliceBit(j));
				assertEquals(whole.bobBasis(i), part.bobBasis(j));
				assertEquals(whole.bobBit(i), part.bobBit(j));
				assertEquals(whole.doubleClick(i), part.doubleClick(j));
			}
		}
		assertEquals(whole.size(), i);
		assertTrue(i > 10_000, i + " coincidences");
		assertEquals(2_000_000, cut.slotsSimulated());
		Detections other = new Bbm92Simulator(link, 10).next(2_000_000);
		assertNotEquals(whole.gate(0) + " " + whole.gate(1), other.gate(0) + " " + other.gate(1));
	}

	@Test
	void withLosslessArmsAndNoNoiseOnlyMultiPairDoubleClicksGiveErrors() {
		// eta_A = eta_B = 1: Alice's and Bob's detectors see the same modes, so with agreeing bases
		// the bits differ only when both modes hold pairs (double clicks, random bits: half of them
		// errors); with differing bases the bits are independent
		Bbm92Link lossless = new Bbm92Link(0.5, PhotonStatistics.THERMAL, 1, 1, 0, 0, 0, 0.5);
		Bbm92Simulator simulator = new Bbm92Simulator(lossless, 3);
		Detections d = simulator.next(400_000);
		assertEquals(1 - 1 / Math.pow(1.25, 2), simulator.coincidenceProbability(), 1e-15);
		long sifted = 0;
		long doubles = 0;
		long siftedErrors = 0;
		long crossed = 0;
		long crossedErrors = 0;
		for (int i = 0; i < d.size(); i++) {
			boolean error = d.aliceBit(i) != d.bobBit(i);
			if (d.aliceBasis(i) == d.bobBasis(i)) {
				sifted++;
				doubles += d.doubleClick(i) ? 1 : 0;
				siftedErrors += error ? 1 : 0;
				assertTrue(!error || d.doubleClick(i), "an error without a double click at " + d.gate(i));
			} else {
				crossed++;
				crossedErrors += error ? 1 : 0;
			}
		}
		// both thermal modes of mean 1/4 occupied, given a coincidence: (1/5)^2 / (1 - (4/5)^2) = 1/9
		double expectedDoubles = 1 / 9.0;
		assertEquals(expectedDoubles, doubles / (double) sifted, 4 * Math.sqrt(expectedDoubles / sifted));
		assertEquals(0.5, siftedErrors / (double) doubles, 4 * Math.sqrt(0.25 / doubles));
		assertEquals(0.5, crossedErrors / (double) crossed, 4 * Math.sqrt(0.25 / crossed));
	}

	@Test
	void poissonianPairsGiveTheirGain() {
		// each mode Poissonian with mean mu / 2: Q = 1 - (1 - Y0A) e^(-eta_A mu) - (1 - Y0B) e^(-eta_B mu)
		// + (1 - Y0A)(1 - Y0B) e^(-(eta_A + eta_B - eta_A eta_B) mu), with 1 - Y0 = (1 - p_dark)^2
		Bbm92Link link = bright(PhotonStatistics.POISSONIAN, 1e-3, 0.02);
		double keep = (1 - 1e-3) * (1 - 1e-3);
		double expected = 1 - keep * Math.exp(-0.2 * 0.4) - keep * Math.exp(-0.05 * 0.4)
				+ keep * keep * Math.exp(-(0.2 + 0.05 - 0.2 * 0.05) * 0.4);
		assertEquals(expected, link.coincidenceProbability(), 1e-12 * expected);
		Bbm92Statistics statistics = new Bbm92Statistics();
		statistics.add(new Bbm92Simulator(link, 5).next(20_000_000));
		assertWithin3Sigma("Q", expected, statistics.gain(), statistics.gainError());
	}

	@Test
	void badSettingsAreNamed() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new Bbm92Link(0.1, PhotonStatistics.THERMAL, 1.5, 0.1, 0, 0, 0, 0.5));
		assertEquals("aliceTransmittance = 1.5 is outside [0, 1]", e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> new Bbm92Link(0.1, PhotonStatistics.THERMAL, 0.1, 0.1, 0, -1e-6, 0, 0.5));
		assertEquals("bobDarkCountProbability = -1.0E-6 is outside [0, 1]", e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> new Bbm92Link(-0.1, PhotonStatistics.THERMAL, 0.1, 0.1, 0, 0, 0, 0.5));
		assertEquals("meanPairNumber = -0.1 is not a finite number >= 0", e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> new Bbm92Link(0.1, PhotonStatistics.SINGLE_PHOTON, 0.1, 0.1, 0, 0, 0, 0.5));
		assertEquals("pairStatistics = SINGLE_PHOTON is neither THERMAL nor POISSONIAN", e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
				() -> new Bbm92Link(0.1, PhotonStatistics.THERMAL, 0.1, 0.1, 0, 0, Double.NaN, 0.5));
		assertEquals("misalignment = NaN is outside [0, 1]", e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> Bbm92Link.of(gys(20, 0.1), 1.2, 0.5));
		assertEquals("sourcePosition = 1.2 is outside [0, 1]", e.getMessage());
		Bbm92Simulator simulator = new Bbm92Simulator(Bbm92Link.of(gys(20, 0.1), 0.5, 0.5), 1);
		e = assertThrows(IllegalArgumentException.class, () -> simulator.next(-1));
		assertEquals("slots = -1 is negative", e.getMessage());
	}
}
