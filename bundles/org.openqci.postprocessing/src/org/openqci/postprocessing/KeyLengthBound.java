/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.postprocessing;

/**
 * The protocol's security bound: how many secret bits a block yields, from its observed
 * statistics and the bits error correction actually disclosed.
 */
@FunctionalInterface
public interface KeyLengthBound {

	/**
	 * The secret key length of the block, 0 if none.
	 *
	 * @param block      the sifted block and its statistics
	 * @param leakedBits the bits error correction disclosed
	 */
	long length(SiftedBlock block, long leakedBits);
}
