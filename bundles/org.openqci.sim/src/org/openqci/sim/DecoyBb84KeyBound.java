/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import org.openqci.postprocessing.KeyLengthBound;
import org.openqci.postprocessing.SiftedBlock;
import org.openqci.protocol.bb84.ObservedFiniteKey;

/**
 * The key length of a decoy-state BB84 block from what it observed: Lim et al.'s finite-key
 * bound ({@link ObservedFiniteKey}) with the leakage error correction measured.
 *
 * @param intensities   the three intensities, signal first
 * @param probabilities their probabilities
 * @param epsSec        the secrecy parameter
 * @param epsCor        the correctness parameter
 */
public record DecoyBb84KeyBound(double[] intensities, double[] probabilities, double epsSec, double epsCor)
		implements KeyLengthBound {

	/** Copies the arrays. */
	public DecoyBb84KeyBound {
		intensities = intensities.clone();
		probabilities = probabilities.clone();
	}

	@Override
	public long length(SiftedBlock block, long leakedBits) {
		return ObservedFiniteKey.length(intensities, probabilities, new ObservedFiniteKey.Counts(block.keyDetections(),
				block.testDetections(), block.testErrors()), leakedBits, epsSec, epsCor).length();
	}
}
