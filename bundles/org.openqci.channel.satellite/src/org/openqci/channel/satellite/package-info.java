/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Satellite optical link channel segments (downlink and uplink), contributed as
 * {@link org.openqci.core.spi.ChannelModel} services: far-field diffraction of a truncated Gaussian
 * beam, atmospheric extinction with a curved-Earth air mass, pointing jitter, uplink turbulence and
 * background light, for one elevation and range of a pass. The physics lives in plain package
 * classes without OSGi imports.
 */
package org.openqci.channel.satellite;
