/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.tf;

import org.openqci.core.spi.ParameterDescriptor;

/** The names and descriptors of the twin-field protocols' parameters. */
final class TwinFieldParameters {

	/** f, the fraction of the channel's loss in dB on Alice's side of Charlie. */
	static final String RELAY_POSITION = "relayPosition";
	/** The error-correction leakage relative to the Shannon limit. */
	static final String EC_EFFICIENCY = "ecEfficiency";
	/** SNS: the probability epsilon that a party sends in a signal window. */
	static final String SENDING_PROBABILITY = "sendingProbability";
	/** CAL19: the phase mismatch between Alice's and Bob's reference phases, in radians. */
	static final String PHASE_MISMATCH = "phaseMismatch";

	static final ParameterDescriptor RELAY_POSITION_DESCRIPTOR = ParameterDescriptor.of(RELAY_POSITION,
			"Relay position", "", 0.5, 0.0, 1.0,
			"Fraction f of the channel's loss (dB) on Alice's side of Charlie: t_A = t^f, t_B = t^(1-f); 0.5 is symmetric");

	static final ParameterDescriptor EC_EFFICIENCY_DESCRIPTOR = ParameterDescriptor.of(EC_EFFICIENCY,
			"Error-correction efficiency", "", 1.1, 1.0, 3.0,
			"Leakage of error correction relative to the Shannon limit, f (1.1 in Wang, Yu, Hu 2018)");

	static final ParameterDescriptor SENDING_PROBABILITY_DESCRIPTOR = ParameterDescriptor.of(SENDING_PROBABILITY,
			"Sending probability", "", 0.05, 0.0, 1.0,
			"Probability epsilon that Alice (Bob) sends the signal pulse in a signal window; usually optimised")
			.asOptimisable();

	static final ParameterDescriptor PHASE_MISMATCH_DESCRIPTOR = ParameterDescriptor.of(PHASE_MISMATCH,
			"Phase mismatch", "", 0.0, 0.0, 0.5 * Math.PI,
			"Residual phase difference phi (radians) between Alice's and Bob's pulses; visibility (1 - 2 e_d) cos(phi)");

	private TwinFieldParameters() {
	}
}
