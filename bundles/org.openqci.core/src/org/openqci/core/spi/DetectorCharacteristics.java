/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

/**
 * What a detector model tells the protocol about Bob's detection system.
 *
 * @param efficiency             probability that a photon arriving at Bob is detected (Bob's
 *                               optics and detector efficiency together, eta_Bob)
 * @param darkCountProbability   probability of a click per gate without any signal photon (Y0)
 * @param misalignmentError      probability that a detected photon hits the wrong detector (e_d)
 */
public record DetectorCharacteristics(double efficiency, double darkCountProbability, double misalignmentError) {
}
