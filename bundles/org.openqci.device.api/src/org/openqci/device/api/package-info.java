/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The device SDK: what a device plugin implements to add a device type to the workbench, in the
 * shape of home-automation bindings. A plugin registers a {@link DeviceHandlerFactory} as an OSGi
 * service; the factory declares the {@link DeviceType}s it supports (configuration as
 * {@link org.openqci.core.spi.ParameterDescriptor}s and {@link TextParameter}s, readings,
 * commands) and creates a {@link DeviceHandler} per configured device. A handler's
 * {@link DeviceHandler#initialize()} returns at once and connects in the background; the handler
 * reports its {@link DeviceStatus} and {@link Reading}s through the {@link DeviceCallback} of its
 * {@link DeviceContext} instead of throwing.
 * <p>
 * Versioning (semantic, per package): types marked {@code @ConsumerType} are implemented by
 * plugins (a new method is a major change for them); types marked {@code @ProviderType} are
 * implemented by the workbench (a new method is a minor change). Import this package with a range
 * such as {@code [1.0,2)}.
 *
 * @since 1.0
 */
@Version("1.0.0")
package org.openqci.device.api;

import org.osgi.annotation.versioning.Version;
