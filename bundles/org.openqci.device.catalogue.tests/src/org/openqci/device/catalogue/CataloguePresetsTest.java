/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Presets as model parameters. The ranges below mirror the descriptors of the models in
 * {@code org.openqci.device.sim} (wcp-laser, spdc-pair-source, threshold-detector,
 * homodyne-detector), which this bundle does not depend on.
 */
class CataloguePresetsTest {

	private static final Map<String, Map<String, double[]>> MODEL_RANGES = Map.of(
			"wcp-laser", Map.of("repetitionRate", new double[] { 1, 1e11 }, "mu", new double[] { 0, 2 },
					"nu", new double[] { 0, 2 }, "vacuum", new double[] { 0, 0.1 }),
			"spdc-pair-source", Map.of("repetitionRate", new double[] { 1, 1e11 }, "meanPairNumber",
					new double[] { 0, 2 }),
			"threshold-detector", Map.of("efficiency", new double[] { 0, 1 }, "darkCountProbability",
					new double[] { 0, 0.1 }, "misalignment", new double[] { 0, 0.5 }, "afterpulseProbability",
					new double[] { 0, 0.5 }),
			"homodyne-detector", Map.of("efficiency", new double[] { 0, 1 }, "electronicNoise",
					new double[] { 0, 10 }));

	@Test
	void everyPresetMapsIntoTheModelsRanges() {
		for (String typeId : CataloguePresets.typeIds()) {
			for (Preset preset : CataloguePresets.presets(typeId)) {
				Optional<ModelParameters> parameters = CataloguePresets.modelParameters(typeId, preset.name());
				if (typeId.equals("sim-time-tagger")) {
					assertTrue(parameters.isEmpty());
					continue;
				}
				ModelParameters p = parameters.orElseThrow();
				Map<String, double[]> ranges = MODEL_RANGES.get(p.modelId());
				assertFalse(p.values().isEmpty());
				assertTrue(p.note().contains(preset.name()) && p.note().contains(preset.source()), p.note());
				p.values().forEach((name, value) -> {
					double[] range = ranges.get(name);
					assertTrue(range != null, p.modelId() + " has no parameter " + name);
					assertTrue(value >= range[0] && value <= range[1], typeId + " " + preset.name() + ": " + name
							+ " = " + value);
				});
			}
		}
	}

	@Test
	void gatedSpadDarkCountsPerGate() {
		ModelParameters p = CataloguePresets.spad("Namekata 2006 (800 MHz sine gating)");
		assertEquals("threshold-detector", p.modelId());
		assertEquals(0.085, p.values().get("efficiency"));
		assertEquals(9.2e-6, p.values().get("darkCountProbability"), 1e-12);
		assertEquals(0.06, p.values().get("afterpulseProbability"));
	}

	@Test
	void freeRunningDetectorsUseTheWindow() {
		ModelParameters spad = CataloguePresets.spad("Korzh 2014 (free-running NFAD)", 2e-9);
		assertEquals(1.0 * 2e-9, spad.values().get("darkCountProbability"), 1e-20);
		ModelParameters snspd = CataloguePresets.snspd("Marsili 2013 (WSi, 93 %)");
		assertEquals(0.93, snspd.values().get("efficiency"));
		assertEquals(1e-9, snspd.values().get("darkCountProbability"), 1e-20);
		assertEquals(0.0, snspd.values().get("afterpulseProbability"));
	}

	@Test
	void laserAndHomodyne() {
		ModelParameters laser = CataloguePresets.wcpLaser("Lucamarini 2013 (1 GHz)");
		assertEquals("wcp-laser", laser.modelId());
		assertEquals(1e9, laser.values().get("repetitionRate"));
		assertEquals(0.5, laser.values().get("mu"));
		assertEquals(0.5e-3, laser.values().get("vacuum"), 1e-12);
		ModelParameters homodyne = CataloguePresets.homodyne("Lodewyck 2007 (25 km CV-QKD)");
		assertEquals(Map.of("efficiency", 0.606, "electronicNoise", 0.041), homodyne.values());
	}

	@Test
	void spdcMeanPairNumberReproducesTheMultiPairProbability() {
		ModelParameters p = CataloguePresets.spdcPairSource("Ramelow 2013 (83 % heralding)");
		double meanPairs = p.values().get("meanPairNumber");
		assertEquals(0.01, CataloguePresets.multiPairFraction(meanPairs / 2), 1e-9);
		assertEquals(1e6, p.values().get("repetitionRate") * meanPairs, 1e-3);
	}

	@Test
	void unknownPresetNamesTheKnownOnes() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> CataloguePresets.homodyne("Nonesuch"));
		assertTrue(e.getMessage().startsWith("preset:") && e.getMessage().contains("Lodewyck 2007"), e.getMessage());
	}
}
