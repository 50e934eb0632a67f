/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.etsi014;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The configuration of a KME device, bound from its
 * {@link org.openqci.device.api.DeviceConfiguration} (the descriptors check the ranges; this
 * checks what they cannot). {@link #toString()} hides the passwords.
 *
 * @param kmeUrl             the KME's address, {@code https://host[:port]}
 * @param slaveSaeId         the partner SAE of the key stock watched and of {@code getKeys}
 * @param masterSaeId        the SAE whose keys {@code getKeysWithIds} fetches, or {@code ""}
 * @param keyStore           path of the SAE's PKCS#12 key store (client certificate and key)
 * @param keyStorePassword   its password
 * @param trustStore         path of the PKCS#12 trust store with the CA, or {@code ""} for the JDK's
 * @param trustStorePassword its password
 * @param pollInterval       the pause between two status requests, ms
 * @param timeout            how long to wait for a connection or an answer, ms
 * @param retryDelay         the first pause before retrying after a failure, ms
 * @param maxRetryDelay      the longest pause before retrying, ms
 */
record Etsi014Settings(String kmeUrl, String slaveSaeId, String masterSaeId, String keyStore,
		String keyStorePassword, String trustStore, String trustStorePassword, long pollInterval, int timeout,
		long retryDelay, long maxRetryDelay) {

	Etsi014Settings {
		uri(kmeUrl);
		checkId("slaveSaeId", slaveSaeId);
		if (masterSaeId != null && !masterSaeId.isEmpty()) {
			checkId("masterSaeId", masterSaeId);
		}
		masterSaeId = masterSaeId == null ? "" : masterSaeId;
		trustStore = trustStore == null ? "" : trustStore;
		keyStorePassword = keyStorePassword == null ? "" : keyStorePassword;
		trustStorePassword = trustStorePassword == null ? "" : trustStorePassword;
		if (maxRetryDelay < retryDelay) {
			throw new IllegalArgumentException("maxRetryDelay: " + maxRetryDelay
					+ " ms is shorter than retryDelay (" + retryDelay + " ms)");
		}
	}

	/** The KME's address, checked. */
	URI uri() {
		return uri(kmeUrl);
	}

	/** The KME's address for messages. */
	String address() {
		return uri().toString();
	}

	private static URI uri(String text) {
		try {
			return Etsi014Client.checkUrl(new URI(text));
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("kmeUrl: '" + Etsi014Client.shown(text) + "' is not a URL");
		}
	}

	private static void checkId(String name, String id) {
		for (int i = 0; i < id.length(); i++) {
			if (Character.isISOControl(id.charAt(i))) {
				throw new IllegalArgumentException(name + ": '" + Etsi014Client.shown(id)
						+ "' holds a control character");
			}
		}
	}

	/** The settings without the passwords. */
	@Override
	public String toString() {
		return "Etsi014Settings[kmeUrl=" + kmeUrl + ", slaveSaeId=" + slaveSaeId + ", masterSaeId=" + masterSaeId
				+ ", keyStore=" + keyStore + ", trustStore=" + trustStore + ", pollInterval=" + pollInterval
				+ ", timeout=" + timeout + ", retryDelay=" + retryDelay + ", maxRetryDelay=" + maxRetryDelay + "]";
	}
}
