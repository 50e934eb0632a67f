/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

/**
 * A contributed detection system at Bob (register as a DS service of this type). Implementations
 * are stateless and thread-safe: the engine may evaluate many points in parallel.
 */
public interface DetectorModel extends ModelContribution {

	/** The detector's properties for the given parameter values. */
	DetectorCharacteristics characterise(ParameterValues parameters);
}
