/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The optical fibre channel segment, contributed as a {@link org.openqci.core.spi.ChannelModel}
 * service.
 */
package org.openqci.channel.fibre;
