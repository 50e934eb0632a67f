/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.util.Objects;
import java.util.UUID;

/**
 * A key leaving the {@link KeyStoreDatabase}: its ID and its material. {@link #toString()} shows
 * the ID and the size only, never the material.
 *
 * @param id  the key's ID ({@code key_ID})
 * @param key the key material (a copy is kept; {@link #key()} returns a copy)
 */
public record StoredKey(UUID id, byte[] key) {

	/** Checks for {@code null} and copies the material. */
	public StoredKey {
		Objects.requireNonNull(id, "id");
		key = Objects.requireNonNull(key, "key").clone();
	}

	/** A copy of the key material. */
	@Override
	public byte[] key() {
		return key.clone();
	}

	/** The size of the key, bits. */
	public int bits() {
		return key.length * 8;
	}

	/** Equal if the IDs are equal (the material is not compared). */
	@Override
	public boolean equals(Object o) {
		return o instanceof StoredKey k && k.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	/** The ID and the size; never the material. */
	@Override
	public String toString() {
		return "StoredKey[" + id + ", " + bits() + " bits]";
	}
}
