/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.openqci.kms.KmeTestFixture.AB;
import static org.openqci.kms.KmeTestFixture.AX;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Random requests (methods, paths, queries, bodies of random bytes, truncated JSON, huge numbers,
 * unicode) never make {@link KeyManagementEntity#handle} throw, are answered 200, 400, 401 or 503
 * with JSON, and give out a key only to the SAE entitled to it, and each key once to the master
 * and once to the slave: checked against the store's counts before and after every request.
 */
class KmeRequestFuzzTest {

	private static final int REQUESTS = 3000;
	private static final String[] CALLERS = { "A", "B", "X", "Y", "Z", "", "a", "A ", "\u00c5" };
	private static final String[] SAES = { "A", "B", "X", "Y", "Q", "", "%41", "%42", "%", "%zz", "%C3%28", "B/x",
			"\u00e9\u6f22", "..", "A%2FB" };
	private static final String[] OPERATIONS = { "status", "enc_keys", "dec_keys", "enc_keys", "dec_keys", "Status",
			"keys", "", "enc_keys/", "dec_keys?key_ID=1" };
	private static final String[] METHODS = { "GET", "POST", "GET", "POST", "PUT", "DELETE", "HEAD", "get", "" };
	private static final String[] NUMBERS = { "1", "2", "5", "0", "-1", "6", "1e400", "2.5", "99999999999999999999",
			"-0", "1.0", "\"1\"", "null", "true", "[]", "{}", "0x10", "1e-400", "NaN", "4.99e0", "5E0" };
	private static final String[] SIZES = { "256", "128", "255", "0", "-256", "2.56e2", "256.5", "1e9", "null",
			"\"256\"" };

	@TempDir
	Path tmp;

	/** What the test knows: the keys given to masters (by ID, with their pair and material) and to slaves. */
	private final Map<String, SaePair> pairOf = new HashMap<>();
	private final Map<String, byte[]> materialOf = new HashMap<>();
	private final Set<String> toSlave = new HashSet<>();
	private final List<String> knownIds = new ArrayList<>();

	@Test
	void randomRequestsNeverLeakAKey() {
		SplittableRandom random = new SplittableRandom(0x5eed_014L);
		int[] statuses = new int[600];
		try (KmeTestFixture f = new KmeTestFixture(tmp, 100_000)) {
			f.deposit(AB, 2000);
			f.deposit(AX, 2000);
			for (int i = 0; i < REQUESTS; i++) {
				KmeRequest request = request(random);
				List<KeyCounts> before = f.counts();
				KmeResponse response;
				try {
					response = f.kme.handle(request);
				} catch (RuntimeException e) {
					throw new AssertionError("request " + i + " threw: " + describe(request), e);
				}
				statuses[response.status()]++;
				check(i, request, response, before, f.counts());
			}
		}
		// the generator reaches every outcome, successes included
		assertTrue(statuses[200] > 200, "200: " + statuses[200]);
		assertTrue(statuses[400] > 200, "400: " + statuses[400]);
		assertTrue(statuses[401] > 200, "401: " + statuses[401]);
		assertTrue(toSlave.size() > 50, "keys delivered to slaves: " + toSlave.size());
		assertTrue(pairOf.size() > 200, "keys delivered to masters: " + pairOf.size());
	}

	private void check(int i, KmeRequest request, KmeResponse response, List<KeyCounts> before, List<KeyCounts> after) {
		String what = "request " + i + " " + describe(request) + " -> " + response.status() + " " + response.json();
		int status = response.status();
		assertTrue(status == 200 || status == 400 || status == 401 || status == 503, what);
		JsonElement parsed = JsonParser.parseString(response.json());
		assertTrue(parsed.isJsonObject(), what);
		JsonObject body = parsed.getAsJsonObject();
		if (status != 200) {
			assertEquals(before, after, "a refused request changed the store: " + what);
			assertTrue(body.has("message") && !body.get("message").getAsString().isBlank(), what);
			assertFalse(body.has("keys"), what);
			return;
		}
		String[] target = target(request.path());
		assertNotNull(target, "a 200 for a path that is not one: " + what);
		String caller = request.callerSaeId();
		if (!body.has("keys")) {
			assertEquals("status", target[1], what);
			assertEquals(before, after, what);
			assertEquals(caller, body.get("master_SAE_ID").getAsString(), what);
			return;
		}
		List<JsonElement> keys = body.getAsJsonArray("keys").asList();
		assertFalse(keys.isEmpty(), what);
		if (target[1].equals("enc_keys")) {
			SaePair pair = new SaePair(caller, target[0]);
			assertTrue(pair.equals(AB) || pair.equals(AX), "keys for a caller that is not a master: " + what);
			int p = pair.equals(AB) ? 0 : 1;
			assertEquals(before.get(p).available() - keys.size(), after.get(p).available(), what);
			assertEquals(before.get(p).deliveredToMaster() + keys.size(), after.get(p).deliveredToMaster(), what);
			assertEquals(before.get(1 - p), after.get(1 - p), what);
			for (JsonElement e : keys) {
				String id = e.getAsJsonObject().get("key_ID").getAsString();
				byte[] material = Base64.getDecoder().decode(e.getAsJsonObject().get("key").getAsString());
				assertEquals(32, material.length, what);
				if (pairOf.put(id, pair) != null) {
					fail("a key given to a master twice: " + what);
				}
				materialOf.put(id, material);
				knownIds.add(id);
			}
		} else {
			assertEquals("dec_keys", target[1], what);
			SaePair pair = new SaePair(target[0], caller);
			int p = pair.equals(AB) ? 0 : pair.equals(AX) ? 1 : -1;
			assertTrue(p >= 0, "keys for a caller that is not a slave: " + what);
			assertEquals(before.get(p).deliveredToMaster() - keys.size(), after.get(p).deliveredToMaster(), what);
			assertEquals(before.get(p).deliveredToSlave() + keys.size(), after.get(p).deliveredToSlave(), what);
			assertEquals(before.get(1 - p), after.get(1 - p), what);
			for (JsonElement e : keys) {
				String id = e.getAsJsonObject().get("key_ID").getAsString();
				assertEquals(pair, pairOf.get(id), "a key of another pair or never given to the master: " + what);
				assertTrue(toSlave.add(id), "a key given to the slave twice: " + what);
				assertArrayEquals(materialOf.get(id), Base64.getDecoder().decode(e.getAsJsonObject().get("key")
						.getAsString()), "the slave got other material than the master: " + what);
			}
		}
	}

	/** The SAE ID and operation of a valid path, or {@code null}. */
	private static String[] target(String path) {
		if (!path.startsWith(KeyManagementEntity.API_PATH)) {
			return null;
		}
		String[] parts = path.substring(KeyManagementEntity.API_PATH.length()).split("/", -1);
		if (parts.length != 2) {
			return null;
		}
		String sae = parts[0].replace("%41", "A").replace("%42", "B");
		return new String[] { sae, parts[1] };
	}

	/** Half the requests plausible (right parts, few mutations), half wild. */
	private KmeRequest request(SplittableRandom r) {
		return r.nextBoolean() ? plausible(r) : wild(r);
	}

	private KmeRequest plausible(SplittableRandom r) {
		String caller = pick(r, new String[] { "A", "A", "B", "X", "Y" });
		String operation = pick(r, new String[] { "status", "enc_keys", "enc_keys", "dec_keys", "dec_keys" });
		String sae = pick(r, new String[] { "A", "B", "X" });
		if (r.nextInt(4) > 0) {
			// mostly the right roles: A the master, B or X the slave
			String slave = r.nextBoolean() ? "B" : "X";
			caller = operation.equals("dec_keys") ? slave : "A";
			sae = operation.equals("dec_keys") ? "A" : slave;
		}
		String method = r.nextInt(10) == 0 ? "POST" : pick(r, new String[] { "GET", "POST" });
		if (operation.equals("status")) {
			method = r.nextInt(10) == 0 ? "POST" : "GET";
		}
		Map<String, List<String>> query = new LinkedHashMap<>();
		byte[] body = new byte[0];
		if (method.equals("POST")) {
			body = (operation.equals("dec_keys") ? keyIdsBody(r) : keyRequestBody(r)).getBytes(StandardCharsets.UTF_8);
		} else if (operation.equals("enc_keys")) {
			if (r.nextBoolean()) {
				query.put("number", List.of(unquoted(pick(r, NUMBERS))));
			}
			if (r.nextInt(4) == 0) {
				query.put("size", List.of(unquoted(pick(r, SIZES))));
			}
		} else if (operation.equals("dec_keys")) {
			query.put("key_ID", List.of(keyId(r)));
		}
		return new KmeRequest(method, KeyManagementEntity.API_PATH + sae + "/" + operation, query, body, caller);
	}

	private KmeRequest wild(SplittableRandom r) {
		String method = pick(r, METHODS);
		if (r.nextInt(50) == 0) {
			method = unicode(r, 1 + r.nextInt(6));
		}
		String caller = r.nextInt(30) == 0 ? unicode(r, r.nextInt(10)) : pick(r, CALLERS);
		String operation = pick(r, OPERATIONS);
		String sae = r.nextInt(30) == 0 ? unicode(r, r.nextInt(8)) : pick(r, SAES);
		String path = switch (r.nextInt(20)) {
			case 0 -> unicode(r, r.nextInt(40));
			case 1 -> "/api/v1/keys/" + sae;
			case 2 -> "/api/v1/keys/" + sae + "/" + operation + "/extra";
			case 3 -> "/api/v1/key/" + sae + "/" + operation;
			default -> KeyManagementEntity.API_PATH + sae + "/" + operation;
		};
		Map<String, List<String>> query = new LinkedHashMap<>();
		byte[] body = new byte[0];
		if (method.equals("POST") || r.nextInt(10) == 0) {
			body = body(r, operation).getBytes(StandardCharsets.UTF_8);
			if (r.nextInt(12) == 0) {
				body = java.util.Arrays.copyOf(body, r.nextInt(body.length + 1));
			}
			if (r.nextInt(25) == 0) {
				body = new byte[r.nextInt(3) == 0 ? KeyManagementEntity.MAX_BODY_BYTES + 1 + r.nextInt(100)
						: r.nextInt(200)];
				r.nextBytes(body);
			}
		}
		if (method.equals("GET") || r.nextInt(10) == 0) {
			int n = r.nextInt(4) == 0 ? r.nextInt(4) : r.nextInt(2);
			for (int i = 0; i < n; i++) {
				String name = switch (r.nextInt(8)) {
					case 0, 1, 2 -> "number";
					case 3 -> "size";
					case 4, 5, 6 -> "key_ID";
					default -> unicode(r, r.nextInt(6));
				};
				String value = switch (name) {
					case "number" -> unquoted(pick(r, NUMBERS));
					case "size" -> unquoted(pick(r, SIZES));
					case "key_ID" -> keyId(r);
					default -> unicode(r, r.nextInt(10));
				};
				query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			}
		}
		return new KmeRequest(method, path, query, body, caller);
	}

	private String body(SplittableRandom r, String operation) {
		boolean decKeys = operation.equals("dec_keys") ? r.nextInt(5) > 0 : r.nextInt(5) == 0;
		return switch (r.nextInt(12)) {
			case 0 -> unicode(r, r.nextInt(60));
			case 1 -> "";
			case 2 -> "{\"number\":" + "9".repeat(1 + r.nextInt(400)) + "}";
			case 3 -> "[".repeat(r.nextInt(100)) + "]".repeat(r.nextInt(100));
			default -> decKeys ? keyIdsBody(r) : keyRequestBody(r);
		};
	}

	private static String keyRequestBody(SplittableRandom r) {
		List<String> members = new ArrayList<>();
		if (r.nextBoolean()) {
			members.add("\"number\":" + pick(r, NUMBERS));
		}
		if (r.nextInt(3) == 0) {
			members.add("\"size\":" + pick(r, SIZES));
		}
		if (r.nextInt(8) == 0) {
			members.add("\"additional_slave_SAE_IDs\":" + pick(r, new String[] { "[]", "[\"X\"]", "\"X\"", "null" }));
		}
		if (r.nextInt(8) == 0) {
			members.add("\"extension_mandatory\":" + pick(r, new String[] { "[]", "[{\"a\":1}]", "[1]", "{}" }));
		}
		if (r.nextInt(8) == 0) {
			members.add("\"extension_optional\":" + pick(r, new String[] { "[]", "[{\"a\":1}]", "[\"x\"]" }));
		}
		if (r.nextInt(15) == 0) {
			members.add("\"" + unicode(r, r.nextInt(6)).replace("\\", "").replace("\"", "") + "\":1");
		}
		if (r.nextInt(15) == 0 && !members.isEmpty()) {
			members.add(members.get(0));
		}
		return "{" + String.join(",", members) + "}";
	}

	private String keyIdsBody(SplittableRandom r) {
		int n = r.nextInt(8) == 0 ? r.nextInt(8) : 1 + r.nextInt(3);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			ids.add(r.nextInt(20) == 0 ? "{\"key_ID\":" + pick(r, NUMBERS) + "}"
					: "{\"key_ID\":\"" + keyId(r) + "\"" + (r.nextInt(10) == 0 ? ",\"key_ID_extension\":{}" : "")
							+ (r.nextInt(30) == 0 ? ",\"other\":1" : "") + "}");
		}
		return "{\"key_IDs\":[" + String.join(",", ids) + "]" + (r.nextInt(10) == 0 ? ",\"key_IDs_extension\":{}"
				: "") + "}";
	}

	/** Mostly IDs given to a master and not yet to a slave, some delivered ones, some random, some malformed. */
	private String keyId(SplittableRandom r) {
		int k = r.nextInt(20);
		List<String> pending = knownIds.stream().filter(id -> !toSlave.contains(id)).toList();
		if (k < 13 && !pending.isEmpty()) {
			return pending.get(r.nextInt(pending.size()));
		}
		if (k < 16 && !knownIds.isEmpty()) {
			return knownIds.get(r.nextInt(knownIds.size()));
		}
		if (k < 18) {
			return new java.util.UUID(r.nextLong(), r.nextLong()).toString();
		}
		return unicode(r, r.nextInt(40));
	}

	private static String unquoted(String s) {
		return s.startsWith("\"") ? s.substring(1, s.length() - 1) : s;
	}

	private static String pick(SplittableRandom r, String[] values) {
		return values[r.nextInt(values.length)];
	}

	/** Random text: ASCII, JSON punctuation, controls, accents, CJK, surrogate pairs and lone surrogates. */
	private static String unicode(SplittableRandom r, int length) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < length; i++) {
			switch (r.nextInt(8)) {
				case 0 -> b.append("{}[]\",:\\/%".charAt(r.nextInt(10)));
				case 1 -> b.append((char) r.nextInt(32));
				case 2 -> b.append((char) (0xa0 + r.nextInt(0x200)));
				case 3 -> b.append((char) (0x4e00 + r.nextInt(0x5000)));
				case 4 -> b.appendCodePoint(0x1f600 + r.nextInt(0x50));
				case 5 -> b.append((char) (0xd800 + r.nextInt(0x800)));
				default -> b.append((char) (' ' + r.nextInt(95)));
			}
		}
		return b.toString();
	}

	private static String describe(KmeRequest r) {
		String body = new String(r.body(), StandardCharsets.UTF_8);
		return r.method() + " " + r.path() + " " + r.query() + " body=" + (body.length() > 120 ? body.substring(0,
				120) + "..." : body) + " caller=" + r.callerSaeId();
	}
}
