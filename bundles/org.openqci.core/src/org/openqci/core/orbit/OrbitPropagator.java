/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.orbit;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Predicts satellite passes over ground stations (register as a DS service of this type; the
 * engine uses the first one). Implementations are thread-safe.
 */
public interface OrbitPropagator {

	/**
	 * Problems with an orbit or a request before anything is propagated: a TLE line of the
	 * wrong length or with a bad checksum, Keplerian elements out of range, dates outside the
	 * time-scale data the propagator ships, an epoch too far from the requested range. Each
	 * problem is a pair of the field it concerns (e.g. {@code tleLine2}, {@code start}) and one
	 * lower-case sentence without a full stop.
	 *
	 * @return the problems, empty if the request can be propagated
	 */
	List<Problem> problems(PassRequest request);

	/**
	 * Predicts the passes. A propagation failure inside the range is reported as a
	 * {@link PassFailure} for the station and instant, and the other passes still complete.
	 *
	 * @param request   a request without {@link #problems problems}
	 * @param cancelled polled between steps; the prediction stops early when it answers true
	 * @return the passes, failures and ground track
	 * @throws IllegalArgumentException if the request has problems
	 */
	PassPrediction predict(PassRequest request, BooleanSupplier cancelled);

	/**
	 * A problem with one field of a request.
	 *
	 * @param field   the field, e.g. {@code tleLine1}, {@code inclination}, {@code end}
	 * @param message the problem, lower case, without a full stop
	 */
	record Problem(String field, String message) {
	}
}
