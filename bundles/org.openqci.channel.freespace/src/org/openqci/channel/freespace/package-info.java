/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The horizontal free-space optical channel segment between two telescopes, contributed as a
 * {@link org.openqci.core.spi.ChannelModel} service, and the beam, turbulence, extinction and
 * sky-background physics it is built from.
 */
package org.openqci.channel.freespace;
