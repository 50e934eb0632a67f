/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.tf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;

/**
 * What the twin-field models share: phase-randomised coherent states from identical sources at
 * Alice and Bob, single-photon interference at a middle node (so the rate is not bounded by PLOB
 * of the whole channel), and the checks on the signal intensity.
 */
abstract class AbstractTwinFieldProtocol implements ProtocolModel {

	@Override
	public Set<PhotonStatistics> supportedSources() {
		return Set.of(PhotonStatistics.POISSONIAN);
	}

	@Override
	public boolean isRepeaterless() {
		return false;
	}

	@Override
	public List<String> configurationProblems(SourceCharacteristics source, ParameterValues parameters) {
		List<String> problems = new ArrayList<>();
		double mu = source.signalIntensity();
		if (!(mu > 0.0)) {
			problems.add("the signal intensity mu must be positive");
		} else if (mu > maxIntensity()) {
			problems.add("the signal intensity mu must be at most " + (int) maxIntensity());
		}
		return problems;
	}

	/** The largest intensity the model evaluates (rate 0 above). */
	abstract double maxIntensity();
}
