/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.scpi;

import java.io.IOException;

/**
 * A failure talking to an instrument: it cannot be reached, does not answer in time, closed the
 * connection or answered garbage. The message is a phrase for people, without the host.
 */
public final class ScpiException extends IOException {

	private static final long serialVersionUID = 1L;

	/** A failure with a message for people. */
	public ScpiException(String message) {
		super(message);
	}

	/** A failure with a message for people and the exception behind it. */
	public ScpiException(String message, Throwable cause) {
		super(message, cause);
	}
}
