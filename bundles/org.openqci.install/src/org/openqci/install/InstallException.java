/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.install;

/** An installation that cannot be done, with a message that says why in the user's terms. */
public final class InstallException extends Exception {

	private static final long serialVersionUID = 1L;

	/** An installation problem described by {@code message}. */
	public InstallException(String message) {
		super(message);
	}

	/** An installation problem described by {@code message}, caused by {@code cause}. */
	public InstallException(String message, Throwable cause) {
		super(message, cause);
	}
}
