/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.scpi;

/**
 * The configuration of an SCPI device, bound from its
 * {@link org.openqci.device.api.DeviceConfiguration} (the descriptors check the ranges; this
 * checks what they cannot).
 *
 * @param host          the instrument's host name or address
 * @param port          its TCP port
 * @param timeout       how long to wait for a connection or an answer, ms
 * @param pollInterval  the pause between two rounds of readings, ms
 * @param retryDelay    the first pause before reconnecting, ms
 * @param maxRetryDelay the longest pause before reconnecting, ms
 */
record ScpiSettings(String host, int port, int timeout, long pollInterval, long retryDelay, long maxRetryDelay) {

	ScpiSettings {
		for (int i = 0; i < host.length(); i++) {
			char c = host.charAt(i);
			if (c <= ' ' || c >= 0x7f) {
				throw new IllegalArgumentException("host: '" + ScpiConnection.shown(host) + "' is not a host name");
			}
		}
		if (maxRetryDelay < retryDelay) {
			throw new IllegalArgumentException("maxRetryDelay: " + maxRetryDelay
					+ " ms is shorter than retryDelay (" + retryDelay + " ms)");
		}
	}

	/** The instrument's address for messages, {@code host:port} ({@code [v6]:port}). */
	String address() {
		return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
	}
}
