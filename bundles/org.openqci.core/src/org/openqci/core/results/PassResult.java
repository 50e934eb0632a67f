/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The key one link distils from one satellite pass over one station, the whole pass one block.
 *
 * @param linkId              the link's id
 * @param linkName            the link's display name
 * @param station             the station's name
 * @param number              the pass's number at the station, from 1
 * @param start               when the pass starts (satellite above the station's mask)
 * @param end                 when it ends
 * @param maxElevationDeg     the pass's highest elevation, degrees
 * @param sunElevationDeg     the Sun's elevation at the station at that moment, degrees
 * @param secretBits          the secret key of the pass, bits
 * @param pulses              the pulses sent during the pass
 * @param detections          the expected detections of signal pulses
 * @param qber                their error rate over the pass
 * @param finiteKey           whether the key comes from one finite-key analysis of the whole pass
 * @param optimisedParameters the free parameters' values chosen for the pass, by parameter path
 * @param timeline            the pass step by step
 */
public record PassResult(String linkId, String linkName, String station, int number, Instant start, Instant end,
		double maxElevationDeg, double sunElevationDeg, double secretBits, double pulses, double detections, double qber, boolean finiteKey,
		Map<String, Double> optimisedParameters, List<PassPoint> timeline) {

	/** Copies the map and the list. */
	public PassResult {
		optimisedParameters = Map.copyOf(optimisedParameters);
		timeline = List.copyOf(timeline);
	}

	/** The sky at the pass's highest point: night, twilight or day, from the Sun's elevation. */
	public String sky() {
		return sunElevationDeg < -18.0 ? "night" : sunElevationDeg < 0.0 ? "twilight" : "day";
	}

	/** The pass's duration. */
	public Duration duration() {
		return Duration.between(start, end);
	}
}
