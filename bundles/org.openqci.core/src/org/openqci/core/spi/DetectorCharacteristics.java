/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

import java.util.Objects;

/**
 * What a detector model tells the protocol about the receiver's detection system. Photon counters
 * use the efficiency, dark-count probability, misalignment and afterpulsing; coherent receivers
 * (homodyne, heterodyne) use the efficiency and electronic noise.
 *
 * @param scheme                 how the receiver measures
 * @param efficiency             probability that a photon arriving at the receiver is detected
 *                               (optics and detector together, eta_Bob); for a coherent receiver
 *                               its quantum efficiency
 * @param darkCountProbability   probability of a click per gate without any signal photon (Y0,
 *                               for one detection event, i.e. both detectors of a basis together)
 * @param misalignmentError      probability that a detected photon hits the wrong detector (e_d)
 * @param afterpulseProbability  probability p_ap that a click causes an afterpulse in a later gate;
 *                               it multiplies the click rate by (1 + p_ap)
 * @param electronicNoise        electronic noise of a coherent receiver, v_el, in shot-noise units
 *                               referred to the detector output (0 for photon counters)
 */
public record DetectorCharacteristics(DetectionScheme scheme, double efficiency, double darkCountProbability,
		double misalignmentError, double afterpulseProbability, double electronicNoise) {

	/** Requires a scheme. */
	public DetectorCharacteristics {
		Objects.requireNonNull(scheme, "scheme");
	}

	/** Photon-counting detectors without afterpulsing (the GYS model). */
	public DetectorCharacteristics(double efficiency, double darkCountProbability, double misalignmentError) {
		this(DetectionScheme.PHOTON_COUNTING, efficiency, darkCountProbability, misalignmentError, 0.0, 0.0);
	}

	/** Photon-counting detectors with afterpulsing. */
	public static DetectorCharacteristics photonCounting(double efficiency, double darkCountProbability,
			double misalignmentError, double afterpulseProbability) {
		return new DetectorCharacteristics(DetectionScheme.PHOTON_COUNTING, efficiency, darkCountProbability,
				misalignmentError, afterpulseProbability, 0.0);
	}

	/** A coherent (homodyne or heterodyne) receiver with quantum efficiency and electronic noise. */
	public static DetectorCharacteristics coherent(DetectionScheme scheme, double efficiency, double electronicNoise) {
		return new DetectorCharacteristics(scheme, efficiency, 0.0, 0.0, 0.0, electronicNoise);
	}
}
