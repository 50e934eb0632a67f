/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.device.template;

import java.util.List;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.device.api.CommandDescriptor;
import org.openqci.device.api.DeviceCategory;
import org.openqci.device.api.DeviceContext;
import org.openqci.device.api.DeviceHandler;
import org.openqci.device.api.DeviceHandlerFactory;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.ReadingDescriptor;
import org.osgi.service.component.annotations.Component;

/**
 * Declares the device type and creates its handlers. Registered as a {@link DeviceHandlerFactory}
 * service by Declarative Services (the build writes {@code OSGI-INF/} from the annotation), so
 * the workbench's Devices view offers the type as soon as the bundle is installed.
 */
@Component(service = DeviceHandlerFactory.class)
public final class PhotonCounterFactory implements DeviceHandlerFactory {

	/** The type's id: unique across all plugins, so prefix it with your domain. */
	public static final String TYPE_ID = "org.example.photon-counter";

	static final String COUNT_RATE = "countRate";

	static final String CLEAR = "clear";

	private static final DeviceType TYPE = new DeviceType(TYPE_ID, "Photon counter (template)",
			"A simulated counter: Poisson counts in each gate around a mean rate", DeviceCategory.TIME_TAGGER,
			List.of(ParameterDescriptor.of("meanRate", "Mean count rate", "Hz", 1e5, 0, 1e9,
					"Mean rate of the simulated counts"),
					ParameterDescriptor.of("gateTime", "Gate time", "s", 0.1, 1e-6, 10, "Counting time of a reading"),
					ParameterDescriptor.of("updateInterval", "Update interval", "ms", 500, 10, 60_000,
							"Time between two readings").asInteger()),
			List.of(),
			List.of(new ReadingDescriptor(COUNT_RATE, "Count rate", "Hz", "Counts in the gate over the gate time")),
			List.of(new CommandDescriptor(CLEAR, "Clear", null, "Forgets the total so far")));

	@Override
	public List<DeviceType> supportedTypes() {
		return List.of(TYPE);
	}

	@Override
	public DeviceHandler createHandler(DeviceContext context) {
		return new PhotonCounterHandler(context);
	}
}
