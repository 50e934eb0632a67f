/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Entanglement-based QKD (BBM92) with a parametric down-conversion pair source, contributed as a
 * {@link org.openqci.core.spi.ProtocolModel} service: asymptotic one-way key rate with multi-pair
 * emission, threshold detectors, dark counts and misalignment, the source anywhere between Alice
 * and Bob. Follows X. Ma, C.-H. F. Fung, H.-K. Lo, Phys. Rev. A 76, 012307 (2007).
 */
package org.openqci.protocol.bbm92;
