/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

import java.util.Set;

/**
 * A contributed QKD protocol model (register as a DS service of this type). Implementations
 * are stateless and thread-safe: the engine may evaluate many points in parallel.
 */
public interface ProtocolModel extends ModelContribution {

	/** Source statistics the protocol's security proof covers. */
	Set<PhotonStatistics> supportedSources();

	/**
	 * The key rate for one link budget.
	 *
	 * @param budget     the link at this operating point
	 * @param parameters the protocol's own parameters (e.g. error-correction efficiency)
	 */
	KeyRate evaluate(LinkBudget budget, ParameterValues parameters);
}
