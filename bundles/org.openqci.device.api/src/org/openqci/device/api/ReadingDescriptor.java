/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.api;

/**
 * A quantity a device reports over time (a count rate, a power, a temperature, a key stock).
 *
 * @param name        the reading's name, used in {@link Reading#name()}
 * @param label       a short label for views
 * @param unit        the unit of its values, as in the models' descriptors ({@code ""}: dimensionless)
 * @param description one line of documentation
 * @since 1.0
 */
public record ReadingDescriptor(String name, String label, String unit, String description) {
}
