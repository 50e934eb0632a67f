/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The entry point of a device plugin: register an implementation as an OSGi service (e.g. with
 * {@code @Component(service = DeviceHandlerFactory.class)}); the workbench lists its types and
 * asks it for a handler per configured device.
 *
 * @since 1.0
 */
@ConsumerType
public interface DeviceHandlerFactory {

	/** The device types this factory supports. */
	List<DeviceType> supportedTypes();

	/**
	 * A new handler for a configured device of one of the {@link #supportedTypes()}. Must not
	 * connect or block: that is {@link DeviceHandler#initialize()}'s work.
	 */
	DeviceHandler createHandler(DeviceContext context);
}
