/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.sim;

import java.util.List;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.core.spi.SourceModel;
import org.osgi.service.component.annotations.Component;

/**
 * An ideal single-photon source: each pulse holds one photon with the emission probability and
 * otherwise none, never two. Its signal intensity is the emission probability.
 */
@Component(service = SourceModel.class)
public final class SinglePhotonSource implements SourceModel {

	/** The model's id. */
	public static final String ID = "single-photon-source";

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.of("repetitionRate", "Repetition rate", "Hz", 1e9, 1, 1e11, "Pulses sent per second"),
			ParameterDescriptor.of("emissionProbability", "Emission probability", "", 1, 0, 1,
					"Probability that a pulse holds a photon (source and coupling efficiency)"));

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Ideal single-photon source";
	}

	@Override
	public String description() {
		return "Emits at most one photon per pulse, with a given emission probability; no multi-photon pulses.";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public SourceCharacteristics characterise(ParameterValues p) {
		return new SourceCharacteristics(p.get("repetitionRate"), PhotonStatistics.SINGLE_PHOTON,
				p.get("emissionProbability"), 0.0, 0.0);
	}
}
