/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * BB84 key-rate models contributed as {@link org.openqci.core.spi.ProtocolModel} services. Asymptotic
 * (infinite key), after X. Ma, B. Qi, Y. Zhao, H.-K. Lo, Phys. Rev. A 72, 012326 (2005): an ideal
 * single-photon source, and weak coherent pulses with infinitely many decoys, with a vacuum and one
 * weak decoy, and without decoys (GLLP). Finite key, after C. C. W. Lim, M. Curty, N. Walenta,
 * F. Xu, H. Zbinden, Phys. Rev. A 89, 022307 (2014): three intensities with biased basis choice for
 * a block of n_X key-basis detections, and the same three-intensity bounds without fluctuations.
 */
package org.openqci.protocol.bb84;
