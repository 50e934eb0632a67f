/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.kms;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The configuration of a {@link KeyManagementEntity}: who it is, whom it serves and what it
 * delivers.
 * <p>
 * Only one key size is supported: every key is {@code keySize} bits; the Status advertises
 * {@code min_key_size = max_key_size = key_size}, and a request for another size is refused.
 * Key multicast ({@code additional_slave_SAE_IDs}) is not supported: {@code max_SAE_ID_count}
 * is 0.
 *
 * @param kmeId            this KME's ID ({@code source_KME_ID} of a Status for its master SAEs)
 * @param targetKmeId      the ID of the peer KME the slave SAEs not served here are attached to
 *                         ({@code target_KME_ID})
 * @param servedSaeIds     the SAEs attached to this KME: only they may call it
 * @param pairs            which master SAE may ask for keys for which slave SAE; each pair has its
 *                         master or its slave (or both) among the served SAEs
 * @param keySize          the size of every key, bits: a positive multiple of 8, at most
 *                         {@value #MAX_KEY_SIZE}
 * @param maxKeyPerRequest the most keys one request may ask for, at least 1
 * @param maxKeyCount      the most keys stored for one pair ({@code max_key_count}), at least
 *                         {@code maxKeyPerRequest}
 */
public record KmeConfiguration(String kmeId, String targetKmeId, Set<String> servedSaeIds, List<SaePair> pairs,
		int keySize, int maxKeyPerRequest, int maxKeyCount) {

	/** The largest key size accepted, bits. */
	public static final int MAX_KEY_SIZE = 65536;

	/** The most keys one request may ask for, whatever the configuration (bounds an answer's size). */
	public static final int MAX_KEY_PER_REQUEST_LIMIT = 10_000;

	/**
	 * Checks every value and copies the collections.
	 *
	 * @throws IllegalArgumentException naming the parameter and the bad value
	 */
	public KmeConfiguration {
		checkId("kmeId", kmeId);
		checkId("targetKmeId", targetKmeId);
		servedSaeIds = Set.copyOf(Objects.requireNonNull(servedSaeIds, "servedSaeIds"));
		if (servedSaeIds.isEmpty()) {
			throw new IllegalArgumentException("servedSaeIds: at least one SAE is required");
		}
		for (String id : servedSaeIds) {
			SaePair.checkSaeId("servedSaeIds", id);
		}
		pairs = List.copyOf(Objects.requireNonNull(pairs, "pairs"));
		if (pairs.isEmpty()) {
			throw new IllegalArgumentException("pairs: at least one pair of SAEs is required");
		}
		Set<SaePair> seen = new HashSet<>();
		for (SaePair pair : pairs) {
			if (!seen.add(pair)) {
				throw new IllegalArgumentException("pairs: " + pair + " is listed twice");
			}
			if (!servedSaeIds.contains(pair.master()) && !servedSaeIds.contains(pair.slave())) {
				throw new IllegalArgumentException("pairs: neither SAE of " + pair + " is served by this KME "
						+ servedSaeIds);
			}
		}
		if (keySize <= 0 || keySize % 8 != 0 || keySize > MAX_KEY_SIZE) {
			throw new IllegalArgumentException("keySize: " + keySize + " bits is not a positive multiple of 8 up to "
					+ MAX_KEY_SIZE);
		}
		if (maxKeyPerRequest < 1 || maxKeyPerRequest > MAX_KEY_PER_REQUEST_LIMIT) {
			throw new IllegalArgumentException("maxKeyPerRequest: " + maxKeyPerRequest + " is not from 1 to "
					+ MAX_KEY_PER_REQUEST_LIMIT);
		}
		if (maxKeyCount < maxKeyPerRequest) {
			throw new IllegalArgumentException("maxKeyCount: " + maxKeyCount + " is less than maxKeyPerRequest ("
					+ maxKeyPerRequest + ")");
		}
	}

	/** Whether {@code saeId} is attached to this KME. */
	public boolean serves(String saeId) {
		return servedSaeIds.contains(saeId);
	}

	/** Whether {@code master} may ask for keys for {@code slave}. */
	public boolean paired(String master, String slave) {
		for (SaePair pair : pairs) {
			if (pair.master().equals(master) && pair.slave().equals(slave)) {
				return true;
			}
		}
		return false;
	}

	/** The size of every key, bytes. */
	public int keyBytes() {
		return keySize / 8;
	}

	private static void checkId(String name, String id) {
		Objects.requireNonNull(id, name);
		if (id.isBlank()) {
			throw new IllegalArgumentException(name + ": a KME ID is required, not '" + id + "'");
		}
	}
}
