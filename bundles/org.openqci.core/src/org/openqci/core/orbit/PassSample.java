/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.orbit;

import java.time.Instant;

/**
 * The satellite seen from a station at one instant of a pass.
 *
 * @param time         the instant
 * @param elevationDeg elevation above the horizon, degrees
 * @param azimuthDeg   azimuth from north through east, degrees
 * @param rangeKm      distance from the station to the satellite, km
 * @param sunElevationDeg elevation of the Sun at the station, degrees (below -18: night)
 */
public record PassSample(Instant time, double elevationDeg, double azimuthDeg, double rangeKm,
		double sunElevationDeg) {
}
