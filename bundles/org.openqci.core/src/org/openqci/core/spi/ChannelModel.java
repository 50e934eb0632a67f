/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

/**
 * A contributed channel segment model (register as a DS service of this type). Implementations
 * are stateless and thread-safe: the engine may evaluate many points in parallel.
 */
public interface ChannelModel extends ModelContribution {

	/** The segment's transmittance and noise for the given parameter values. */
	ChannelBudget budget(ParameterValues parameters);
}
