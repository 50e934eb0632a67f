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
 * An InGaAs/InP single-photon avalanche diode, free-running (gate frequency 0) or gated. The count
 * rate is (efficiency x incidentPhotonRate + darkCountRate) x (1 + afterpulseProbability),
 * corrected for the dead time (R = r / (1 + r tau)), counted with Poisson noise over the update
 * interval; the dark-count reading is the same with no light. The temperature reading is the
 * operating temperature with Gaussian noise of 0.025 K rms (95 % within +-0.05 K).
 */
final class SpadType implements CatalogueType {

	static final String ID = "sim-ingaas-spad";

	/** Rms of the temperature reading's noise, kelvin. */
	static final double TEMPERATURE_NOISE = 0.025;

	private static final List<Preset> PRESETS = List.of(
			new Preset("Korzh 2014 (free-running NFAD)",
					"B. Korzh, N. Walenta, T. Lunghi, N. Gisin, H. Zbinden, \"Free-running InGaAs single photon detector "
							+ "with 1 dark count per second at 10% efficiency\", Appl. Phys. Lett. 104, 081108 (2014): "
							+ "10 % efficiency, 1 count/s dark, 2.2 % afterpulsing with 20 us dead time, cooled to "
							+ "-110 C (163.15 K).",
					Map.of("efficiency", 0.10, "darkCountRate", 1.0, "afterpulseProbability", 0.022, "deadTime", 20e-6,
							"gateFrequency", 0.0, "temperature", 163.15)),
			new Preset("Namekata 2006 (800 MHz sine gating)",
					"N. Namekata et al., \"800 MHz single-photon detection at 1550-nm using an InGaAs/InP avalanche "
							+ "photodiode operated with a sine wave gating\", Opt. Express 14, 10043 (2006): 8.5 % "
							+ "efficiency, dark-count probability 9.2e-6 per gate at 800 MHz (7360 counts/s), 6.0 % "
							+ "afterpulsing. Dead time and temperature are this type's defaults.",
					Map.of("efficiency", 0.085, "darkCountRate", 9.2e-6 * 800e6, "afterpulseProbability", 0.06,
							"gateFrequency", 800e6)),
			new Preset("Lunghi 2012 (free-running NFAD)",
					"T. Lunghi et al., \"Free running single photon detection based on a negative feedback InGaAs APD\", "
							+ "arXiv:1204.4594 (2012): 600 counts/s dark at 10 % efficiency. Afterpulsing, dead time "
							+ "and temperature are this type's defaults.",
					Map.of("efficiency", 0.10, "darkCountRate", 600.0, "gateFrequency", 0.0)));

	private static final DeviceType TYPE = Common.type(ID, "InGaAs/InP SPAD (simulated)",
			"A telecom single-photon avalanche diode, free-running or gated; presets from published detectors.",
			DeviceCategory.DETECTOR,
			List.of(ParameterDescriptor.of("efficiency", "Detection efficiency", "", 0.1, 0, 1,
					"Probability that an incident photon is counted"),
					ParameterDescriptor.of("darkCountRate", "Dark count rate", "Hz", 1000, 0, 1e8,
							"Counts per second without light"),
					ParameterDescriptor.of("afterpulseProbability", "Afterpulse probability", "", 0.05, 0, 0.5,
							"Probability that a count causes an afterpulse"),
					ParameterDescriptor.of("deadTime", "Dead time", "s", 10e-6, 0, 1e-3,
							"Time after a count in which the detector is blind (hold-off)"),
					ParameterDescriptor.of("gateFrequency", "Gate frequency", "Hz", 0, 0, 1e10,
							"Gating frequency; 0 for a free-running detector"),
					ParameterDescriptor.of("temperature", "Operating temperature (kelvin)", "", 223.15, 100, 330,
							"Temperature of the diode in kelvin"),
					Common.incidentPhotonRate()),
			PRESETS,
			List.of(new ReadingDescriptor("countRate", "Count rate", "Hz", "Counts per second with the incident light"),
					new ReadingDescriptor("darkCountRate", "Dark count rate", "Hz", "Counts per second without light"),
					new ReadingDescriptor("temperature", "Temperature (kelvin)", "", "Diode temperature in kelvin")));

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
		double afterpulse = Common.value(values, "afterpulseProbability");
		double deadTime = Common.value(values, "deadTime");
		double incident = Common.value(values, Common.INCIDENT_PHOTON_RATE);
		Map<String, Double> readings = new LinkedHashMap<>();
		readings.put("countRate", Counting.measuredRate(random,
				Counting.detectorRate(efficiency, incident, dark, afterpulse, deadTime), seconds));
		readings.put("darkCountRate",
				Counting.measuredRate(random, Counting.detectorRate(0, 0, dark, afterpulse, deadTime), seconds));
		readings.put("temperature",
				Common.value(values, "temperature") + TEMPERATURE_NOISE * random.nextGaussian());
		return readings;
	}
}
