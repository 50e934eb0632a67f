/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The presets of the simulated device types, and their values as parameters of the key-rate
 * models of the model catalogue (for a "take parameters from a device preset" feature):
 * <ul>
 * <li>{@code sim-wcp-laser} to {@code wcp-laser}: {@code repetitionRate}, {@code mu} = the mean
 * photon number, {@code vacuum} = mu x 10^(-extinctionRatio / 10), the light a vacuum decoy keeps
 * through the intensity modulator;</li>
 * <li>{@code sim-spdc-source} to {@code spdc-pair-source}: {@code meanPairNumber} = 2 lambda, with
 * lambda such that the thermal statistics of that model give the preset's multi-pair probability
 * P(n &ge; 2) / P(n &ge; 1), and {@code repetitionRate} = pairRate / meanPairNumber (the heralding
 * efficiency belongs to the channel and detectors, not to the source model);</li>
 * <li>{@code sim-ingaas-spad} and {@code sim-snspd} to {@code threshold-detector}:
 * {@code efficiency}, {@code afterpulseProbability} (0 for an SNSPD) and
 * {@code darkCountProbability} = darkCountRate x window, the window being 1 / gateFrequency for a
 * gated SPAD (the dark counts per gate) and otherwise the detection window given, by default
 * {@value #DEFAULT_DETECTION_WINDOW} s; the misalignment is not a detector property and is left to
 * the experiment;</li>
 * <li>{@code sim-homodyne} to {@code homodyne-detector}: {@code efficiency},
 * {@code electronicNoise}.</li>
 * </ul>
 * Values are clamped to the models' ranges. The time tagger has no model.
 */
public final class CataloguePresets {

	/** The weak-coherent-pulse laser model's id. */
	public static final String WCP_LASER = "wcp-laser";
	/** The SPDC pair source model's id. */
	public static final String SPDC_PAIR_SOURCE = "spdc-pair-source";
	/** The threshold detector model's id. */
	public static final String THRESHOLD_DETECTOR = "threshold-detector";
	/** The homodyne detector model's id. */
	public static final String HOMODYNE_DETECTOR = "homodyne-detector";
	/** The detection window of a free-running detector when none is given, seconds. */
	public static final double DEFAULT_DETECTION_WINDOW = 1e-9;

	private CataloguePresets() {
	}

	/** The ids of the simulated device types. */
	public static List<String> typeIds() {
		return Catalogue.TYPES.stream().map(CatalogueType::id).toList();
	}

	/** The presets of a simulated device type, the default first. */
	public static List<Preset> presets(String typeId) {
		return Catalogue.require(typeId).presets();
	}

	/** A weak-coherent-pulse laser preset as {@code wcp-laser} parameters. */
	public static ModelParameters wcpLaser(String preset) {
		Map<String, Double> v = values(WcpLaserType.ID, preset);
		double mu = clamp(v.get("meanPhotonNumber"), 0, 2);
		double vacuum = clamp(mu * Math.pow(10, -v.get("extinctionRatio") / 10), 0, 0.1);
		return result(WCP_LASER, WcpLaserType.ID, preset,
				Map.of("repetitionRate", clamp(v.get("repetitionRate"), 1, 1e11), "mu", mu, "vacuum", vacuum),
				"vacuum = mu x 10^(-extinctionRatio/10)");
	}

	/** An SPDC source preset as {@code spdc-pair-source} parameters. */
	public static ModelParameters spdcPairSource(String preset) {
		Map<String, Double> v = values(SpdcSourceType.ID, preset);
		double meanPairs = clamp(2 * lambdaFor(v.get("multiPairProbability")), 1e-9, 2);
		double rate = clamp(v.get("pairRate") / meanPairs, 1, 1e11);
		return result(SPDC_PAIR_SOURCE, SpdcSourceType.ID, preset,
				Map.of("repetitionRate", rate, "meanPairNumber", meanPairs),
				"meanPairNumber from the multi-pair probability (thermal statistics), repetitionRate = pairRate / "
						+ "meanPairNumber");
	}

	/** An InGaAs SPAD preset as {@code threshold-detector} parameters (free-running: the default window). */
	public static ModelParameters spad(String preset) {
		return spad(preset, DEFAULT_DETECTION_WINDOW);
	}

	/**
	 * An InGaAs SPAD preset as {@code threshold-detector} parameters.
	 *
	 * @param detectionWindow the detection window of a free-running preset, seconds (a gated
	 *                        preset uses 1 / gateFrequency)
	 */
	public static ModelParameters spad(String preset, double detectionWindow) {
		Map<String, Double> v = values(SpadType.ID, preset);
		double gate = v.get("gateFrequency");
		double window = gate > 0 ? 1 / gate : detectionWindow;
		return detector(SpadType.ID, preset, v, window, clamp(v.get("afterpulseProbability"), 0, 0.5),
				gate > 0 ? "darkCountProbability = darkCountRate / gateFrequency"
						: "darkCountProbability = darkCountRate x " + window + " s window");
	}

	/** An SNSPD preset as {@code threshold-detector} parameters (the default window). */
	public static ModelParameters snspd(String preset) {
		return snspd(preset, DEFAULT_DETECTION_WINDOW);
	}

	/**
	 * An SNSPD preset as {@code threshold-detector} parameters.
	 *
	 * @param detectionWindow the detection window, seconds
	 */
	public static ModelParameters snspd(String preset, double detectionWindow) {
		Map<String, Double> v = values(SnspdType.ID, preset);
		return detector(SnspdType.ID, preset, v, detectionWindow, 0,
				"darkCountProbability = darkCountRate x " + detectionWindow + " s window");
	}

	/** A homodyne detector preset as {@code homodyne-detector} parameters. */
	public static ModelParameters homodyne(String preset) {
		Map<String, Double> v = values(HomodyneType.ID, preset);
		return result(HOMODYNE_DETECTOR, HomodyneType.ID, preset, Map.of("efficiency",
				clamp(v.get("efficiency"), 0, 1), "electronicNoise", clamp(v.get("electronicNoise"), 0, 10)), "");
	}

	/** A preset of any simulated type as model parameters; empty for types without a model (time tagger). */
	public static Optional<ModelParameters> modelParameters(String typeId, String preset) {
		return switch (typeId) {
		case WcpLaserType.ID -> Optional.of(wcpLaser(preset));
		case SpdcSourceType.ID -> Optional.of(spdcPairSource(preset));
		case SpadType.ID -> Optional.of(spad(preset));
		case SnspdType.ID -> Optional.of(snspd(preset));
		case HomodyneType.ID -> Optional.of(homodyne(preset));
		default -> {
			Catalogue.require(typeId);
			yield Optional.empty();
		}
		};
	}

	/**
	 * The lambda of the thermal pair statistics of the SPDC model, P(n) = (n + 1) lambda^n /
	 * (1 + lambda)^(n + 2), whose multi-pair fraction P(n &ge; 2) / P(n &ge; 1) is {@code p}.
	 */
	static double lambdaFor(double p) {
		double low = 0;
		double high = 1e3;
		for (int i = 0; i < 200; i++) {
			double mid = (low + high) / 2;
			if (multiPairFraction(mid) < p) {
				low = mid;
			} else {
				high = mid;
			}
		}
		return (low + high) / 2;
	}

	/** P(n &ge; 2) / P(n &ge; 1) of the SPDC model's thermal statistics. */
	static double multiPairFraction(double lambda) {
		if (lambda <= 0) {
			return 0;
		}
		double atLeastOne = 1 - 1 / ((1 + lambda) * (1 + lambda));
		double one = 2 * lambda / Math.pow(1 + lambda, 3);
		return 1 - one / atLeastOne;
	}

	private static ModelParameters detector(String typeId, String preset, Map<String, Double> v, double window,
			double afterpulse, String derivation) {
		return result(THRESHOLD_DETECTOR, typeId, preset,
				Map.of("efficiency", clamp(v.get("efficiency"), 0, 1), "darkCountProbability",
						clamp(v.get("darkCountRate") * window, 0, 0.1), "afterpulseProbability", afterpulse),
				derivation);
	}

	private static Map<String, Double> values(String typeId, String presetName) {
		CatalogueType type = Catalogue.require(typeId);
		Preset preset = type.preset(presetName).orElseThrow(() -> new IllegalArgumentException(Common.PRESET
				+ ": unknown preset '" + presetName + "' for " + typeId + "; known presets: "
				+ Common.names(type.presets())));
		return type.resolve(preset);
	}

	private static ModelParameters result(String modelId, String typeId, String presetName,
			Map<String, Double> values, String derivation) {
		Preset preset = Catalogue.require(typeId).preset(presetName).orElseThrow();
		String note = "From the device preset '" + presetName + "' of " + typeId + " (" + preset.source() + ")"
				+ (derivation.isEmpty() ? "" : "; " + derivation);
		return new ModelParameters(modelId, values, note);
	}

	private static double clamp(double v, double min, double max) {
		return Math.max(min, Math.min(max, v));
	}
}
