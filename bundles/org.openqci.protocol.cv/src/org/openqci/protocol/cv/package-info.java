/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Continuous-variable QKD key-rate models contributed as {@link org.openqci.core.spi.ProtocolModel}
 * services: GG02, Gaussian-modulated coherent states measured with homodyne or heterodyne detection,
 * reverse reconciliation, asymptotic key rate against collective attacks with a trusted detector
 * (F. Grosshans et al., Nature 421, 238 (2003); J. Lodewyck et al., Phys. Rev. A 76, 042305 (2007);
 * F. Laudenbach et al., Adv. Quantum Technol. 1, 1800011 (2018)).
 */
package org.openqci.protocol.cv;
