/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import java.util.List;

import org.openqci.device.api.DeviceContext;
import org.openqci.device.api.DeviceHandler;
import org.openqci.device.api.DeviceHandlerFactory;
import org.openqci.device.api.DeviceType;
import org.osgi.service.component.annotations.Component;

/**
 * The simulated device catalogue as live devices: one type per catalogue entry
 * ({@code sim-wcp-laser}, {@code sim-spdc-source}, {@code sim-ingaas-spad}, {@code sim-snspd},
 * {@code sim-time-tagger}, {@code sim-homodyne}), each with presets from public datasheets or
 * papers, handled by a {@link SimulatedDeviceHandler}.
 */
@Component(service = DeviceHandlerFactory.class)
public final class SimulatedDeviceFactory implements DeviceHandlerFactory {

	@Override
	public List<DeviceType> supportedTypes() {
		return Catalogue.deviceTypes();
	}

	@Override
	public DeviceHandler createHandler(DeviceContext context) {
		return new SimulatedDeviceHandler(context, Catalogue.require(context.type().id()));
	}
}
