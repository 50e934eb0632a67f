/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bbm92;

import java.util.List;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;

/**
 * The parameters of the BBM92 model: where the pair source sits on the channel, the
 * error-correction efficiency f and the basis-sifting factor q.
 *
 * @param sourcePosition     share of the channel's loss in dB on Alice's side of the source, in
 *                           [0, 1]: 0 puts the source at Alice (her detectors see no channel loss),
 *                           0.5 in the middle of a uniform channel
 * @param ecEfficiency       f(E) &gt;= 1, the error-correction leakage relative to the Shannon limit
 * @param basisSiftingFactor q, the fraction of coincidences kept after basis reconciliation
 */
record Bbm92Parameters(double sourcePosition, double ecEfficiency, double basisSiftingFactor) {

	static final String SOURCE_POSITION = "sourcePosition";
	static final String EC_EFFICIENCY = "ecEfficiency";
	static final String BASIS_SIFTING_FACTOR = "basisSiftingFactor";

	static final List<ParameterDescriptor> DESCRIPTORS = List.of(
			ParameterDescriptor.of(SOURCE_POSITION, "Source position", "", 0.5, 0.0, 1.0,
					"Share of the channel loss (dB) between Alice and the source: 0 = source at Alice, 0.5 = middle"),
			ParameterDescriptor.of(EC_EFFICIENCY, "Error-correction efficiency", "", 1.22, 1.0, 3.0,
					"Leakage of error correction relative to the Shannon limit, f(E) (1.22 in Ma, Fung, Lo 2007)"),
			ParameterDescriptor.of(BASIS_SIFTING_FACTOR, "Basis sifting factor", "", 0.5, 0.01, 1.0,
					"Fraction q of coincidences kept after basis reconciliation (1/2 for standard BBM92)"));

	static Bbm92Parameters from(ParameterValues values) {
		return new Bbm92Parameters(values.get(SOURCE_POSITION), values.get(EC_EFFICIENCY),
				values.get(BASIS_SIFTING_FACTOR));
	}
}
