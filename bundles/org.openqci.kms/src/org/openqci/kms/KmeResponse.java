/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.util.Objects;

/**
 * The answer to a {@link KmeRequest}: an HTTP status and a JSON body (a Status, a Key container or
 * an Error of ETSI GS QKD 014).
 *
 * @param status the HTTP status code (200, 400, 401 or 503, as the specification prescribes)
 * @param json   the body, {@code application/json}
 */
public record KmeResponse(int status, String json) {

	/** Checks for {@code null}. */
	public KmeResponse {
		Objects.requireNonNull(json, "json");
	}
}
