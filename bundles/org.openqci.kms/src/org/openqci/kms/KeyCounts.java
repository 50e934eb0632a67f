/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

/**
 * How many keys of one pair of SAEs the {@link KeyStoreDatabase} holds in each state.
 *
 * @param available         deposited and not yet delivered to anyone ({@code stored_key_count})
 * @param deliveredToMaster delivered to the master SAE, not yet to the slave SAE
 * @param deliveredToSlave  delivered to both SAEs (their material is erased from the store)
 */
public record KeyCounts(long available, long deliveredToMaster, long deliveredToSlave) {

	/** All keys ever deposited for the pair. */
	public long deposited() {
		return available + deliveredToMaster + deliveredToSlave;
	}
}
