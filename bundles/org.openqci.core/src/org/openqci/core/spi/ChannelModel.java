/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

import java.util.List;

/**
 * A contributed channel segment model (register as a DS service of this type). Implementations
 * are stateless and thread-safe: the engine may evaluate many points in parallel.
 */
public interface ChannelModel extends ModelContribution {

	/** The segment's transmittance and noise for the given parameter values. */
	ChannelBudget budget(ParameterValues parameters);

	/**
	 * Problems with a configuration that the single parameters' ranges cannot express (an
	 * in-line amplifier on a quantum channel, a receiver smaller than its obscuration). The
	 * validator shows them before a run; each is one sentence naming the parameters, in lower case,
	 * without a full stop. The budget of such a configuration is still defined (no exception).
	 *
	 * @param parameters the segment's parameters at the experiment's values
	 * @return the problems, empty if the configuration is valid
	 */
	default List<String> configurationProblems(ParameterValues parameters) {
		return List.of();
	}
}
