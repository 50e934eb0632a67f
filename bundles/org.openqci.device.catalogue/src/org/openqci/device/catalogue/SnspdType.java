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
 * A superconducting nanowire single-photon detector. The count rate is efficiency x
 * incidentPhotonRate + darkCountRate, corrected for the recovery time as a dead time
 * (R = r / (1 + r tau)), counted with Poisson noise over the update interval.
 */
final class SnspdType implements CatalogueType {

	static final String ID = "sim-snspd";

	private static final List<Preset> PRESETS = List.of(
			new Preset("Marsili 2013 (WSi, 93 %)",
					"F. Marsili et al., \"Detecting single infrared photons with 93% system efficiency\", Nat. Photon. "
							+ "7, 210 (2013): 93 % system efficiency, device dark count rate about 1 count/s, timing "
							+ "jitter 150 ps FWHM, reset time 40 ns.",
					Map.of("efficiency", 0.93, "darkCountRate", 1.0, "timingJitter", 150e-12, "recoveryTime", 40e-9)),
			new Preset("Esmaeil Zadeh 2017 (NbTiN)",
					"I. Esmaeil Zadeh et al., \"Single-photon detectors combining ultra-high efficiency, detection-rates, "
							+ "and timing resolution\", arXiv:1611.02726 (2016), APL Photonics 2, 111301 (2017): "
							+ "efficiency above 92 %, dark count rate below 130 counts/s, system jitter 14.8 ps. "
							+ "Recovery time is this type's default.",
					Map.of("efficiency", 0.92, "darkCountRate", 130.0, "timingJitter", 14.8e-12)),
			new Preset("Caloz 2017 (MoSi)",
					"M. Caloz et al., \"High-detection efficiency and low-timing jitter with amorphous superconducting "
							+ "nanowire single-photon detectors\", arXiv:1710.06740 (2017): 80 % system "
							+ "efficiency at 1550 nm with 26 ps jitter. Dark count rate and recovery time are this "
							+ "type's defaults.",
					Map.of("efficiency", 0.80, "timingJitter", 26e-12)));

	private static final DeviceType TYPE = Common.type(ID, "SNSPD (simulated)",
			"A superconducting nanowire single-photon detector; presets from published detectors.",
			DeviceCategory.DETECTOR,
			List.of(ParameterDescriptor.of("efficiency", "System detection efficiency", "", 0.8, 0, 1,
					"Probability that an incident photon is counted"),
					ParameterDescriptor.of("darkCountRate", "Dark count rate", "Hz", 100, 0, 1e6,
							"Counts per second without light"),
					ParameterDescriptor.of("timingJitter", "Timing jitter (FWHM)", "s", 50e-12, 0, 1e-9,
							"Full width at half maximum of the timing jitter"),
					ParameterDescriptor.of("recoveryTime", "Recovery time", "s", 50e-9, 0, 1e-6,
							"Time after a count before the next one can be registered"),
					Common.incidentPhotonRate()),
			PRESETS,
			List.of(new ReadingDescriptor("countRate", "Count rate", "Hz", "Counts per second with the incident light"),
					new ReadingDescriptor("darkCountRate", "Dark count rate", "Hz", "Counts per second without light")));

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
		double efficiency = Common.value(values, "efficiency");
		double dark = Common.value(values, "darkCountRate");
		double recovery = Common.value(values, "recoveryTime");
		double incident = Common.value(values, Common.INCIDENT_PHOTON_RATE);
		Map<String, Double> readings = new LinkedHashMap<>();
		readings.put("countRate",
				Counting.measuredRate(random, Counting.detectorRate(efficiency, incident, dark, 0, recovery), seconds));
		readings.put("darkCountRate",
				Counting.measuredRate(random, Counting.detectorRate(0, 0, dark, 0, recovery), seconds));
		return readings;
	}
}
