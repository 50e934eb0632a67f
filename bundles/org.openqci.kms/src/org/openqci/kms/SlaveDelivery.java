/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The outcome of {@link KeyStoreDatabase#deliverToSlave}: either every key asked for, or the
 * reason none was delivered.
 */
public sealed interface SlaveDelivery {

	/**
	 * Every key asked for, in the order of the request, now marked delivered to the slave SAE.
	 *
	 * @param keys the keys
	 */
	record Delivered(List<StoredKey> keys) implements SlaveDelivery {

		/** Copies the list. */
		public Delivered {
			keys = List.copyOf(keys);
		}
	}

	/**
	 * Nothing was delivered and nothing changed, because of the first key ID that could not be.
	 *
	 * @param reason why
	 * @param keyId  the key ID it concerns
	 */
	record Refused(Reason reason, UUID keyId) implements SlaveDelivery {

		/** Checks for {@code null}. */
		public Refused {
			Objects.requireNonNull(reason, "reason");
			Objects.requireNonNull(keyId, "keyId");
		}
	}

	/** Why a key cannot be delivered to the slave SAE. */
	enum Reason {
		/** No key has this ID. */
		UNKNOWN,
		/** The key belongs to another pair of SAEs. */
		OTHER_PAIR,
		/** The key has not been delivered to the master SAE (its ID was never given out). */
		NOT_DELIVERED_TO_MASTER,
		/** The key has already been delivered to the slave SAE. */
		ALREADY_DELIVERED,
		/** The ID appears more than once in the request. */
		DUPLICATE
	}
}
