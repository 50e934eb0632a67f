/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Measurement-device-independent QKD (MDI-QKD) key-rate models contributed as
 * {@link org.openqci.core.spi.ProtocolModel} services: weak coherent pulses from Alice and Bob, a
 * Bell-state measurement by an untrusted relay (Charlie) between them, with infinitely many decoys
 * and with a vacuum and one weak decoy. Both are asymptotic (infinite key) and follow H.-K. Lo,
 * M. Curty, B. Qi, Phys. Rev. Lett. 108, 130503 (2012), the channel model of X. Ma, M. Razavi,
 * Phys. Rev. A 86, 062319 (2012), and the decoy analysis of F. Xu, M. Curty, B. Qi, H.-K. Lo,
 * New J. Phys. 15, 113007 (2013).
 */
package org.openqci.protocol.mdi;
