/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.orbit;

import java.time.Instant;
import java.util.List;

/**
 * What to predict: the passes of one satellite over some stations in a date range, sampled at a
 * fixed step.
 *
 * @param orbit       the satellite
 * @param stations    the stations
 * @param start       first instant of the range
 * @param end         last instant of the range
 * @param stepSeconds the sampling step along a pass (and of the ground track), seconds
 */
public record PassRequest(OrbitElements orbit, List<Station> stations, Instant start, Instant end, double stepSeconds) {

	/** Copies the station list. */
	public PassRequest {
		stations = List.copyOf(stations);
	}
}
