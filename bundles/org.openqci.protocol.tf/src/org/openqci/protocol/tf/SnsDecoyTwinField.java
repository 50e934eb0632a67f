/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.tf;

import java.util.List;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.osgi.service.component.annotations.Component;

/**
 * Sending-or-not-sending twin-field QKD with a vacuum and two decoys (asymptotic): X.-B. Wang,
 * Z.-W. Yu, X.-L. Hu, Phys. Rev. A 98, 062323 (2018), with the paper's decoy bounds; formulas in
 * {@link SnsKeyRate}. The
 * source's intensities map as follows: its signal mu is the sending intensity of the signal
 * windows and the strong decoy mu2 of the decoy windows; its weak decoy nu is mu1, the intensity of
 * the X windows that measure the phase-flip rate; its vacuum decoy must be dark. Needs 0 &lt; nu &lt; mu.
 */
@Component(service = ProtocolModel.class)
public final class SnsDecoyTwinField extends AbstractSnsProtocol {

	/** The model's id. */
	public static final String ID = "tf-sns-decoy";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Twin-field QKD, sending or not sending (vacuum + two decoys)";
	}

	@Override
	public String description() {
		return "Asymptotic sending-or-not-sending twin-field QKD with decoy intensities vacuum, nu and mu "
				+ "(Wang, Yu, Hu, PRA 98, 062323 (2018)).";
	}

	@Override
	public List<String> configurationProblems(SourceCharacteristics source, ParameterValues parameters) {
		List<String> problems = super.configurationProblems(source, parameters);
		double mu = source.signalIntensity();
		double nu = source.decoyIntensity();
		if (!(nu > 0.0)) {
			problems.add("the weak decoy intensity nu must be positive");
		} else if (!(nu < mu)) {
			problems.add("the weak decoy intensity nu must be below the signal intensity mu");
		}
		if (source.vacuumIntensity() != 0.0) {
			problems.add("the vacuum decoy intensity must be 0 (the SNS decoy bounds assume a vacuum decoy)");
		}
		return problems;
	}

	@Override
	public KeyRate evaluate(LinkBudget budget, ParameterValues parameters) {
		TwinFieldLink link = TwinFieldLink.of(budget, parameters.get(TwinFieldParameters.RELAY_POSITION), 0.0);
		SourceCharacteristics source = budget.source();
		double mu = source.signalIntensity();
		SnsKeyRate.Result r = source.vacuumIntensity() == 0.0
				? SnsKeyRate.threeIntensityDecoy(link, mu, source.decoyIntensity(), mu,
						parameters.get(TwinFieldParameters.SENDING_PROBABILITY),
						parameters.get(TwinFieldParameters.EC_EFFICIENCY))
				: SnsKeyRate.Result.NONE;
		return result(r, link);
	}
}
