/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.orbit;

import java.time.Instant;

/**
 * A pass (or a stretch of the date range) that could not be predicted; the others still are.
 *
 * @param station the station's name
 * @param time    the instant at which propagation failed
 * @param message what went wrong
 */
public record PassFailure(String station, Instant time, String message) {
}
