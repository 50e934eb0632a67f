/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.tf;

import java.util.List;
import java.util.Map;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.ParameterDescriptor;

/**
 * What the two sending-or-not-sending models share (Wang, Yu, Hu, PRA 98, 062323 (2018)): their
 * parameters (relay position, error-correction efficiency, sending probability), the largest
 * intensity they evaluate, and the details they report.
 */
abstract class AbstractSnsProtocol extends AbstractTwinFieldProtocol {

	private static final List<ParameterDescriptor> DESCRIPTORS = List.of(TwinFieldParameters.RELAY_POSITION_DESCRIPTOR,
			TwinFieldParameters.EC_EFFICIENCY_DESCRIPTOR, TwinFieldParameters.SENDING_PROBABILITY_DESCRIPTOR);

	@Override
	public List<ParameterDescriptor> parameters() {
		return DESCRIPTORS;
	}

	@Override
	double maxIntensity() {
		return SnsKeyRate.MAX_INTENSITY;
	}

	/** The key rate with the SNS details. */
	static KeyRate result(SnsKeyRate.Result r, TwinFieldLink link) {
		return new KeyRate(r.rate(), r.gain(), r.qber(), Map.of("s1", r.s1(), "e1ph", r.phaseError(),
				"n1PerPulse", r.untagged(), "etaA", link.etaA(), "etaB", link.etaB()));
	}
}
