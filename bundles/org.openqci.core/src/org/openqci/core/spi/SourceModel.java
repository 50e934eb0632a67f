/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

/**
 * A contributed light source (register as a DS service of this type). Implementations
 * are stateless and thread-safe: the engine may evaluate many points in parallel.
 */
public interface SourceModel extends ModelContribution {

	/** The source's pulses for the given parameter values. */
	SourceCharacteristics characterise(ParameterValues parameters);
}
