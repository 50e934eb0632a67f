/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.annotations.SerializedName;

/**
 * The JSON data formats of ETSI GS QKD 014, clause 6 (Status 6.1, Key request 6.2, Key container
 * 6.3, Key IDs 6.4; the Error format, {@code message} and {@code details}, follows as 6.5 by that
 * numbering, which could not be confirmed independently), read and written with Gson. Reading throws
 * {@link JsonParseException} or {@link IllegalArgumentException} with a phrase for people for a
 * body that does not have the format; messages never hold key material.
 */
final class Etsi014Json {

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

	private Etsi014Json() {
	}

	/** Status (6.1); field names as in the specification. */
	static final class StatusBody {
		@SerializedName("source_KME_ID")
		String sourceKmeId;
		@SerializedName("target_KME_ID")
		String targetKmeId;
		@SerializedName("master_SAE_ID")
		String masterSaeId;
		@SerializedName("slave_SAE_ID")
		String slaveSaeId;
		@SerializedName("key_size")
		Integer keySize;
		@SerializedName("stored_key_count")
		Integer storedKeyCount;
		@SerializedName("max_key_count")
		Integer maxKeyCount;
		@SerializedName("max_key_per_request")
		Integer maxKeyPerRequest;
		@SerializedName("max_key_size")
		Integer maxKeySize;
		@SerializedName("min_key_size")
		Integer minKeySize;
		@SerializedName("max_SAE_ID_count")
		Integer maxSaeIdCount;
	}

	/** Key request (6.2), without the extensions. */
	static final class KeyRequestBody {
		@SerializedName("number")
		Integer number;
		@SerializedName("size")
		Integer size;
		@SerializedName("additional_slave_SAE_IDs")
		List<String> additionalSlaveSaeIds;
	}

	/** One key of a key container (6.3). */
	static final class KeyBody {
		@SerializedName("key_ID")
		String keyId;
		@SerializedName("key")
		String key;
	}

	/** Key container (6.3). */
	static final class KeyContainerBody {
		@SerializedName("keys")
		List<KeyBody> keys;
	}

	/** One key ID of a Key IDs object (6.4). */
	static final class KeyIdBody {
		@SerializedName("key_ID")
		String keyId;
	}

	/** Key IDs (6.4). */
	static final class KeyIdsBody {
		@SerializedName("key_IDs")
		List<KeyIdBody> keyIds;
	}

	/** Error ({@code message}, {@code details}; 6.5, not confirmed). */
	static final class ErrorBody {
		@SerializedName("message")
		String message;
		@SerializedName("details")
		List<JsonElement> details;
	}

	/** An Error body: its message and its details as compact JSON. */
	record Error(String message, List<String> details) {
	}

	/** The Status in a body. */
	static KmeStatus status(String body) {
		StatusBody s = parse(body, StatusBody.class);
		return new KmeStatus(required(s.sourceKmeId, "source_KME_ID"), required(s.targetKmeId, "target_KME_ID"),
				required(s.masterSaeId, "master_SAE_ID"), required(s.slaveSaeId, "slave_SAE_ID"),
				required(s.keySize, "key_size"), required(s.storedKeyCount, "stored_key_count"),
				required(s.maxKeyCount, "max_key_count"), required(s.maxKeyPerRequest, "max_key_per_request"),
				required(s.maxKeySize, "max_key_size"), required(s.minKeySize, "min_key_size"),
				required(s.maxSaeIdCount, "max_SAE_ID_count"));
	}

	/** The status as the specification's JSON object. */
	static String statusJson(KmeStatus status) {
		StatusBody s = new StatusBody();
		s.sourceKmeId = status.sourceKmeId();
		s.targetKmeId = status.targetKmeId();
		s.masterSaeId = status.masterSaeId();
		s.slaveSaeId = status.slaveSaeId();
		s.keySize = status.keySize();
		s.storedKeyCount = status.storedKeyCount();
		s.maxKeyCount = status.maxKeyCount();
		s.maxKeyPerRequest = status.maxKeyPerRequest();
		s.maxKeySize = status.maxKeySize();
		s.minKeySize = status.minKeySize();
		s.maxSaeIdCount = status.maxSaeIdCount();
		return GSON.toJson(s);
	}

	/** The Key container in a body, the keys decoded from Base64. */
	static KeyContainer keyContainer(String body) {
		KeyContainerBody c = parse(body, KeyContainerBody.class);
		List<KeyBody> keys = required(c.keys, "keys");
		List<QkdKey> result = new ArrayList<>(keys.size());
		for (KeyBody k : keys) {
			if (k == null) {
				throw new IllegalArgumentException("a null key in keys");
			}
			String id = required(k.keyId, "key_ID");
			String material = required(k.key, "key");
			byte[] decoded;
			try {
				decoded = Base64.getDecoder().decode(material);
			} catch (IllegalArgumentException e) {
				// the message of the decoder could quote the material: not passed on
				throw new IllegalArgumentException("the key of key_ID " + Etsi014Client.shown(id) + " is not Base64");
			}
			result.add(new QkdKey(id, decoded));
			java.util.Arrays.fill(decoded, (byte) 0);
		}
		return new KeyContainer(result);
	}

	/** A Key request body. */
	static String keyRequest(KeyRequest request) {
		KeyRequestBody b = new KeyRequestBody();
		b.number = request.number();
		b.size = request.size() == 0 ? null : request.size();
		b.additionalSlaveSaeIds = request.additionalSlaveSaeIds().isEmpty() ? null : request.additionalSlaveSaeIds();
		return GSON.toJson(b);
	}

	/** A Key IDs body. */
	static String keyIds(List<String> ids) {
		KeyIdsBody b = new KeyIdsBody();
		b.keyIds = new ArrayList<>(ids.size());
		for (String id : ids) {
			KeyIdBody k = new KeyIdBody();
			k.keyId = id;
			b.keyIds.add(k);
		}
		return GSON.toJson(b);
	}

	/** The Error in a body, or {@code null} if the body is not one. */
	static Error error(String body) {
		try {
			ErrorBody e = GSON.fromJson(body, ErrorBody.class);
			if (e == null || e.message == null) {
				return null;
			}
			List<String> details = e.details == null ? List.of()
					: e.details.stream().map(d -> d == null ? "null" : GSON.toJson(d)).toList();
			return new Error(e.message, details);
		} catch (JsonParseException | IllegalStateException e) {
			return null;
		}
	}

	private static <T> T parse(String body, Class<T> type) {
		T value = GSON.fromJson(body, type);
		if (value == null) {
			throw new IllegalArgumentException("an empty body");
		}
		return value;
	}

	private static <T> T required(T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("no " + name);
		}
		return value;
	}
}
