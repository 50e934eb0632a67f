/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request to the key management entity, independent of the server that received it.
 *
 * @param method      the HTTP method, {@code GET} or {@code POST} (others are refused)
 * @param path        the request path without the query, as sent (still percent-encoded: the KME
 *                    decodes the SAE ID segment), e.g. {@code /api/v1/keys/SAE-B/enc_keys}
 * @param query       the query parameters, names and values decoded, each with its values in order
 *                    (empty if none)
 * @param body        the request body (empty for none), at most {@link KeyManagementEntity#MAX_BODY_BYTES}
 *                    bytes are read by a server
 * @param callerSaeId the SAE the client certificate of the TLS connection identifies ({@code ""} if
 *                    none: every request is then answered 401)
 */
public record KmeRequest(String method, String path, Map<String, List<String>> query, byte[] body,
		String callerSaeId) {

	/** Checks for {@code null}. */
	public KmeRequest {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(path, "path");
		query = Map.copyOf(Objects.requireNonNull(query, "query"));
		body = Objects.requireNonNull(body, "body").clone();
		Objects.requireNonNull(callerSaeId, "callerSaeId");
	}
}
