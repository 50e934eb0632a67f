/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.orbit;

import java.util.List;

/**
 * The outcome of a pass prediction.
 *
 * @param passes      every pass over every station, in station order, then time order
 * @param failures    what could not be predicted (each names the station and instant)
 * @param groundTrack the satellite's ground track over the range (sampled coarser than passes)
 */
public record PassPrediction(List<Pass> passes, List<PassFailure> failures, List<TrackPoint> groundTrack) {

	/** Copies the lists. */
	public PassPrediction {
		passes = List.copyOf(passes);
		failures = List.copyOf(failures);
		groundTrack = List.copyOf(groundTrack);
	}
}
