/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * A key management entity (KME) serving the key delivery API of ETSI GS QKD 014 to secure
 * application entities (SAEs): {@link org.openqci.kms.KeyManagementEntity} answers the
 * specification's requests, {@link org.openqci.kms.KeyStoreDatabase} keeps the keys in an
 * embedded transactional database (H2) so that every delivery is committed before it is
 * answered, {@link org.openqci.kms.KmeServer} serves it over HTTPS with mutual TLS (Jetty), and
 * {@link org.openqci.kms.DemoPki} makes a demonstration CA and certificates (Bouncy Castle).
 */
package org.openqci.kms;
