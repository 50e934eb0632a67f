/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.device.api.DeviceCategory;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.ReadingDescriptor;

/**
 * A balanced homodyne detector for continuous-variable QKD. Each update estimates the electronic
 * noise v_el (in shot-noise units) from {@value #SAMPLES} samples, so the estimate has a relative
 * Gaussian error of sqrt(2 / {@value #SAMPLES}); the shot-noise clearance is
 * 10 log10((1 + v_el) / v_el) dB.
 */
final class HomodyneType implements CatalogueType {

	static final String ID = "sim-homodyne";

	/** Samples per noise estimate. */
	static final int SAMPLES = 10_000;

	private static final List<Preset> PRESETS = List.of(
			new Preset("Lodewyck 2007 (25 km CV-QKD)",
					"J. Lodewyck et al., \"Quantum key distribution over 25 km with an all-fiber continuous-variable "
							+ "system\", Phys. Rev. A 76, 042305 (2007): efficiency 0.606, electronic noise 0.041 SNU "
							+ "(values not checked against the paper's text). Bandwidth is this type's default.",
					Map.of("efficiency", 0.606, "electronicNoise", 0.041)),
			new Preset("Chi 2011 (104 MHz detector)",
					"Y.-M. Chi et al., \"A balanced homodyne detector for high-rate Gaussian-modulated coherent-state "
							+ "quantum key distribution\", New J. Phys. 13, 013003 (2011): 3 dB bandwidth 104 MHz, "
							+ "electronic noise 13 dB below shot noise (0.050 SNU). Efficiency is this type's default.",
					Map.of("electronicNoise", Math.pow(10, -1.3), "bandwidth", 104e6)));

	private static final DeviceType TYPE = Common.type(ID, "Balanced homodyne detector (simulated)",
			"A shot-noise-limited balanced homodyne detector for CV-QKD; presets from published receivers.",
			DeviceCategory.DETECTOR,
			List.of(ParameterDescriptor.of("efficiency", "Quantum efficiency", "", 0.6, 0, 1,
					"Efficiency of the optics and photodiodes"),
					ParameterDescriptor.of("electronicNoise", "Electronic noise (SNU)", "", 0.05, 1e-6, 10,
							"Electronic noise in shot-noise units"),
					ParameterDescriptor.of("bandwidth", "Bandwidth", "Hz", 100e6, 1, 1e11, "3 dB bandwidth")),
			PRESETS,
			List.of(new ReadingDescriptor("shotNoiseClearance", "Shot-noise clearance", "dB",
					"Shot noise above the electronic noise"),
					new ReadingDescriptor("electronicNoise", "Electronic noise (SNU)", "",
							"Measured electronic noise in shot-noise units")));

	@Override
	public DeviceType deviceType() {
		return TYPE;
	}

	@Override
	public List<Preset> presets() {
		return PRESETS;
	}

	@Override
	public Map<String, Double> sample(Map<String, Double> values, RandomGenerator random, double seconds) {
		double noise = Common.value(values, "electronicNoise");
		double estimate = Math.max(1e-9, noise * (1 + Math.sqrt(2.0 / SAMPLES) * random.nextGaussian()));
		Map<String, Double> readings = new LinkedHashMap<>();
		readings.put("shotNoiseClearance", 10 * Math.log10((1 + estimate) / estimate));
		readings.put("electronicNoise", estimate);
		return readings;
	}
}
