/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.fakes;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqci.core.registry.StaticModelRegistry;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.ChannelModel;
import org.openqci.core.spi.DetectionScheme;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.DetectorModel;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.core.spi.SourceModel;

/**
 * Small fake models with known behaviour for the engine and validator tests: a laser, a
 * single-photon source, a fibre, a detector, a toy protocol whose key rate per pulse
 * {@code eta mu exp(-mu / mu0)} peaks at {@code mu = mu0}, a protocol for single photons only and
 * a protocol that always throws.
 */
public final class FakeModels {

	private FakeModels() {
	}

	/** A registry with every fake model. */
	public static StaticModelRegistry registry() {
		return new StaticModelRegistry(List.of(new Laser(), new SinglePhotonSource(), new Fibre(), new Spad(),
				new ToyProtocol(), new SinglePhotonProtocol(), new BrokenProtocol()));
	}

	/** Weak coherent pulses of intensity {@code mu} at {@code rate}. */
	public static final class Laser implements SourceModel {
		@Override
		public String id() {
			return "laser";
		}

		@Override
		public String name() {
			return "Fake laser";
		}

		@Override
		public String description() {
			return "Weak coherent pulses.";
		}

		@Override
		public List<ParameterDescriptor> parameters() {
			return List.of(ParameterDescriptor.of("mu", "Mean photon number", "", 0.5, 0, 1, "signal intensity").asOptimisable(),
					ParameterDescriptor.of("rate", "Repetition rate", "Hz", 1e9, 1, 1e12, "pulses per second"));
		}

		@Override
		public SourceCharacteristics characterise(ParameterValues p) {
			return new SourceCharacteristics(p.get("rate"), PhotonStatistics.POISSONIAN, p.get("mu"), 0, 0);
		}
	}

	/** An ideal single-photon source. */
	public static final class SinglePhotonSource implements SourceModel {
		@Override
		public String id() {
			return "single";
		}

		@Override
		public String name() {
			return "Fake single-photon source";
		}

		@Override
		public String description() {
			return "One photon per pulse.";
		}

		@Override
		public List<ParameterDescriptor> parameters() {
			return List.of(ParameterDescriptor.of("rate", "Repetition rate", "Hz", 1e6, 1, 1e12, "pulses per second"));
		}

		@Override
		public SourceCharacteristics characterise(ParameterValues p) {
			return new SourceCharacteristics(p.get("rate"), PhotonStatistics.SINGLE_PHOTON, 1, 0, 0);
		}
	}

	/** A fibre: {@code t = 10^(-attenuation length / 10)}; the length is required. */
	public static final class Fibre implements ChannelModel {
		@Override
		public String id() {
			return "fibre";
		}

		@Override
		public String name() {
			return "Fake fibre";
		}

		@Override
		public String description() {
			return "Exponential loss.";
		}

		@Override
		public List<ParameterDescriptor> parameters() {
			return List.of(ParameterDescriptor.required("length", "Length", "km", 0, 1000, "fibre length"),
					ParameterDescriptor.of("attenuation", "Attenuation", "dB/km", 0.2, 0, 10, "loss coefficient"));
		}

		@Override
		public ChannelBudget budget(ParameterValues p) {
			return new ChannelBudget(Math.pow(10, -p.get("attenuation") * p.get("length") / 10), 0);
		}
	}

	/** A detector with an efficiency, dark counts, misalignment and a whole-number dead time in gates. */
	public static final class Spad implements DetectorModel {
		@Override
		public String id() {
			return "spad";
		}

		@Override
		public String name() {
			return "Fake SPAD";
		}

		@Override
		public String description() {
			return "Threshold detector.";
		}

		@Override
		public List<ParameterDescriptor> parameters() {
			return List.of(ParameterDescriptor.of("efficiency", "Efficiency", "", 0.1, 0, 1, "eta_Bob"),
					ParameterDescriptor.of("darkCount", "Dark count probability", "", 1e-6, 0, 1, "Y0"),
					ParameterDescriptor.of("misalignment", "Misalignment", "", 0.01, 0, 0.5, "e_d"),
					ParameterDescriptor.of("deadGates", "Dead time", "", 0, 0, 100, "gates").asInteger());
		}

		@Override
		public DetectorCharacteristics characterise(ParameterValues p) {
			return new DetectorCharacteristics(p.get("efficiency"), p.get("darkCount"), p.get("misalignment"));
		}
	}

	/** A coherent receiver (not in {@link #registry()}): homodyne detection with efficiency 0.6. */
	public static final class Homodyne implements DetectorModel {
		@Override
		public String id() {
			return "homodyne";
		}

		@Override
		public String name() {
			return "Fake homodyne detector";
		}

		@Override
		public String description() {
			return "Balanced homodyne detection.";
		}

		@Override
		public List<ParameterDescriptor> parameters() {
			return List.of();
		}

		@Override
		public DetectorCharacteristics characterise(ParameterValues p) {
			return DetectorCharacteristics.coherent(DetectionScheme.HOMODYNE, 0.6, 0.01);
		}
	}

	/** Key per pulse {@code eta mu exp(-mu / mu0)}: maximal at {@code mu = mu0}. */
	public static final class ToyProtocol implements ProtocolModel {
		@Override
		public String id() {
			return "toy";
		}

		@Override
		public String name() {
			return "Toy protocol";
		}

		@Override
		public String description() {
			return "A key rate with a known arg max.";
		}

		@Override
		public List<ParameterDescriptor> parameters() {
			return List.of(ParameterDescriptor.of("mu0", "Best intensity", "", 0.3, 0.01, 1, "arg max of the key rate"));
		}

		@Override
		public Set<PhotonStatistics> supportedSources() {
			return Set.of(PhotonStatistics.POISSONIAN);
		}

		@Override
		public List<String> configurationProblems(SourceCharacteristics source, ParameterValues p) {
			return p.get("mu0") > 10 * source.signalIntensity()
					? List.of("mu0 (" + p.get("mu0") + ") must be at most ten times the signal intensity")
					: List.of();
		}

		@Override
		public KeyRate evaluate(LinkBudget budget, ParameterValues p) {
			double eta = budget.overallTransmittance();
			double mu = budget.source().signalIntensity();
			double key = eta * mu * Math.exp(-mu / p.get("mu0"));
			return new KeyRate(key, 1 - Math.exp(-eta * mu), budget.detector().misalignmentError(),
					Map.of("eta", eta, "nan", Double.NaN));
		}
	}

	/** Covers single-photon sources only. */
	public static final class SinglePhotonProtocol implements ProtocolModel {
		@Override
		public String id() {
			return "sp-only";
		}

		@Override
		public String name() {
			return "Single-photon protocol";
		}

		@Override
		public String description() {
			return "Needs a single-photon source.";
		}

		@Override
		public List<ParameterDescriptor> parameters() {
			return List.of();
		}

		@Override
		public Set<PhotonStatistics> supportedSources() {
			return Set.of(PhotonStatistics.SINGLE_PHOTON);
		}

		@Override
		public KeyRate evaluate(LinkBudget budget, ParameterValues p) {
			return KeyRate.of(budget.overallTransmittance(), budget.overallTransmittance(), 0);
		}
	}

	/** Always fails. */
	public static final class BrokenProtocol implements ProtocolModel {
		@Override
		public String id() {
			return "broken";
		}

		@Override
		public String name() {
			return "Broken protocol";
		}

		@Override
		public String description() {
			return "Throws.";
		}

		@Override
		public List<ParameterDescriptor> parameters() {
			return List.of();
		}

		@Override
		public Set<PhotonStatistics> supportedSources() {
			return Set.of(PhotonStatistics.POISSONIAN);
		}

		@Override
		public KeyRate evaluate(LinkBudget budget, ParameterValues p) {
			throw new IllegalStateException("boom");
		}
	}
}
