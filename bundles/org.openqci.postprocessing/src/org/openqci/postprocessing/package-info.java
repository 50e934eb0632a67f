/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The classical post-processing of QKD, as both ends run it: error correction with Cascade
 * ({@link org.openqci.postprocessing.Cascade}), verification by universal hashing
 * ({@link org.openqci.postprocessing.VerificationHash}), and privacy amplification by Toeplitz
 * hashing computed with a number-theoretic transform
 * ({@link org.openqci.postprocessing.ToeplitzHash}). Keys are packed bit strings
 * ({@link org.openqci.postprocessing.BitString}). Plain Java, no OSGi services yet.
 */
package org.openqci.postprocessing;
