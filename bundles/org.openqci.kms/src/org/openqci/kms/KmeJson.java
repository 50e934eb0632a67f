/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The JSON of ETSI GS QKD 014 clause 6 on the KME's side: request bodies read strictly (UTF-8,
 * one JSON value, no duplicate member, at most {@value #MAX_DEPTH} levels deep) and the Status,
 * Key container and Error bodies written. Messages name the problem and never hold key material;
 * text from a request is shown shortened to printable ASCII.
 */
final class KmeJson {

	/** The deepest nesting of arrays and objects accepted in a request body. */
	static final int MAX_DEPTH = 16;

	/** How much of a text from a request a message shows. */
	static final int SHOWN = 80;

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

	private KmeJson() {
	}

	/**
	 * The JSON object a body holds.
	 *
	 * @param format the name of the specification's data format, for messages ("Key request")
	 * @throws KmeRefusal a 400 if the body is not UTF-8, not JSON, not an object, too deep, or has
	 *                    a member twice
	 */
	static JsonObject object(byte[] body, String format) throws KmeRefusal {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
		} catch (CharacterCodingException e) {
			throw KmeRefusal.badRequest("the body is not UTF-8 text (a " + format + " JSON object is expected)");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw KmeRefusal.badRequest("the body is empty (a " + format + " JSON object is expected)");
		}
		JsonElement value;
		JsonReader reader = new JsonReader(new StringReader(text));
		try {
			value = read(reader, 0);
		} catch (IOException | IllegalStateException | NumberFormatException e) {
			throw KmeRefusal.badRequest("the body is not valid JSON (" + syntaxError(e) + ")");
		}
		boolean more;
		try {
			more = reader.peek() != JsonToken.END_DOCUMENT;
		} catch (IOException | IllegalStateException e) {
			more = true;
		}
		if (more) {
			throw KmeRefusal.badRequest("the body has more after its JSON value (one " + format
					+ " JSON object is expected)");
		}
		if (!value.isJsonObject()) {
			throw KmeRefusal.badRequest("the body is " + kind(value) + ", not a " + format + " JSON object");
		}
		return value.getAsJsonObject();
	}

	/** Reads one value, refusing duplicate members and deep nesting. */
	private static JsonElement read(JsonReader reader, int depth) throws IOException, KmeRefusal {
		JsonToken token = reader.peek();
		switch (token) {
			case BEGIN_OBJECT -> {
				checkDepth(depth);
				JsonObject object = new JsonObject();
				reader.beginObject();
				while (reader.hasNext()) {
					String name = reader.nextName();
					if (object.has(name)) {
						throw KmeRefusal.badRequest("the member '" + shown(name) + "' appears twice in an object");
					}
					object.add(name, read(reader, depth + 1));
				}
				reader.endObject();
				return object;
			}
			case BEGIN_ARRAY -> {
				checkDepth(depth);
				JsonArray array = new JsonArray();
				reader.beginArray();
				while (reader.hasNext()) {
					array.add(read(reader, depth + 1));
				}
				reader.endArray();
				return array;
			}
			case STRING -> {
				return new JsonPrimitive(reader.nextString());
			}
			case NUMBER -> {
				return new JsonPrimitive(new BigDecimal(reader.nextString()));
			}
			case BOOLEAN -> {
				return new JsonPrimitive(reader.nextBoolean());
			}
			case NULL -> {
				reader.nextNull();
				return JsonNull.INSTANCE;
			}
			default -> throw new IllegalStateException("unexpected " + token);
		}
	}

	private static void checkDepth(int depth) throws KmeRefusal {
		if (depth >= MAX_DEPTH) {
			throw KmeRefusal.badRequest("the body nests arrays and objects more than " + MAX_DEPTH + " levels deep");
		}
	}

	/** Gson's description of a syntax error (position and kind, never a value), shortened. */
	private static String syntaxError(Exception e) {
		String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		int see = m.indexOf("\nSee ");
		if (see < 0) {
			see = m.indexOf(" See https:");
		}
		if (see >= 0) {
			m = m.substring(0, see);
		}
		m = m.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "")
				.replace("Use JsonReader.setLenient(true) to accept malformed JSON", "").strip();
		return shown(m.startsWith("at ") ? "syntax error " + m : m);
	}

	/** What kind of JSON value an element is, for messages ("a string", "null"). */
	static String kind(JsonElement e) {
		if (e == null || e.isJsonNull()) {
			return "null";
		}
		if (e.isJsonObject()) {
			return "an object";
		}
		if (e.isJsonArray()) {
			return "an array";
		}
		JsonPrimitive p = e.getAsJsonPrimitive();
		return p.isBoolean() ? "a boolean" : p.isNumber() ? "a number" : "a string";
	}

	/** A Status body (6.1). */
	static String status(String sourceKmeId, String targetKmeId, String master, String slave, int keySize,
			long storedKeyCount, int maxKeyCount, int maxKeyPerRequest) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("source_KME_ID", sourceKmeId);
		s.put("target_KME_ID", targetKmeId);
		s.put("master_SAE_ID", master);
		s.put("slave_SAE_ID", slave);
		s.put("key_size", keySize);
		s.put("stored_key_count", Math.min(storedKeyCount, Integer.MAX_VALUE));
		s.put("max_key_count", maxKeyCount);
		s.put("max_key_per_request", maxKeyPerRequest);
		s.put("max_key_size", keySize);
		s.put("min_key_size", keySize);
		s.put("max_SAE_ID_count", 0);
		return GSON.toJson(s);
	}

	/** A Key container body (6.3), the material in Base64. */
	static String keyContainer(List<StoredKey> keys) {
		JsonArray array = new JsonArray(keys.size());
		for (StoredKey k : keys) {
			JsonObject o = new JsonObject();
			o.addProperty("key_ID", k.id().toString());
			o.addProperty("key", Base64.getEncoder().encodeToString(k.key()));
			array.add(o);
		}
		JsonObject container = new JsonObject();
		container.add("keys", array);
		return GSON.toJson(container);
	}

	/** An Error body: its {@code message} (no {@code details}). */
	static String error(String message) {
		JsonObject o = new JsonObject();
		o.addProperty("message", message);
		return GSON.toJson(o);
	}

	/** Text from a request made fit for a message: printable ASCII, at most {@value #SHOWN} characters. */
	static String shown(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder b = new StringBuilder(Math.min(text.length(), SHOWN + 3));
		for (int i = 0; i < text.length(); i++) {
			if (b.length() == SHOWN) {
				return b.append("...").toString();
			}
			char c = text.charAt(i);
			b.append(c >= ' ' && c < 0x7f ? c : '?');
		}
		return b.toString();
	}
}
