/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import java.util.List;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;

/**
 * The protocol parameters every BB84 model here takes: the error-correction efficiency f and the
 * basis-sifting factor q.
 *
 * @param ecEfficiency       f(E) &gt;= 1, the error-correction leakage relative to the Shannon limit
 * @param basisSiftingFactor q, the fraction of detections kept after basis reconciliation
 *                           (1/2 for standard BB84, close to 1 for efficient BB84)
 */
record Bb84Parameters(double ecEfficiency, double basisSiftingFactor) {

	static final String EC_EFFICIENCY = "ecEfficiency";
	static final String BASIS_SIFTING_FACTOR = "basisSiftingFactor";

	static final List<ParameterDescriptor> DESCRIPTORS = List.of(
			ParameterDescriptor.of(EC_EFFICIENCY, "Error-correction efficiency", "", 1.22, 1.0, 3.0,
					"Leakage of error correction relative to the Shannon limit, f(E) (1.22 in Ma et al. 2005)"),
			ParameterDescriptor.of(BASIS_SIFTING_FACTOR, "Basis sifting factor", "", 0.5, 0.01, 1.0,
					"Fraction q of detections kept after basis reconciliation (1/2 for standard BB84)"));

	static Bb84Parameters from(ParameterValues values) {
		return new Bb84Parameters(values.get(EC_EFFICIENCY), values.get(BASIS_SIFTING_FACTOR));
	}
}
