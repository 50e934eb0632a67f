/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.api;

import java.time.Instant;

/**
 * One value of a reading at one instant.
 *
 * @param name  the reading's name, as its {@link ReadingDescriptor} declares it
 * @param value the value, in the descriptor's unit
 * @param time  when it was measured
 * @since 1.0
 */
public record Reading(String name, double value, Instant time) {
}
