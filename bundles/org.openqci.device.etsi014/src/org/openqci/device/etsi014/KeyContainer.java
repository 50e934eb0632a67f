/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.util.List;

/**
 * The answer to "Get key" and "Get key with key IDs": the Key container data format of ETSI GS QKD
 * 014 (clause 6.3), a list of keys. The optional extensions are not kept.
 *
 * @param keys the keys, in the KME's order
 */
public record KeyContainer(List<QkdKey> keys) {

	/** Copies the list. */
	public KeyContainer {
		keys = List.copyOf(keys);
	}

	/** The keys' IDs, in order. */
	public List<String> keyIds() {
		return keys.stream().map(QkdKey::keyId).toList();
	}

	/** Overwrites the material of every key with zeros. */
	public void destroy() {
		keys.forEach(QkdKey::destroy);
	}

	/** The number of keys and their IDs; never the material. */
	@Override
	public String toString() {
		return "KeyContainer[" + keys.size() + " keys: " + keyIds() + "]";
	}
}
