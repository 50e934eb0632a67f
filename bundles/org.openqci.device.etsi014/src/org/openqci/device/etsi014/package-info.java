/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * A client of a key management entity (KME) that speaks ETSI GS QKD 014 V1.1.1 (2019-02),
 * "Quantum Key Distribution (QKD); Protocol and data format of REST-based key delivery API": a
 * secure application entity (SAE) asks its KME over HTTPS with mutual TLS for the status of the
 * key stock it shares with another SAE, for keys ("Get key", {@code enc_keys}) and for the keys
 * matching key IDs another SAE received ("Get key with key IDs", {@code dec_keys}).
 * <p>
 * {@link org.openqci.device.etsi014.Etsi014Client} is the typed client;
 * {@link org.openqci.device.etsi014.Etsi014DeviceFactory} contributes the KME as a device
 * ({@value org.openqci.device.etsi014.Etsi014DeviceFactory#TYPE_ID}) to the workbench through a
 * {@link org.openqci.device.api.DeviceHandlerFactory} service, polling its status for the key
 * stock and the key rate. Key material never leaves the client's return values: it is in no
 * status, reading, command answer, message or log.
 */
package org.openqci.device.etsi014;
