/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.orbit;

/**
 * A ground station on the WGS-84 ellipsoid.
 *
 * @param name            the station's name, unique in an analysis
 * @param latitudeDeg     geodetic latitude, degrees
 * @param longitudeDeg    longitude east, degrees
 * @param altitudeM       height above the ellipsoid, metres
 * @param minElevationDeg elevation above which the station tracks the satellite, degrees
 */
public record Station(String name, double latitudeDeg, double longitudeDeg, double altitudeM, double minElevationDeg) {
}
