/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.mdi;

import java.util.List;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;

/**
 * The protocol parameters every MDI-QKD model here takes.
 *
 * @param ecEfficiency       f(E) &gt;= 1, the error-correction leakage relative to the Shannon limit
 * @param basisSiftingFactor q, the fraction of pulse pairs in which both senders chose the key
 *                           (rectilinear) basis: 1 for the asymptotic efficient protocol the papers
 *                           evaluate, 1/4 for uniformly random basis choices
 * @param relayPosition      f, the fraction of the channel's loss in dB between Alice and the relay
 *                           (0.5 for a relay in the middle)
 * @param intensityRatio     k, Bob's intensities relative to Alice's (Bob sends k mu, k nu, k omega);
 *                           1 for identical senders, tuned on asymmetric links
 */
record MdiParameters(double ecEfficiency, double basisSiftingFactor, double relayPosition, double intensityRatio) {

	static final String EC_EFFICIENCY = "ecEfficiency";
	static final String BASIS_SIFTING_FACTOR = "basisSiftingFactor";
	static final String RELAY_POSITION = "relayPosition";
	static final String INTENSITY_RATIO = "intensityRatio";

	static final List<ParameterDescriptor> DESCRIPTORS = List.of(
			ParameterDescriptor.of(EC_EFFICIENCY, "Error-correction efficiency", "", 1.16, 1.0, 3.0,
					"Leakage of error correction relative to the Shannon limit, f(E) (1.16 in Xu et al. 2013)"),
			ParameterDescriptor.of(BASIS_SIFTING_FACTOR, "Basis sifting factor", "", 1.0, 0.01, 1.0,
					"Fraction q of pulse pairs with both senders in the key basis (1 asymptotically, 1/4 for random bases)"),
			ParameterDescriptor.of(RELAY_POSITION, "Relay position", "", 0.5, 0.0, 1.0,
					"Fraction of the channel loss (dB) between Alice and the relay Charlie (0.5: relay in the middle)"),
			ParameterDescriptor.of(INTENSITY_RATIO, "Bob/Alice intensity ratio", "", 1.0, 0.05, 20.0,
					"Bob's intensities relative to Alice's, k: Bob sends k mu, k nu, k vacuum (1: identical senders)")
					.asOptimisable());

	static MdiParameters from(ParameterValues values) {
		return new MdiParameters(values.get(EC_EFFICIENCY), values.get(BASIS_SIFTING_FACTOR),
				values.get(RELAY_POSITION), values.get(INTENSITY_RATIO));
	}
}
