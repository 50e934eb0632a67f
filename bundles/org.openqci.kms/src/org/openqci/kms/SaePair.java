/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.util.Objects;

/**
 * Two SAEs that share keys: the master SAE may ask for keys ("Get key", {@code enc_keys}) to use
 * with the slave SAE, which fetches the same keys by their IDs ("Get key with key IDs",
 * {@code dec_keys}). The pair is directed: {@code (A, B)} does not allow {@code B} to ask for keys
 * for {@code A}.
 *
 * @param master the SAE ID of the master SAE
 * @param slave  the SAE ID of the slave SAE
 */
public record SaePair(String master, String slave) {

	/** The longest SAE ID accepted, characters (the key store keeps at most this many). */
	public static final int MAX_SAE_ID_LENGTH = 255;

	/**
	 * Checks both IDs.
	 *
	 * @throws IllegalArgumentException naming the bad value if an ID is blank, too long, has
	 *                                  control characters or a {@code /}, or both are the same
	 */
	public SaePair {
		checkSaeId("master", master);
		checkSaeId("slave", slave);
		if (master.equals(slave)) {
			throw new IllegalArgumentException("slave: '" + master + "' is also the master (an SAE cannot share keys with itself)");
		}
	}

	/**
	 * Checks an SAE ID: not blank, at most {@value #MAX_SAE_ID_LENGTH} characters, no control
	 * characters, no {@code /} (it is one segment of the request path).
	 *
	 * @param name the parameter's name, for the message
	 * @throws IllegalArgumentException naming the parameter and the bad value
	 */
	static String checkSaeId(String name, String id) {
		Objects.requireNonNull(id, name);
		if (id.isBlank()) {
			throw new IllegalArgumentException(name + ": an SAE ID is required, not '" + id + "'");
		}
		if (id.length() > MAX_SAE_ID_LENGTH) {
			throw new IllegalArgumentException(name + ": SAE ID '" + id.substring(0, 40) + "...' is longer than "
					+ MAX_SAE_ID_LENGTH + " characters");
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (Character.isISOControl(c) || c == '/') {
				throw new IllegalArgumentException(name + ": SAE ID '" + id.replaceAll("\\p{Cntrl}", "?")
						+ "' contains " + (c == '/' ? "'/'" : "a control character") + " at index " + i);
			}
		}
		return id;
	}

	@Override
	public String toString() {
		return master + " -> " + slave;
	}
}
