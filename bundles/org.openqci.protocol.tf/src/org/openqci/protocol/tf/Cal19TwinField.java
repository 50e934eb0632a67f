/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.tf;

import java.util.List;
import java.util.Map;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.ProtocolModel;
import org.osgi.service.component.annotations.Component;

/**
 * Phase-encoded twin-field QKD with infinitely many decoys (asymptotic): M. Curty, K. Azuma,
 * H.-K. Lo, "Simple security proof of twin-field type quantum key distribution protocol", npj
 * Quantum Inf. 5, 64 (2019); formulas in {@link Cal19KeyRate}. The source's signal intensity is
 * mu = |alpha|^2 of the key-basis coherent states |&plusmn;alpha&gt;; its decoys stand for the
 * phase-randomised test states, assumed infinitely many. The detector's misalignment e_d is the
 * mode mismatch (the paper's polarisation misalignment, cos(theta) = 1 - 2 e_d), the phase
 * mismatch phi a parameter.
 */
@Component(service = ProtocolModel.class)
public final class Cal19TwinField extends AbstractTwinFieldProtocol {

	/** The model's id. */
	public static final String ID = "tf-cal19";

	private static final List<ParameterDescriptor> DESCRIPTORS = List.of(TwinFieldParameters.RELAY_POSITION_DESCRIPTOR,
			TwinFieldParameters.EC_EFFICIENCY_DESCRIPTOR, TwinFieldParameters.PHASE_MISMATCH_DESCRIPTOR);

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Twin-field QKD, phase encoding (Curty, Azuma, Lo; infinite decoy)";
	}

	@Override
	public String description() {
		return "Asymptotic twin-field QKD with key bits in the sign of coherent states and infinitely many "
				+ "phase-randomised decoys (Curty, Azuma, Lo, npj Quantum Inf. 5, 64 (2019)).";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return DESCRIPTORS;
	}

	@Override
	double maxIntensity() {
		return Cal19KeyRate.MAX_INTENSITY;
	}

	@Override
	public KeyRate evaluate(LinkBudget budget, ParameterValues parameters) {
		TwinFieldLink link = TwinFieldLink.of(budget, parameters.get(TwinFieldParameters.RELAY_POSITION),
				parameters.get(TwinFieldParameters.PHASE_MISMATCH));
		Cal19KeyRate.Result r = Cal19KeyRate.evaluate(link, budget.source().signalIntensity(),
				parameters.get(TwinFieldParameters.EC_EFFICIENCY));
		return new KeyRate(r.rate(), r.gain(), r.bitError(), Map.of("phaseError", r.phaseError(), "bitError",
				r.bitError(), "etaA", link.etaA(), "etaB", link.etaB()));
	}
}
