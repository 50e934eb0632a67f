/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

import java.time.Instant;

/**
 * One step of a pass for one link, at the parameters optimised for the whole pass.
 *
 * @param time                the instant
 * @param elevationDeg        the satellite's elevation, degrees
 * @param rangeKm             the distance to the satellite, km
 * @param sunElevationDeg     the Sun's elevation at the station, degrees
 * @param lossDb              the channel's total loss, dB
 * @param detectionsPerSecond expected detections of signal pulses per second
 * @param qber                their error rate
 * @param keySoFarBits        the finite key of the block collected from the start of the pass up to
 *                            this step, bits (0 until the block is long enough for a key)
 */
public record PassPoint(Instant time, double elevationDeg, double rangeKm, double sunElevationDeg, double lossDb,
		double detectionsPerSecond, double qber, double keySoFarBits) {
}
