/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * BB84 key-rate models contributed as {@link org.openqci.core.spi.ProtocolModel} services: an
 * ideal single-photon source, and weak coherent pulses with infinitely many decoys, with a vacuum
 * and one weak decoy, and without decoys (GLLP). All are asymptotic (infinite key) and follow
 * X. Ma, B. Qi, Y. Zhao, H.-K. Lo, Phys. Rev. A 72, 012326 (2005).
 */
package org.openqci.protocol.bb84;
