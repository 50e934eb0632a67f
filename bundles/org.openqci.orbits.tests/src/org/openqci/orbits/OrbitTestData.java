/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.orbits;

import java.time.Instant;
import java.util.List;

import org.openqci.core.orbit.OrbitElements;
import org.openqci.core.orbit.PassRequest;
import org.openqci.core.orbit.Station;

/** Orbits and stations shared by the tests. */
final class OrbitTestData {

	/** The ISS on 2008-09-20, the widely reproduced example of the TLE format. */
	static final String ISS_1 = "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927";
	static final String ISS_2 = "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537";

	static final Station GRAZ = new Station("Graz", 47.067, 15.493, 500, 10);

	static final Instant DAY_START = Instant.parse("2008-09-20T12:00:00Z");

	private OrbitTestData() {
	}

	static PassRequest issOverGraz(Instant start, Instant end) {
		return new PassRequest(OrbitElements.tle("ISS", ISS_1, ISS_2), List.of(GRAZ), start, end, 1.0);
	}

	/** A line with its modulo-10 checksum recomputed after an edit. */
	static String withChecksum(String line) {
		int sum = 0;
		for (int i = 0; i < 68; i++) {
			char c = line.charAt(i);
			sum += Character.isDigit(c) ? c - '0' : c == '-' ? 1 : 0;
		}
		return line.substring(0, 68) + (sum % 10);
	}
}
