/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Event-level simulation of QKD links: what Alice sent and what Bob's detectors registered,
 * pulse by pulse in distribution, without touching the pulses nobody detects: decoy-state BB84
 * ({@link org.openqci.sim.DecoyBb84Simulator}, distilled to keys by
 * {@link org.openqci.sim.KeyDistillationRun}) and BBM92 with an entangled pair source
 * ({@link org.openqci.sim.Bbm92Simulator}, detections and statistics only).
 */
package org.openqci.sim;
