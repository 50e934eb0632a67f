/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.util.Objects;

/**
 * The answer to "Get status": the Status data format of ETSI GS QKD 014 (clause 6.1), which
 * describes the key stock a KME holds for a pair of SAEs. Sizes are in bits, counts in keys.
 * The optional {@code status_extension} is not kept.
 *
 * @param sourceKmeId      {@code source_KME_ID}, the KME the SAE talks to
 * @param targetKmeId      {@code target_KME_ID}, the KME of the other SAE
 * @param masterSaeId      {@code master_SAE_ID}, the SAE that asks for keys (the caller)
 * @param slaveSaeId       {@code slave_SAE_ID}, the SAE the keys are shared with
 * @param keySize          {@code key_size}, the default size of a key, bits
 * @param storedKeyCount   {@code stored_key_count}, how many keys of {@code keySize} are stored
 * @param maxKeyCount      {@code max_key_count}, how many keys can be stored at most
 * @param maxKeyPerRequest {@code max_key_per_request}, the most keys one request may ask for
 * @param maxKeySize       {@code max_key_size}, the largest size a request may ask for, bits
 * @param minKeySize       {@code min_key_size}, the smallest size a request may ask for, bits
 * @param maxSaeIdCount    {@code max_SAE_ID_count}, how many additional slave SAEs a request may
 *                         name (0: no key multicast)
 */
public record KmeStatus(String sourceKmeId, String targetKmeId, String masterSaeId, String slaveSaeId, int keySize,
		int storedKeyCount, int maxKeyCount, int maxKeyPerRequest, int maxKeySize, int minKeySize,
		int maxSaeIdCount) {

	/** Checks that the IDs are there and the numbers are not negative. */
	public KmeStatus {
		Objects.requireNonNull(sourceKmeId, "source_KME_ID");
		Objects.requireNonNull(targetKmeId, "target_KME_ID");
		Objects.requireNonNull(masterSaeId, "master_SAE_ID");
		Objects.requireNonNull(slaveSaeId, "slave_SAE_ID");
		if (keySize < 0 || storedKeyCount < 0 || maxKeyCount < 0 || maxKeyPerRequest < 0 || maxKeySize < 0
				|| minKeySize < 0 || maxSaeIdCount < 0) {
			throw new IllegalArgumentException("a negative size or count");
		}
	}

	/** The stored key material, bits: {@code storedKeyCount * keySize}. */
	public long storedBits() {
		return (long) storedKeyCount * keySize;
	}

	/** The status as the specification's JSON object (no extension), compact. */
	public String toJson() {
		return Etsi014Json.statusJson(this);
	}
}
