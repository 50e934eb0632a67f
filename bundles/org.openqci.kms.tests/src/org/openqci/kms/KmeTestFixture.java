/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A KME for tests: {@code KME-1} serving SAEs {@code A}, {@code B}, {@code X} and {@code Y}, with
 * the pairs {@code A -> B} and {@code A -> X} ({@code Y} is in no pair; {@code Z} is not served),
 * keys of 256 bits, at most 5 a request, and requests and answers made short to write.
 */
final class KmeTestFixture implements AutoCloseable {

	static final SaePair AB = new SaePair("A", "B");
	static final SaePair AX = new SaePair("A", "X");
	static final int KEY_SIZE = 256;
	static final int MAX_PER_REQUEST = 5;

	final KeyStoreDatabase store;
	final KeyManagementEntity kme;

	KmeTestFixture(Path dir, int maxKeyCount) {
		store = KeyStoreDatabase.open(dir.resolve("kme"));
		kme = new KeyManagementEntity(new KmeConfiguration("KME-1", "KME-2", Set.of("A", "B", "X", "Y"),
				List.of(AB, AX), KEY_SIZE, MAX_PER_REQUEST, maxKeyCount), store);
	}

	/** Deposits {@code n} keys of 256 bits into a pair's stock. */
	void deposit(SaePair pair, int n) {
		List<byte[]> keys = KeyStoreDatabaseTest.keys(0, n);
		if (kme.deposit(pair, keys) != n) {
			throw new IllegalStateException("the stock is full");
		}
	}

	/** The counts of both pairs. */
	List<KeyCounts> counts() {
		return List.of(store.counts("A", "B"), store.counts("A", "X"));
	}

	KmeResponse get(String caller, String path, String... query) {
		Map<String, List<String>> q = new LinkedHashMap<>();
		for (int i = 0; i < query.length; i += 2) {
			q.computeIfAbsent(query[i], k -> new java.util.ArrayList<>()).add(query[i + 1]);
		}
		return kme.handle(new KmeRequest("GET", path, q, new byte[0], caller));
	}

	KmeResponse post(String caller, String path, String body) {
		return kme.handle(new KmeRequest("POST", path, Map.of(), body.getBytes(StandardCharsets.UTF_8), caller));
	}

	static String path(String saeId, String operation) {
		return KeyManagementEntity.API_PATH + saeId + "/" + operation;
	}

	static JsonObject json(KmeResponse response) {
		return JsonParser.parseString(response.json()).getAsJsonObject();
	}

	@Override
	public void close() {
		store.close();
	}
}
