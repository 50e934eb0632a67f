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
 * A time tagger counting the events on its inputs 1 and 2 and their coincidences. Each input's
 * rate is corrected for the tagger's dead time; the coincidence rate is the correlated rate that
 * survives both dead times, times the fraction whose time difference (rms jitter and resolution of
 * both inputs) falls inside the coincidence window, plus the accidentals R1 R2 window. All three
 * readings have Poisson noise.
 */
final class TimeTaggerType implements CatalogueType {

	static final String ID = "sim-time-tagger";

	private static final List<Preset> PRESETS = List.of(
			new Preset("S-Fifteen TDC2",
					"S-Fifteen Instruments, \"Time to Digital Converter - TDC2\" product brochure v2 / data sheet "
							+ "(rev. 0.1, 2023): 4 inputs, < 8 ps resolution, < 80 ps timing jitter (taken as the rms "
							+ "value; the same sheet also quotes 30 ps for pulses more than 50 ns apart), 50 ns "
							+ "between detectable events.",
					Map.of("resolution", 8e-12, "rmsJitter", 80e-12, "deadTime", 50e-9, "channels", 4.0)),
			new Preset("S-Fifteen TDC1",
					"S-Fifteen Instruments, \"Time to digital converter - TDC1\" datasheet (rev. 0.1, 2023): 4 inputs, "
							+ "2 ns resolution, < 200 ps timing jitter (taken as the rms value), no intrinsic dead time "
							+ "(2 ns minimal pulse separation).",
					Map.of("resolution", 2e-9, "rmsJitter", 200e-12, "deadTime", 2e-9, "channels", 4.0)),
			new Preset("PicoQuant PicoHarp 300 (T2 mode)",
					"PicoQuant, PicoHarp 300 T2 mode as described in PicoQuant's TCSPC wiki (tcspc.com, glossary "
							+ "\"T2-mode\"): 2 inputs, 4 ps resolution, 95 ns typical dead time per channel (an older "
							+ "picoquant.com product page says 90 ns). The rms jitter is this type's default (not "
							+ "confirmed).",
					Map.of("resolution", 4e-12, "deadTime", 95e-9, "channels", 2.0)));

	private static final DeviceType TYPE = Common.type(ID, "Time tagger (simulated)",
			"A time tagger counting two inputs and their coincidences; presets from makers' datasheets.",
			DeviceCategory.TIME_TAGGER,
			List.of(ParameterDescriptor.of("resolution", "Resolution", "s", 1e-12, 1e-13, 1e-6, "Digital time bin"),
					ParameterDescriptor.of("rmsJitter", "Rms jitter", "s", 50e-12, 0, 1e-6,
							"Rms timing jitter of one input"),
					ParameterDescriptor.of("deadTime", "Dead time", "s", 10e-9, 0, 1e-3,
							"Time after an event in which an input takes no other"),
					ParameterDescriptor.of("channels", "Channels", "", 4, 2, 128, "Number of inputs").asInteger(),
					ParameterDescriptor.of("inputRate1", "Input 1 event rate", "Hz", 1e5, 0, 1e9,
							"Events per second arriving at input 1"),
					ParameterDescriptor.of("inputRate2", "Input 2 event rate", "Hz", 1e5, 0, 1e9,
							"Events per second arriving at input 2"),
					ParameterDescriptor.of("correlatedRate", "Correlated rate", "Hz", 1e4, 0, 1e9,
							"Events per second arriving at both inputs at once (pairs)"),
					ParameterDescriptor.of("coincidenceWindow", "Coincidence window", "s", 1e-9, 1e-12, 1e-3,
							"Full width of the coincidence window")),
			PRESETS,
			List.of(new ReadingDescriptor("countRate1", "Count rate 1", "Hz", "Events per second tagged on input 1"),
					new ReadingDescriptor("countRate2", "Count rate 2", "Hz", "Events per second tagged on input 2"),
					new ReadingDescriptor("coincidenceRate", "Coincidence rate", "Hz",
							"Coincidences per second between inputs 1 and 2")));

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
		double deadTime = Common.value(values, "deadTime");
		double r1 = Common.value(values, "inputRate1");
		double r2 = Common.value(values, "inputRate2");
		double window = Common.value(values, "coincidenceWindow");
		double counted1 = Counting.deadTimeCorrected(r1, deadTime);
		double counted2 = Counting.deadTimeCorrected(r2, deadTime);
		double survival = (r1 > 0 ? counted1 / r1 : 1) * (r2 > 0 ? counted2 / r2 : 1);
		double correlated = Math.min(Common.value(values, "correlatedRate"), Math.min(r1, r2));
		double coincidences = correlated * survival * captured(values, window) + counted1 * counted2 * window;
		Map<String, Double> readings = new LinkedHashMap<>();
		readings.put("countRate1", Counting.measuredRate(random, counted1, seconds));
		readings.put("countRate2", Counting.measuredRate(random, counted2, seconds));
		readings.put("coincidenceRate", Counting.measuredRate(random, coincidences, seconds));
		return readings;
	}

	/** The fraction of true coincidences whose measured time difference falls inside the window. */
	static double captured(Map<String, Double> values, double window) {
		double jitter = Common.value(values, "rmsJitter");
		double resolution = Common.value(values, "resolution");
		double sigma = Math.sqrt(2 * (jitter * jitter + resolution * resolution / 12));
		return sigma > 0 ? Counting.erf(window / 2 / (sigma * Math.sqrt(2))) : 1;
	}
}
