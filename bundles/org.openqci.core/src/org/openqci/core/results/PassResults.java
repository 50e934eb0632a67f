/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.openqci.core.orbit.PassFailure;
import org.openqci.core.orbit.Station;
import org.openqci.core.orbit.TrackPoint;

/**
 * The outcome of an experiment's pass analysis: the key of every link over every pass, what could
 * not be predicted, and the satellite's ground track.
 *
 * @param satellite   the satellite's name
 * @param start       first instant of the analysed range
 * @param end         last instant of the range
 * @param stations    the ground stations
 * @param passes      one result per link and pass, by link, then station, then time
 * @param failures    passes or stretches that could not be predicted
 * @param groundTrack the satellite's ground track over the range
 */
public record PassResults(String satellite, Instant start, Instant end, List<Station> stations,
		List<PassResult> passes, List<PassFailure> failures, List<TrackPoint> groundTrack) {

	/** Seconds in a Julian year, for keys per year. */
	public static final double SECONDS_PER_YEAR = 365.25 * 86400.0;

	/** Copies the lists. */
	public PassResults {
		stations = List.copyOf(stations);
		passes = List.copyOf(passes);
		failures = List.copyOf(failures);
		groundTrack = List.copyOf(groundTrack);
	}

	/** The pass with the most key of the first link, if there are passes. */
	public PassResult bestPassOfFirstLink() {
		if (passes.isEmpty()) {
			return null;
		}
		String first = passes.get(0).linkId();
		return passes.stream().filter(p -> p.linkId().equals(first))
				.max(Comparator.comparingDouble(PassResult::secretBits)).orElse(null);
	}

	/** The length of the analysed range in days. */
	public double days() {
		return Duration.between(start, end).toMillis() / 86_400_000.0;
	}

	/** The passes of one link over one station. */
	public List<PassResult> passes(String linkId, String station) {
		return passes.stream().filter(p -> p.linkId().equals(linkId) && p.station().equals(station)).toList();
	}

	/** The total key of one link over one station in the range, bits. */
	public double totalBits(String linkId, String station) {
		return passes(linkId, station).stream().mapToDouble(PassResult::secretBits).sum();
	}

	/** The mean key per day of one link over one station, bits. */
	public double bitsPerDay(String linkId, String station) {
		double days = days();
		return days > 0.0 ? totalBits(linkId, station) / days : 0.0;
	}

	/** The key per year of one link over one station, extrapolated from the range, bits. */
	public double bitsPerYear(String linkId, String station) {
		return bitsPerDay(linkId, station) * SECONDS_PER_YEAR / 86400.0;
	}
}
