/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

/** Told how far a key pool simulation has come; may cancel it. */
@FunctionalInterface
public interface PoolProgress {

	/** Progress that is not reported and never cancels. */
	PoolProgress NONE = fractionDone -> true;

	/**
	 * Called about every 1 % of the simulated time, and with 1 at the end.
	 *
	 * @param fractionDone the fraction of the simulated time done, in (0, 1]
	 * @return whether to go on; false cancels the simulation
	 */
	boolean advance(double fractionDone);
}
