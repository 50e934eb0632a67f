/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.util.Arrays;
import java.util.Objects;

/**
 * One key of a key container (ETSI GS QKD 014, clause 6.3): its ID and its material, decoded from
 * Base64. The material is copied in and out; {@link #toString()} shows the ID and the size only,
 * never the material.
 *
 * @param keyId {@code key_ID}, the key's ID (a UUID by the specification's recommendation)
 * @param key   {@code key}, the key material
 */
public record QkdKey(String keyId, byte[] key) {

	/** Checks the parts and copies the material. */
	public QkdKey {
		Objects.requireNonNull(keyId, "key_ID");
		key = Objects.requireNonNull(key, "key").clone();
	}

	/** A copy of the key material. */
	@Override
	public byte[] key() {
		return key.clone();
	}

	/** The key's size, bits. */
	public int bits() {
		return key.length * 8;
	}

	/** Overwrites this key's material with zeros (the copies handed out are the caller's). */
	public void destroy() {
		Arrays.fill(key, (byte) 0);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof QkdKey k && keyId.equals(k.keyId) && Arrays.equals(key, k.key);
	}

	@Override
	public int hashCode() {
		return keyId.hashCode();
	}

	/** The ID and the size; never the material. */
	@Override
	public String toString() {
		return "QkdKey[keyId=" + keyId + ", " + bits() + " bits]";
	}
}
