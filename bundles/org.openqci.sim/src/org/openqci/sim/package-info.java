/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Event-level simulation of QKD links: what Alice sent and what Bob's detectors registered,
 * pulse by pulse in distribution, without touching the pulses nobody detects. Decoy-state BB84
 * first ({@link org.openqci.sim.DecoyBb84Simulator}).
 */
package org.openqci.sim;
