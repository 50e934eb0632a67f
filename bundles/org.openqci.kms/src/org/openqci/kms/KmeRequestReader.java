/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads the parameters of "Get key" ({@code enc_keys}) and "Get key with key IDs"
 * ({@code dec_keys}) from a request's query or body and checks them against the KME's
 * configuration; every problem is a 400 naming it.
 */
final class KmeRequestReader {

	/** The number and size of keys a "Get key" request asks for. */
	record KeyRequest(int number, int size) {
	}

	private static final Set<String> KEY_REQUEST_MEMBERS = Set.of("number", "size", "additional_slave_SAE_IDs",
			"extension_mandatory", "extension_optional");
	private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,40}");
	private static final Pattern UUID_TEXT = Pattern
			.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final KmeConfiguration configuration;

	KmeRequestReader(KmeConfiguration configuration) {
		this.configuration = configuration;
	}

	/** Checks that a request has no query parameters other than {@code allowed}, each at most once. */
	static void checkQuery(Map<String, List<String>> query, String operation, Set<String> allowed)
			throws KmeRefusal {
		for (Map.Entry<String, List<String>> e : query.entrySet()) {
			if (!allowed.contains(e.getKey())) {
				throw KmeRefusal.badRequest("unknown query parameter '" + KmeJson.shown(e.getKey()) + "' for "
						+ operation + (allowed.isEmpty() ? " (it takes none)" : " (accepted: " + String.join(", ",
								allowed.stream().sorted().toList()) + ")"));
			}
			if (e.getValue() == null || e.getValue().size() != 1) {
				throw KmeRefusal.badRequest("the query parameter '" + e.getKey() + "' must be given once, not "
						+ (e.getValue() == null ? 0 : e.getValue().size()) + " times");
			}
		}
	}

	/** "Get key" with GET: {@code number} and {@code size} from the query, both optional. */
	KeyRequest keyRequest(Map<String, List<String>> query) throws KmeRefusal {
		checkQuery(query, "enc_keys", Set.of("number", "size"));
		BigDecimal number = query.containsKey("number") ? queryInteger("number", query.get("number").get(0)) : null;
		BigDecimal size = query.containsKey("size") ? queryInteger("size", query.get("size").get(0)) : null;
		return keyRequest(number, size);
	}

	/**
	 * "Get key" with POST: a Key request (6.2). Key multicast and mandatory extensions are refused;
	 * optional extensions are ignored; unknown members are refused.
	 */
	KeyRequest keyRequest(byte[] body) throws KmeRefusal {
		JsonObject o = body.length == 0 ? new JsonObject() : KmeJson.object(body, "Key request");
		for (String name : o.keySet()) {
			if (!KEY_REQUEST_MEMBERS.contains(name)) {
				throw KmeRefusal.badRequest("unknown member '" + KmeJson.shown(name) + "' in the Key request (accepted: "
						+ "number, size, additional_slave_SAE_IDs, extension_mandatory, extension_optional)");
			}
		}
		JsonArray additional = array(o, "additional_slave_SAE_IDs");
		if (additional != null && !additional.isEmpty()) {
			throw KmeRefusal.badRequest("key multicast ('additional_slave_SAE_IDs') is not supported by this KME "
					+ "(max_SAE_ID_count is 0)");
		}
		JsonArray mandatory = array(o, "extension_mandatory");
		if (mandatory != null && !mandatory.isEmpty()) {
			List<String> names = new ArrayList<>();
			for (JsonElement e : mandatory) {
				if (!e.isJsonObject()) {
					throw KmeRefusal.badRequest("'extension_mandatory' must hold objects, not " + KmeJson.kind(e));
				}
				e.getAsJsonObject().keySet().forEach(n -> names.add("'" + KmeJson.shown(n) + "'"));
			}
			throw KmeRefusal.badRequest("unsupported mandatory extension" + (names.size() == 1 ? " " : "s ")
					+ (names.isEmpty() ? "(an empty object)" : String.join(", ", names))
					+ ": this KME supports no extension in 'extension_mandatory'");
		}
		JsonArray optional = array(o, "extension_optional");
		if (optional != null) {
			for (JsonElement e : optional) {
				if (!e.isJsonObject()) {
					throw KmeRefusal.badRequest("'extension_optional' must hold objects, not " + KmeJson.kind(e));
				}
			}
		}
		return keyRequest(jsonInteger(o, "number"), jsonInteger(o, "size"));
	}

	/** Checks number and size against the configuration; {@code null} takes the default. */
	private KeyRequest keyRequest(BigDecimal number, BigDecimal size) throws KmeRefusal {
		int max = configuration.maxKeyPerRequest();
		int n = 1;
		if (number != null) {
			if (number.signum() <= 0) {
				throw KmeRefusal.badRequest("'number' must be at least 1, not " + text(number));
			}
			if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
				throw KmeRefusal.badRequest("'number' " + text(number) + " is more than max_key_per_request (" + max
						+ ")");
			}
			n = integral(number, "number");
		}
		int keySize = configuration.keySize();
		if (size != null) {
			if (size.signum() <= 0) {
				throw KmeRefusal.badRequest("'size' must be a positive number of bits, not " + text(size));
			}
			String unsupported = "'size' " + text(size) + " is not supported: this KME delivers keys of " + keySize
					+ " bits only (min_key_size = max_key_size = " + keySize + ")";
			if (size.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
				throw KmeRefusal.badRequest(unsupported);
			}
			int bits = integral(size, "size");
			if (bits % 8 != 0) {
				throw KmeRefusal.badRequest("'size' " + bits + " is not a multiple of 8 bits");
			}
			if (bits != keySize) {
				throw KmeRefusal.badRequest(unsupported);
			}
		}
		return new KeyRequest(n, keySize);
	}

	/** "Get key with key IDs" with GET: the one {@code key_ID} of the query. */
	List<UUID> keyIds(Map<String, List<String>> query) throws KmeRefusal {
		checkQuery(query, "dec_keys", Set.of("key_ID"));
		if (!query.containsKey("key_ID")) {
			throw KmeRefusal.badRequest("the query parameter 'key_ID' is required");
		}
		return List.of(keyId(query.get("key_ID").get(0)));
	}

	/** "Get key with key IDs" with POST: a Key IDs object (6.4), 1 to max_key_per_request distinct IDs. */
	List<UUID> keyIds(byte[] body) throws KmeRefusal {
		JsonObject o = KmeJson.object(body, "Key IDs");
		for (String name : o.keySet()) {
			if (!name.equals("key_IDs") && !name.equals("key_IDs_extension")) {
				throw KmeRefusal.badRequest("unknown member '" + KmeJson.shown(name)
						+ "' in the Key IDs object (accepted: key_IDs, key_IDs_extension)");
			}
		}
		JsonArray array = array(o, "key_IDs");
		if (array == null || array.isEmpty()) {
			throw KmeRefusal.badRequest("'key_IDs' is required and must hold at least one key ID");
		}
		int max = configuration.maxKeyPerRequest();
		if (array.size() > max) {
			throw KmeRefusal.badRequest("'key_IDs' holds " + array.size() + " key IDs, more than max_key_per_request ("
					+ max + ")");
		}
		List<UUID> ids = new ArrayList<>(array.size());
		Set<UUID> seen = new HashSet<>();
		for (JsonElement e : array) {
			if (!e.isJsonObject()) {
				throw KmeRefusal.badRequest("'key_IDs' must hold objects with a 'key_ID', not " + KmeJson.kind(e));
			}
			JsonObject k = e.getAsJsonObject();
			for (String name : k.keySet()) {
				if (!name.equals("key_ID") && !name.equals("key_ID_extension")) {
					throw KmeRefusal.badRequest("unknown member '" + KmeJson.shown(name)
							+ "' in an element of 'key_IDs' (accepted: key_ID, key_ID_extension)");
				}
			}
			JsonElement id = k.get("key_ID");
			if (id == null || !id.isJsonPrimitive() || !id.getAsJsonPrimitive().isString()) {
				throw KmeRefusal.badRequest("each element of 'key_IDs' needs a 'key_ID' string, not "
						+ (id == null ? "none" : KmeJson.kind(id)));
			}
			UUID uuid = keyId(id.getAsString());
			if (!seen.add(uuid)) {
				throw KmeRefusal.badRequest("key_ID " + uuid + " appears twice in 'key_IDs'");
			}
			ids.add(uuid);
		}
		return ids;
	}

	/** A key ID: a UUID in its canonical text form (either case). */
	private static UUID keyId(String text) throws KmeRefusal {
		if (!UUID_TEXT.matcher(text).matches()) {
			throw KmeRefusal.badRequest("key_ID '" + KmeJson.shown(text)
					+ "' is not a key ID of this KME (a UUID such as 550e8400-e29b-41d4-a716-446655440000)");
		}
		return UUID.fromString(text.toLowerCase(Locale.ROOT));
	}

	/** A member that must be an array if present; {@code null} if absent or JSON null. */
	private static JsonArray array(JsonObject o, String name) throws KmeRefusal {
		JsonElement e = o.get(name);
		if (e == null || e.isJsonNull()) {
			return null;
		}
		if (!e.isJsonArray()) {
			throw KmeRefusal.badRequest("'" + name + "' must be an array, not " + KmeJson.kind(e));
		}
		return e.getAsJsonArray();
	}

	/** A member that must be a JSON number if present; {@code null} if absent or JSON null. */
	private static BigDecimal jsonInteger(JsonObject o, String name) throws KmeRefusal {
		JsonElement e = o.get(name);
		if (e == null || e.isJsonNull()) {
			return null;
		}
		if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
			throw KmeRefusal.badRequest("'" + name + "' must be an integer, not " + KmeJson.kind(e));
		}
		return e.getAsBigDecimal();
	}

	private static BigDecimal queryInteger(String name, String text) throws KmeRefusal {
		if (text == null || !INTEGER.matcher(text).matches()) {
			throw KmeRefusal.badRequest("the query parameter '" + name + "' must be an integer, not '"
					+ KmeJson.shown(text) + "'");
		}
		return new BigDecimal(text);
	}

	/** The int value of a number already known to be from 1 to an int bound, if it is integral. */
	private static int integral(BigDecimal value, String name) throws KmeRefusal {
		if (value.stripTrailingZeros().scale() > 0) {
			throw KmeRefusal.badRequest("'" + name + "' must be an integer, not " + text(value));
		}
		return value.intValueExact();
	}

	private static String text(BigDecimal value) {
		return KmeJson.shown(value.toString());
	}
}
