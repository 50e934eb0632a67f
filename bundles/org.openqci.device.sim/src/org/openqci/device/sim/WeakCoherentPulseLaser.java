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
 * An attenuated, phase-randomised pulsed laser: each pulse holds a Poisson-distributed number of
 * photons. It sends signal pulses of mean photon number mu and, for decoy-state protocols, weak
 * decoy pulses of mean nu and vacuum decoys of mean (ideally zero) "vacuum". Both intensities
 * can be optimised by the engine.
 */
@Component(service = SourceModel.class)
public final class WeakCoherentPulseLaser implements SourceModel {

	/** The model's id. */
	public static final String ID = "wcp-laser";

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.of("repetitionRate", "Repetition rate", "Hz", 1e9, 1, 1e11, "Pulses sent per second"),
			ParameterDescriptor.of("mu", "Signal mean photon number", "", 0.5, 0, 2,
					"Mean photon number mu of the signal pulses").asOptimisable(),
			ParameterDescriptor.of("nu", "Weak decoy mean photon number", "", 0.1, 0, 2,
					"Mean photon number nu of the weak decoy pulses (decoy-state protocols)").asOptimisable(),
			ParameterDescriptor.of("vacuum", "Vacuum decoy mean photon number", "", 0, 0, 0.1,
					"Residual mean photon number of the vacuum decoy pulses (ideally 0)"));

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Weak coherent pulse laser";
	}

	@Override
	public String description() {
		return "Attenuated phase-randomised laser pulses with Poisson photon statistics, with signal, weak decoy "
				+ "and vacuum intensities (as in Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005)).";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public SourceCharacteristics characterise(ParameterValues p) {
		return new SourceCharacteristics(p.get("repetitionRate"), PhotonStatistics.POISSONIAN, p.get("mu"),
				p.get("nu"), p.get("vacuum"));
	}
}
