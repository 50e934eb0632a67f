/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

import java.util.Map;

/**
 * The key distilled from one block of pulses (see {@link ProtocolModel#evaluateBlock}).
 *
 * @param secretBits the secret key length in bits, never negative
 * @param pulses     the pulses sent in the block
 * @param detections the expected detections of signal pulses in the block
 * @param qber       the error rate of those detections
 * @param finiteKey  whether the length comes from one finite-key analysis of the whole block
 *                   (else it is the sum of asymptotic rates over the slots)
 * @param details    further quantities by name, as in {@link KeyRate#details()}
 */
public record BlockKey(double secretBits, double pulses, double detections, double qber, boolean finiteKey,
		Map<String, Double> details) {

	/** Clamps a negative or NaN length to zero and copies the details. */
	public BlockKey {
		secretBits = secretBits > 0 ? secretBits : 0.0;
		details = Map.copyOf(details);
	}
}
