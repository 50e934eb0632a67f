/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network;

/** The checks the network's records share, with messages that name the element. */
final class Checks {

	private Checks() {
	}

	/** Requires a non-blank id of an element of the given kind ("node", "link", "demand"). */
	static void id(String id, String kind) {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException(kind + " without an id");
		}
	}

	/** Requires a non-blank reference {@code role} (e.g. "node A") of {@code element} (e.g. "link L1"). */
	static void reference(String reference, String element, String role) {
		if (reference == null || reference.isBlank()) {
			throw new IllegalArgumentException(element + ": no " + role);
		}
	}

	/** Requires a finite value of at least 0. */
	static void nonNegative(double value, String element, String quantity) {
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(element + ": " + quantity + " " + value + " is not a finite number >= 0");
		}
	}

	/** Requires a finite value in [-limit, limit]. */
	static void within(double value, double limit, String element, String quantity) {
		if (!(Math.abs(value) <= limit)) {
			throw new IllegalArgumentException(element + ": " + quantity + " " + value + " is outside [-" + limit + ", "
					+ limit + "]");
		}
	}
}
