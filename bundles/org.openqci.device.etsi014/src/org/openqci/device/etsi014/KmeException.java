/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.io.IOException;
import java.util.List;

/**
 * A request to the KME failed: it could not be reached, the TLS handshake failed, it answered too
 * late, with an error status or with a body that is not what ETSI GS QKD 014 prescribes. The
 * message is a phrase for people; it never holds key material.
 * <p>
 * For an error status the KME's answer is the specification's Error data format (presumably clause
 * 6.5, not confirmed; see {@link Etsi014Client}): a {@code message} and optional
 * {@code details}, available as {@link #errorMessage()} and {@link #details()}.
 */
public final class KmeException extends IOException {

	private static final long serialVersionUID = 1L;

	/** What went wrong, for handlers that word their reports by it. */
	public enum Reason {
		/** Nothing accepts connections at the KME's address, or the host is unknown. */
		UNREACHABLE,
		/** No (complete) answer within the timeout. */
		TIMEOUT,
		/** The TLS handshake failed: the KME refused the SAE's certificate or its own is not trusted. */
		TLS,
		/** HTTP 401: the KME does not accept the SAE's certificate for this request. */
		UNAUTHORIZED,
		/** HTTP 400: the KME refuses the request's parameters. */
		BAD_REQUEST,
		/** HTTP 503: the KME has an error (is overloaded, stopped, has no link). */
		UNAVAILABLE,
		/** Another HTTP status the specification does not define. */
		HTTP_ERROR,
		/** An answer with status 200 whose body is not the format the specification prescribes. */
		MALFORMED,
		/** The connection failed otherwise (closed, reset). */
		CONNECTION
	}

	private final Reason reason;
	private final int httpStatus;
	private final String errorMessage;
	private final transient List<String> details;

	/**
	 * A failure.
	 *
	 * @param reason       what went wrong
	 * @param httpStatus   the HTTP status, or 0 if there was no HTTP answer
	 * @param message      a phrase for people
	 * @param errorMessage the {@code message} of the KME's Error body, or {@code null}
	 * @param details      the {@code details} of the KME's Error body, as compact JSON text
	 * @param cause        the exception behind it, or {@code null}
	 */
	public KmeException(Reason reason, int httpStatus, String message, String errorMessage, List<String> details,
			Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.httpStatus = httpStatus;
		this.errorMessage = errorMessage;
		this.details = details == null ? List.of() : List.copyOf(details);
	}

	/** A failure without an HTTP answer. */
	public KmeException(Reason reason, String message, Throwable cause) {
		this(reason, 0, message, null, List.of(), cause);
	}

	/** What went wrong. */
	public Reason reason() {
		return reason;
	}

	/** The HTTP status, or 0 if there was no HTTP answer. */
	public int httpStatus() {
		return httpStatus;
	}

	/** The {@code message} of the KME's Error body, or {@code null} if it sent none. */
	public String errorMessage() {
		return errorMessage;
	}

	/** The {@code details} of the KME's Error body, each as compact JSON text; empty if none. */
	public List<String> details() {
		return details == null ? List.of() : details;
	}

	/** Whether the KME (or the TLS layer) refused the SAE's certificate: {@link Reason#TLS} or {@link Reason#UNAUTHORIZED}. */
	public boolean certificateRefused() {
		return reason == Reason.TLS || reason == Reason.UNAUTHORIZED;
	}
}
