/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The classical post-processing of QKD, as both ends run it: error correction with Cascade
 * ({@link org.openqci.postprocessing.Cascade}, original and optimised) or rate-adaptive LDPC
 * ({@link org.openqci.postprocessing.Ldpc}), verification by universal hashing
 * ({@link org.openqci.postprocessing.VerificationHash}), and privacy amplification by Toeplitz
 * hashing computed with a number-theoretic transform
 * ({@link org.openqci.postprocessing.ToeplitzHash}), chained by
 * {@link org.openqci.postprocessing.Distillation}. Keys are packed bit strings
 * ({@link org.openqci.postprocessing.BitString}). The algorithms are plain Java; the error
 * corrections are also registered as {@link org.openqci.postprocessing.ErrorCorrection} services
 * (Declarative Services), the stage a plugin can contribute.
 */
package org.openqci.postprocessing;
