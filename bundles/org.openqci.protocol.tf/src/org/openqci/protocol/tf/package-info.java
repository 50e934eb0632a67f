/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Twin-field QKD key-rate models contributed as {@link org.openqci.core.spi.ProtocolModel}
 * services: sending-or-not-sending (X.-B. Wang, Z.-W. Yu, X.-L. Hu, Phys. Rev. A 98, 062323
 * (2018)) with infinitely many decoys and with a vacuum and two decoys, and the phase-encoded
 * protocol of M. Curty, K. Azuma, H.-K. Lo, npj Quantum Inf. 5, 64 (2019). All are asymptotic;
 * their rates scale as the square root of the channel transmittance and exceed the repeaterless
 * PLOB bound at long distance.
 */
package org.openqci.protocol.tf;
