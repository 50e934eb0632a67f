/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Drivers for instruments that speak SCPI, one command and one answer per line, over a raw TCP
 * socket: an optical power meter and a two-channel counter, contributed as a
 * {@link org.openqci.device.api.DeviceHandlerFactory} service.
 */
package org.openqci.device.scpi;
