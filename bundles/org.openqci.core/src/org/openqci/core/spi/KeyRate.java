/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

import java.util.Map;

/**
 * The result of a protocol model at one operating point.
 *
 * @param secretKeyPerPulse  secret key rate in bit per pulse sent by Alice, never negative
 *                           (0 where no key can be distilled)
 * @param gain               probability that a signal pulse causes a click (Q_mu)
 * @param qber               quantum bit error rate of the signal pulses (E_mu)
 * @param details            further quantities by name for tables and exports (e.g. {@code Y1},
 *                           {@code e1}), in the units their names say
 */
public record KeyRate(double secretKeyPerPulse, double gain, double qber, Map<String, Double> details) {

	/** Clamps a negative or NaN rate to zero and copies the details. */
	public KeyRate {
		secretKeyPerPulse = secretKeyPerPulse > 0 ? secretKeyPerPulse : 0.0;
		details = Map.copyOf(details);
	}

	/** A result with no further details. */
	public static KeyRate of(double secretKeyPerPulse, double gain, double qber) {
		return new KeyRate(secretKeyPerPulse, gain, qber, Map.of());
	}
}
