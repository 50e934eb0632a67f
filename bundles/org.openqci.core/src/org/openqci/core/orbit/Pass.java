/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.orbit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One pass of the satellite above a station's minimum elevation.
 *
 * @param station         the station's name
 * @param number          the pass's number at this station, from 1, in time order
 * @param start           when the satellite rises above the minimum elevation
 * @param end             when it sets below it
 * @param maxElevationDeg the highest elevation of the pass, degrees
 * @param samples         the satellite at regular steps from start to end
 */
public record Pass(String station, int number, Instant start, Instant end, double maxElevationDeg,
		List<PassSample> samples) {

	/** Copies the samples. */
	public Pass {
		samples = List.copyOf(samples);
	}

	/** The pass's duration. */
	public Duration duration() {
		return Duration.between(start, end);
	}
}
