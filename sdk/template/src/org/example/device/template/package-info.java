/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * A device plugin template: a simulated photon counter that reports a Poisson-distributed count
 * rate. Copy it, rename it, and replace the simulation in {@link
 * org.example.device.template.PhotonCounterHandler#measure()} with the talk to your instrument.
 */
package org.example.device.template;
