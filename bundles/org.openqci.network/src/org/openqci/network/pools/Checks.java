/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

/** The checks the key pool records share, with messages that name the element. */
final class Checks {

	private Checks() {
	}

	/** Requires a finite value of at least 0. */
	static void nonNegative(double value, String element, String quantity) {
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(element + ": " + quantity + " " + value + " is not a finite number >= 0");
		}
	}

	/** Requires a finite value above 0. */
	static void positive(double value, String element, String quantity) {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(element + ": " + quantity + " " + value + " is not a finite number > 0");
		}
	}
}
