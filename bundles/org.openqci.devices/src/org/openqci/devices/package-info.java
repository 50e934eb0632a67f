/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The workbench side of the device SDK: the configured devices, their handlers from the installed
 * {@link org.openqci.device.api.DeviceHandlerFactory} services, their status and a rolling history
 * of their readings, saved in a JSON file.
 */
package org.openqci.devices;
