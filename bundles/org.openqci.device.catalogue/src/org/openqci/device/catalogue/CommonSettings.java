/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

/**
 * The parameters every simulated device has, bound from its configuration.
 *
 * @param preset         the preset's name
 * @param updateInterval milliseconds between updates
 * @param seed           the random seed, 0 for a time-based one
 */
record CommonSettings(String preset, long updateInterval, long seed) {
}
