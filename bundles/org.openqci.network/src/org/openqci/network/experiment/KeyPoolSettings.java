/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.experiment;

import org.openqci.model.KeyPools;
import org.openqci.network.Routing;
import org.openqci.network.pools.PoolSettings;

/** The key-pool simulation's settings from an experiment's {@link KeyPools} element. */
final class KeyPoolSettings {

	private static final double SECONDS_PER_DAY = 86_400;

	private KeyPoolSettings() {
	}

	/** The settings, {@code null} for no element. */
	static PoolSettings of(KeyPools pools, Routing routing) {
		if (pools == null) {
			return null;
		}
		return new PoolSettings(pools.getDays() * SECONDS_PER_DAY, pools.getCapacity(), pools.getInitialFill(),
				pools.getRequestSize(), pools.getTimeout(), pools.getHopLatency(), pools.getSampleInterval(), routing,
				pools.getSeed());
	}
}
