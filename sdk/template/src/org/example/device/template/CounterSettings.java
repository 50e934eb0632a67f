/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.device.template;

/**
 * The configuration of a counter, bound by the SDK from the type's parameters (same names).
 *
 * @param meanRate       the mean count rate the simulation draws from, in counts per second
 * @param gateTime       the counting time of one reading, in seconds
 * @param updateInterval the time between two readings, in milliseconds
 */
record CounterSettings(double meanRate, double gateTime, double updateInterval) {
}
