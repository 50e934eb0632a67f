/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

/**
 * The {@link KeyStoreDatabase} could not be opened, read or written, or is closed. The transaction
 * under way was rolled back: nothing changed. The message never holds key material.
 */
public final class KeyStoreDatabaseException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** A failure with a phrase for people and the exception behind it (or {@code null}). */
	public KeyStoreDatabaseException(String message, Throwable cause) {
		super(message, cause);
	}
}
