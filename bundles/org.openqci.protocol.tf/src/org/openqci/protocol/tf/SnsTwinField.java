/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.tf;


import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.ProtocolModel;
import org.osgi.service.component.annotations.Component;

/**
 * Sending-or-not-sending twin-field QKD with infinitely many decoys (asymptotic): X.-B. Wang,
 * Z.-W. Yu, X.-L. Hu, Phys. Rev. A 98, 062323 (2018); formulas in {@link SnsKeyRate}. The source's
 * signal intensity is the sending parties' intensity mu in the signal windows; its decoys are not
 * used (the single-photon yield and phase-flip rate are the exact values of the channel model).
 * With eta_d = 80 %, p_d = 1e-11, f = 1.1 and 0.2 dB/km the key reaches 707, 627, 517 and 297 km
 * at e_d = 15, 25, 35 and 45 % (the paper: beyond 700, 600, 500 and about 300 km).
 */
@Component(service = ProtocolModel.class)
public final class SnsTwinField extends AbstractSnsProtocol {

	/** The model's id. */
	public static final String ID = "tf-sns";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Twin-field QKD, sending or not sending (infinite decoy)";
	}

	@Override
	public String description() {
		return "Asymptotic sending-or-not-sending twin-field QKD with infinitely many decoys; tolerates large "
				+ "misalignment (Wang, Yu, Hu, PRA 98, 062323 (2018)).";
	}

	@Override
	public KeyRate evaluate(LinkBudget budget, ParameterValues parameters) {
		TwinFieldLink link = TwinFieldLink.of(budget, parameters.get(TwinFieldParameters.RELAY_POSITION), 0.0);
		SnsKeyRate.Result r = SnsKeyRate.infiniteDecoy(link, budget.source().signalIntensity(),
				parameters.get(TwinFieldParameters.SENDING_PROBABILITY),
				parameters.get(TwinFieldParameters.EC_EFFICIENCY));
		return result(r, link);
	}
}
