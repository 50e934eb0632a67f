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
 * An attenuated pulsed laser for decoy-state BB84: repetition rate, mean photon number of the
 * signal pulses, their relative rms intensity fluctuation and the intensity modulator's extinction
 * ratio. The mean-photon-number reading fluctuates with the intensity stability (Gaussian); the
 * pulse rate is the clock's.
 */
final class WcpLaserType implements CatalogueType {

	static final String ID = "sim-wcp-laser";

	private static final List<Preset> PRESETS = List.of(
			new Preset("Lucamarini 2013 (1 GHz)",
					"M. Lucamarini et al., \"Efficient decoy-state quantum key distribution with quantified security\", "
							+ "Opt. Express 21, 24550 (2013): 1 GHz clock (not checked against the paper's text). Only "
							+ "the repetition rate is from the paper; mean photon number, intensity stability and "
							+ "extinction ratio are this type's defaults.",
					Map.of("repetitionRate", 1e9)),
			new Preset("Korzh 2014 (625 MHz)",
					"B. Korzh et al., \"Free-running InGaAs single photon detector with 1 dark count per second at 10% "
							+ "efficiency\", Appl. Phys. Lett. 104, 081108 (2014): the 625 MHz clocked QKD system the "
							+ "detectors were used in. Only the repetition rate is from the paper; the other values are "
							+ "this type's defaults.",
					Map.of("repetitionRate", 625e6)));

	private static final DeviceType TYPE = Common.type(ID, "Weak coherent pulse laser (simulated)",
			"An attenuated, phase-randomised pulsed laser as used in decoy-state BB84 transmitters; presets from "
					+ "published systems.",
			DeviceCategory.SOURCE,
			List.of(ParameterDescriptor.of("repetitionRate", "Repetition rate", "Hz", 1e9, 1, 1e11,
					"Pulses sent per second"),
					ParameterDescriptor.of("meanPhotonNumber", "Mean photon number", "", 0.5, 0, 2,
							"Mean photon number mu of the signal pulses"),
					ParameterDescriptor.of("intensityStability", "Intensity stability (relative rms)", "", 0.01, 0, 0.5,
							"Relative rms fluctuation of the pulse intensity"),
					ParameterDescriptor.of("extinctionRatio", "Extinction ratio", "dB", 30, 0, 60,
							"Intensity modulator's extinction ratio; sets the residual light of vacuum decoys")),
			PRESETS,
			List.of(new ReadingDescriptor("meanPhotonNumber", "Mean photon number", "",
					"Measured mean photon number of the signal pulses"),
					new ReadingDescriptor("pulseRate", "Pulse rate", "Hz", "Pulses sent per second")));

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
		double mu = Common.value(values, "meanPhotonNumber");
		double stability = Common.value(values, "intensityStability");
		Map<String, Double> readings = new LinkedHashMap<>();
		readings.put("meanPhotonNumber", Math.max(0, mu * (1 + stability * random.nextGaussian())));
		readings.put("pulseRate", Common.value(values, "repetitionRate"));
		return readings;
	}
}
