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
 * A spontaneous parametric down-conversion source of photon pairs: the pair rate it generates,
 * its heralding efficiency (the probability that the partner of a detected photon is detected
 * too, taken equal in both arms) and its multi-pair probability (the fraction of emissions with
 * more than one pair). The pair-rate reading has Poisson noise; the coincidence rate is
 * pairRate x heraldingEfficiency^2, also with Poisson noise.
 */
final class SpdcSourceType implements CatalogueType {

	static final String ID = "sim-spdc-source";

	private static final List<Preset> PRESETS = List.of(new Preset("Ramelow 2013 (83 % heralding)",
			"S. Ramelow et al., \"Highly efficient heralding of entangled single photons\", Opt. Express 21, 6707 "
					+ "(2013), arXiv:1211.5059: overall heralding efficiency 83 % with transition-edge sensors. "
					+ "Pair rate and multi-pair probability are this type's defaults (not confirmed from the paper).",
			Map.of("heraldingEfficiency", 0.83)));

	private static final DeviceType TYPE = Common.type(ID, "SPDC pair source (simulated)",
			"A parametric down-conversion source of photon pairs; presets from published sources (only one "
					+ "with confirmed numbers so far).",
			DeviceCategory.SOURCE,
			List.of(ParameterDescriptor.of("pairRate", "Pair rate", "Hz", 1e6, 0, 1e10, "Pairs generated per second"),
					ParameterDescriptor.of("heraldingEfficiency", "Heralding efficiency", "", 0.5, 0, 1,
							"Probability that the partner of a detected photon is detected"),
					ParameterDescriptor.of("multiPairProbability", "Multi-pair probability", "", 0.01, 1e-6, 0.5,
							"Fraction of emissions holding more than one pair (sets the heralded g2(0))")),
			PRESETS,
			List.of(new ReadingDescriptor("pairRate", "Pair rate", "Hz", "Measured rate of generated pairs"),
					new ReadingDescriptor("coincidenceRate", "Coincidence rate", "Hz",
							"Rate of pairs with both photons detected")));

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
		double pairRate = Common.value(values, "pairRate");
		double heralding = Common.value(values, "heraldingEfficiency");
		Map<String, Double> readings = new LinkedHashMap<>();
		readings.put("pairRate", Counting.measuredRate(random, pairRate, seconds));
		readings.put("coincidenceRate", Counting.measuredRate(random, pairRate * heralding * heralding, seconds));
		return readings;
	}
}
