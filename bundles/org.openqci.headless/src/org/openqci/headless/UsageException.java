/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

/** A command line that a command cannot accept; the message is one line for the user. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	/** An exception with a one-line message such as {@code missing FILE}. */
	public UsageException(String message) {
		super(message);
	}
}
