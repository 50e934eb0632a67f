/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.orbit;

import java.time.Instant;

/**
 * A point of the satellite's ground track.
 *
 * @param time         the instant
 * @param latitudeDeg  geodetic latitude of the sub-satellite point, degrees
 * @param longitudeDeg its longitude, degrees in [-180, 180]
 */
public record TrackPoint(Instant time, double latitudeDeg, double longitudeDeg) {
}
