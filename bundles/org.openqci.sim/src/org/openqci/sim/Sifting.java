/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import org.openqci.postprocessing.BitString;
import org.openqci.postprocessing.SiftedBlock;

/**
 * Sifting of decoy-state BB84 as in Lim et al. (2014): Bob announces his bases, Alice her bases
 * and intensities; detections where both chose the key basis (Z here) form the key, all
 * intensities together; detections where both chose the test basis (X) are disclosed and their
 * errors counted per intensity. The rest is discarded.
 */
public final class Sifting {

	private Sifting() {
	}

	/** The sifted block of a block of detections. */
	public static SiftedBlock sift(Detections detections, int intensities) {
		int keyBits = 0;
		for (int i = 0; i < detections.size(); i++) {
			if (detections.aliceBasis(i) == Detections.Z && detections.bobBasis(i) == Detections.Z) {
				keyBits++;
			}
		}
		BitString alice = BitString.zeros(keyBits);
		BitString bob = BitString.zeros(keyBits);
		long[] keyDetections = new long[intensities];
		long[] testDetections = new long[intensities];
		long[] testErrors = new long[intensities];
		int j = 0;
		for (int i = 0; i < detections.size(); i++) {
			int k = detections.intensity(i);
			if (detections.aliceBasis(i) != detections.bobBasis(i)) {
				continue;
			}
			if (detections.aliceBasis(i) == Detections.Z) {
				alice.set(j, detections.aliceBit(i) == 1);
				bob.set(j, detections.bobBit(i) == 1);
				keyDetections[k]++;
				j++;
			} else {
				testDetections[k]++;
				if (detections.aliceBit(i) != detections.bobBit(i)) {
					testErrors[k]++;
				}
			}
		}
		return new SiftedBlock(alice, bob, keyDetections, testDetections, testErrors, detections.pulses());
	}
}
