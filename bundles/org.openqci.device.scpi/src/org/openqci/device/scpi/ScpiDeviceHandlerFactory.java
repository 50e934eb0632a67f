/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.scpi;

import java.util.List;

import org.openqci.device.api.CommandDescriptor;
import org.openqci.device.api.DeviceCategory;
import org.openqci.device.api.DeviceContext;
import org.openqci.device.api.DeviceHandler;
import org.openqci.device.api.DeviceHandlerFactory;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.ReadingDescriptor;
import org.openqci.device.scpi.ScpiProfile.Command;
import org.openqci.device.scpi.ScpiProfile.Kind;
import org.openqci.device.scpi.ScpiProfile.Poll;
import org.osgi.service.component.annotations.Component;

/**
 * Instruments speaking SCPI (Standard Commands for Programmable Instruments, SCPI Consortium,
 * 1999; {@code *IDN?} from IEEE 488.2) over a raw TCP socket, one line per command and answer: an
 * optical power meter ({@value #POWER_METER}) and a two-channel counter or time tagger
 * ({@value #COUNTER}).
 */
@Component(service = DeviceHandlerFactory.class)
public final class ScpiDeviceHandlerFactory implements DeviceHandlerFactory {

	/** The power meter's type id. */
	public static final String POWER_METER = "scpi-power-meter";

	/** The counter's type id. */
	public static final String COUNTER = "scpi-counter";

	private static final Command IDENTIFY = new Command(new CommandDescriptor("identify", "Identify", null,
			"Asks the instrument for its maker, model, serial number and firmware (*IDN?)"), Kind.TEXT_QUERY, "*IDN?");

	private static final List<ScpiProfile> PROFILES = List.of(
			ScpiProfile.of(POWER_METER, "SCPI optical power meter",
					"An optical power meter with a raw SCPI socket (MEAS:POW?, SENS:POW:WAV), as described by "
							+ "the SCPI-99 standard and the instrument's programming manual.",
					DeviceCategory.INSTRUMENT,
					List.of(new Poll(new ReadingDescriptor("power", "Optical power", "W",
							"The optical power at the detector (MEAS:POW?)"), "MEAS:POW?")),
					List.of(IDENTIFY,
							new Command(new CommandDescriptor("setWavelength", "Set wavelength", "wavelength in nm",
									"Sets the wavelength the meter's responsivity is calibrated for (SENS:POW:WAV)"),
									Kind.NUMBER_SETTING, "SENS:POW:WAV"),
							new Command(new CommandDescriptor("wavelength", "Wavelength", null,
									"Asks for the calibration wavelength in nm (SENS:POW:WAV?)"),
									Kind.NUMBER_QUERY, "SENS:POW:WAV?"))),
			ScpiProfile.of(COUNTER, "SCPI two-channel counter",
					"A two-channel photon counter or time tagger with a raw SCPI socket (MEAS:COUN? n, "
							+ "SENS:GATE), as described by the SCPI-99 standard and the instrument's programming manual.",
					DeviceCategory.TIME_TAGGER,
					List.of(new Poll(new ReadingDescriptor("countRate1", "Count rate 1", "Hz",
							"The count rate on channel 1 (MEAS:COUN? 1)"), "MEAS:COUN? 1"),
							new Poll(new ReadingDescriptor("countRate2", "Count rate 2", "Hz",
									"The count rate on channel 2 (MEAS:COUN? 2)"), "MEAS:COUN? 2")),
					List.of(IDENTIFY,
							new Command(new CommandDescriptor("setGate", "Set gate time", "gate time in s",
									"Sets the counting gate time (SENS:GATE)"), Kind.NUMBER_SETTING, "SENS:GATE"))));

	/** The factory; the workbench finds it as an OSGi service. */
	public ScpiDeviceHandlerFactory() {
	}

	@Override
	public List<DeviceType> supportedTypes() {
		return PROFILES.stream().map(ScpiProfile::type).toList();
	}

	/**
	 * {@inheritDoc}
	 *
	 * @throws IllegalArgumentException if the context's type is not one of {@link #supportedTypes()}
	 */
	@Override
	public DeviceHandler createHandler(DeviceContext context) {
		String id = context.type().id();
		ScpiProfile profile = profile(id);
		if (profile == null) {
			throw new IllegalArgumentException("'" + id + "' is not an SCPI device type; this factory supports "
					+ PROFILES.stream().map(p -> p.type().id()).toList());
		}
		return new ScpiDeviceHandler(context, profile);
	}

	/** The profile of a type id, or {@code null}. */
	static ScpiProfile profile(String id) {
		return PROFILES.stream().filter(p -> p.type().id().equals(id)).findFirst().orElse(null);
	}
}
