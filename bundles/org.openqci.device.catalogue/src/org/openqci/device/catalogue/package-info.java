/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The simulated device catalogue as live devices: a
 * {@link org.openqci.device.api.DeviceHandlerFactory} service ({@link SimulatedDeviceFactory})
 * with one device type per catalogue entry (weak-coherent-pulse laser, SPDC pair source, InGaAs
 * SPAD, SNSPD, time tagger, balanced homodyne detector). Each type has {@link Preset}s, named sets
 * of values from a cited datasheet or paper; a configured device reports noisy readings (Poisson
 * counting noise, Gaussian drifts) on its scheduler. {@link CataloguePresets} turns a preset into
 * the parameters of the key-rate models so that an experiment can take them from a device.
 */
package org.openqci.device.catalogue;
