/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.util.List;

/**
 * A request for keys sent with POST: the Key request data format of ETSI GS QKD 014 (clause 6.2).
 * The extension members ({@code extension_mandatory}, {@code extension_optional}) are not
 * supported.
 *
 * @param number                 how many keys, at least 1
 * @param size                   the size of each key in bits, or 0 for the KME's default
 *                               ({@code key_size} of its status)
 * @param additionalSlaveSaeIds  {@code additional_slave_SAE_IDs}, further SAEs to share the keys
 *                               with (key multicast); usually empty
 */
public record KeyRequest(int number, int size, List<String> additionalSlaveSaeIds) {

	/** Checks the numbers and copies the list. */
	public KeyRequest {
		if (number < 1) {
			throw new IllegalArgumentException("number: at least one key, not " + number);
		}
		if (size < 0) {
			throw new IllegalArgumentException("size: not negative, not " + size);
		}
		additionalSlaveSaeIds = additionalSlaveSaeIds == null ? List.of() : List.copyOf(additionalSlaveSaeIds);
	}

	/** A request for {@code number} keys of {@code size} bits (0: the KME's default) for one slave SAE. */
	public KeyRequest(int number, int size) {
		this(number, size, List.of());
	}
}
