/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

/**
 * One time slot of a block collected over a time-varying link (a step of a satellite pass).
 *
 * @param budget the link during the slot
 * @param pulses the number of pulses Alice sends during the slot
 */
public record TimeSlot(LinkBudget budget, double pulses) {
}
