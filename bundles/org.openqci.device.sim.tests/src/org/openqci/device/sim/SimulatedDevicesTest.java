/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.DetectionScheme;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.ModelContribution;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.SourceCharacteristics;

/** The simulated catalogue maps its parameters onto the SPI characteristics. */
class SimulatedDevicesTest {

	@Test
	void weakCoherentPulseLaser() {
		WeakCoherentPulseLaser laser = new WeakCoherentPulseLaser();
		assertEquals("wcp-laser", laser.id());
		SourceCharacteristics d = laser.characterise(ParameterValues.defaults(laser));
		assertEquals(new SourceCharacteristics(1e9, PhotonStatistics.POISSONIAN, 0.5, 0.1, 0.0), d);
		SourceCharacteristics c = laser.characterise(ParameterValues.of(
				Map.of("repetitionRate", 2.5e9, "mu", 0.48, "nu", 0.05, "vacuum", 1e-3)));
		assertEquals(new SourceCharacteristics(2.5e9, PhotonStatistics.POISSONIAN, 0.48, 0.05, 1e-3), c);
		assertTrue(laser.parameter("mu").orElseThrow().optimisable());
		assertTrue(laser.parameter("nu").orElseThrow().optimisable());
		assertFalse(laser.parameter("vacuum").orElseThrow().optimisable());
		assertEquals("Hz", laser.parameter("repetitionRate").orElseThrow().unit());
	}

	@Test
	void singlePhotonSource() {
		SinglePhotonSource source = new SinglePhotonSource();
		assertEquals("single-photon-source", source.id());
		assertEquals(new SourceCharacteristics(1e9, PhotonStatistics.SINGLE_PHOTON, 1.0, 0.0, 0.0),
				source.characterise(ParameterValues.defaults(source)));
		SourceCharacteristics c = source.characterise(
				ParameterValues.of(Map.of("repetitionRate", 8e7, "emissionProbability", 0.35)));
		assertEquals(0.35, c.signalIntensity());
		assertEquals(8e7, c.repetitionRateHz());
		assertEquals(PhotonStatistics.SINGLE_PHOTON, c.statistics());
	}

	@Test
	void thresholdDetectorExpressesTheGysParameters() {
		// GYS: eta_Bob = 0.045, Y0 = 1.7e-6, e_d = 3.3 % (Ma, Qi, Zhao, Lo 2005).
		ThresholdDetector detector = new ThresholdDetector();
		assertEquals("threshold-detector", detector.id());
		Map<String, Double> gys = Map.of("efficiency", 0.045, "darkCountProbability", 1.7e-6, "misalignment", 0.033);
		gys.forEach((name, value) -> assertTrue(detector.parameter(name).orElseThrow().accepts(value), name));
		assertEquals(new DetectorCharacteristics(0.045, 1.7e-6, 0.033),
				detector.characterise(ParameterValues.defaults(detector).with("efficiency", 0.045)
						.with("darkCountProbability", 1.7e-6).with("misalignment", 0.033)));
		assertEquals(new DetectorCharacteristics(0.1, 1e-6, 0.01),
				detector.characterise(ParameterValues.defaults(detector)));
	}

	@Test
	void thresholdDetectorPassesItsAfterpulseProbabilityOn() {
		// Lim, Curty, Walenta, Xu, Zbinden 2014: eta_Bob = 10 %, Y0 = 2 p_dc = 1.2e-6, e_mis = 0.5 %, p_ap = 4 %.
		ThresholdDetector detector = new ThresholdDetector();
		DetectorCharacteristics lim = detector.characterise(ParameterValues.of(Map.of("efficiency", 0.1,
				"darkCountProbability", 1.2e-6, "misalignment", 0.005, "afterpulseProbability", 0.04)));
		assertEquals(DetectorCharacteristics.photonCounting(0.1, 1.2e-6, 0.005, 0.04), lim);
		assertEquals(DetectionScheme.PHOTON_COUNTING, lim.scheme());
		assertEquals(0.0, lim.electronicNoise());
	}

	@Test
	void descriptorsAreSane() {
		for (ModelContribution m : List.<ModelContribution>of(new WeakCoherentPulseLaser(), new SinglePhotonSource(),
				new ThresholdDetector())) {
			assertFalse(m.name().isBlank());
			assertFalse(m.description().isBlank());
			for (ParameterDescriptor d : m.parameters()) {
				assertFalse(d.isRequired(), m.id() + "." + d.name());
				assertTrue(d.accepts(d.defaultValue()), m.id() + "." + d.name());
				assertFalse(d.label().isBlank());
				assertFalse(d.description().isBlank());
			}
		}
		ParameterDescriptor rate = new WeakCoherentPulseLaser().parameter("repetitionRate").orElseThrow();
		assertEquals(1.0, rate.min());
		assertEquals(1e11, rate.max());
	}
}
