/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

/**
 * A request the KME refuses, with the HTTP status and the {@code message} of the Error body it
 * answers. Used inside the KME only; the message never holds key material.
 */
final class KmeRefusal extends Exception {

	private static final long serialVersionUID = 1L;

	/** The specification's status for a request of a wrong format. */
	static final int BAD_REQUEST = 400;
	/** The specification's status for a caller not allowed to make the request. */
	static final int UNAUTHORIZED = 401;
	/** The specification's status for an error on the server side. */
	static final int SERVER_ERROR = 503;

	private final int status;

	private KmeRefusal(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	/** A 400: the request's format or parameters are wrong. */
	static KmeRefusal badRequest(String message) {
		return new KmeRefusal(BAD_REQUEST, message);
	}

	/** A 401: the caller may not make this request. */
	static KmeRefusal unauthorized(String message) {
		return new KmeRefusal(UNAUTHORIZED, message);
	}

	/** A 503: the KME cannot serve the request now. */
	static KmeRefusal serverError(String message) {
		return new KmeRefusal(SERVER_ERROR, message);
	}

	/** The HTTP status. */
	int status() {
		return status;
	}
}
