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
import org.openqci.core.spi.DetectorModel;
import org.openqci.core.spi.ModelContribution;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.SourceCharacteristics;

/** The continuous-variable devices map their parameters onto the SPI characteristics. */
class CoherentReceiversTest {

	@Test
	void homodyneDetectorDefaultsAreLodewyck2007() {
		// Lodewyck et al., PRA 76, 042305 (2007): eta = 0.606, v_el = 0.041
		HomodyneDetector detector = new HomodyneDetector();
		assertEquals("homodyne-detector", detector.id());
		assertEquals(DetectorCharacteristics.coherent(DetectionScheme.HOMODYNE, 0.606, 0.041),
				detector.characterise(ParameterValues.defaults(detector)));
	}

	@Test
	void heterodyneDetector() {
		HeterodyneDetector detector = new HeterodyneDetector();
		assertEquals("heterodyne-detector", detector.id());
		DetectorCharacteristics c = detector
				.characterise(ParameterValues.of(Map.of("efficiency", 0.72, "electronicNoise", 0.015)));
		assertEquals(DetectionScheme.HETERODYNE, c.scheme());
		assertEquals(0.72, c.efficiency());
		assertEquals(0.015, c.electronicNoise());
		// a coherent receiver has no clicks: no dark counts, misalignment or afterpulses
		assertEquals(0.0, c.darkCountProbability());
		assertEquals(0.0, c.misalignmentError());
		assertEquals(0.0, c.afterpulseProbability());
	}

	@Test
	void receiversTakeTheSameParameters() {
		for (DetectorModel detector : List.<DetectorModel>of(new HomodyneDetector(), new HeterodyneDetector())) {
			assertEquals(List.of("efficiency", "electronicNoise"),
					detector.parameters().stream().map(ParameterDescriptor::name).toList());
			ParameterDescriptor efficiency = detector.parameter("efficiency").orElseThrow();
			assertEquals(0.0, efficiency.min());
			assertEquals(1.0, efficiency.max());
			assertFalse(efficiency.accepts(1.1));
			ParameterDescriptor noise = detector.parameter("electronicNoise").orElseThrow();
			assertTrue(noise.accepts(0.0) && noise.accepts(0.01) && noise.accepts(0.2));
			assertFalse(noise.accepts(-0.01));
		}
		assertEquals(DetectionScheme.HOMODYNE, new HomodyneDetector()
				.characterise(ParameterValues.of(Map.of("efficiency", 0.6, "electronicNoise", 0.01))).scheme());
	}

	@Test
	void gaussianModulatedSource() {
		GaussianModulatedSource source = new GaussianModulatedSource();
		assertEquals("gaussian-coherent-source", source.id());
		assertEquals(new SourceCharacteristics(1e6, PhotonStatistics.GAUSSIAN_MODULATED, 4.0, 0.0, 0.0),
				source.characterise(ParameterValues.defaults(source)));
		SourceCharacteristics c = source
				.characterise(ParameterValues.of(Map.of("symbolRate", 5e5, "modulationVariance", 18.5)));
		assertEquals(18.5, c.signalIntensity()); // V_A in shot-noise units
		assertEquals(5e5, c.repetitionRateHz());
		assertEquals(PhotonStatistics.GAUSSIAN_MODULATED, c.statistics());
		ParameterDescriptor va = source.parameter("modulationVariance").orElseThrow();
		assertTrue(va.optimisable());
		assertEquals(0.01, va.min());
		assertEquals(100.0, va.max());
		assertEquals("Hz", source.parameter("symbolRate").orElseThrow().unit());
		assertFalse(source.parameter("symbolRate").orElseThrow().optimisable());
	}

	@Test
	void descriptorsAreSane() {
		for (ModelContribution m : List.<ModelContribution>of(new HomodyneDetector(), new HeterodyneDetector(),
				new GaussianModulatedSource())) {
			assertFalse(m.name().isBlank());
			assertTrue(m.description().matches(".*\\((19|20)\\d\\d\\)\\)?\\.?"), m.id() + " cites its reference");
			for (ParameterDescriptor d : m.parameters()) {
				assertFalse(d.isRequired(), m.id() + "." + d.name());
				assertTrue(d.accepts(d.defaultValue()), m.id() + "." + d.name());
				assertFalse(d.label().isBlank());
				assertFalse(d.description().isBlank());
			}
		}
	}
}
