/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.satellite;

import java.util.ArrayList;
import java.util.List;

import org.openqci.core.spi.ChannelModel;
import org.openqci.core.spi.ParameterDescriptor;
import org.osgi.service.component.annotations.Component;

/**
 * A ground-to-satellite optical link at one elevation and range: the diffraction, air-mass
 * extinction, pointing and intrinsic loss of {@link SatelliteDownlink}, and the turbulence the beam
 * meets right after the transmitter, which spreads it and makes it wander: the long-term beam
 * radius of a collimated beam through the Hufnagel-Valley profile (HV 5/7 by default, ground
 * turbulence a parameter), after L. C. Andrews, R. L. Phillips, Laser Beam Propagation through
 * Random Media, 2nd ed. (2005), Ch. 12 ({@link Atmosphere#uplinkSpread}), divides the collected power
 * by 1 + T. The noise is light from the night-time Earth in the satellite receiver's field of view.
 */
@Component(service = ChannelModel.class)
public final class SatelliteUplink extends SatelliteChannel {

	/** The model's id, as stored in experiment files. */
	public static final String ID = "satellite-uplink";

	private static final List<ParameterDescriptor> PARAMETERS;

	static {
		List<ParameterDescriptor> list = new ArrayList<>(common(0.3, 0.3,
				"Spectral radiance of the night-time Earth seen by the satellite (rough estimate, as dark as a "
						+ "moonless sky: 5e-9; towns and moonlight raise it)"));
		list.add(list.size() - 4, ParameterDescriptor.of(GROUND_TURBULENCE, "Ground turbulence", "m^-2/3", 1.7e-14, 0,
				1e-12, "Ground-layer strength A of the Hufnagel-Valley Cn2 profile, rms wind 21 m/s "
						+ "(HV 5/7: 1.7e-14, r0 = 5 cm at 500 nm)"));
		PARAMETERS = List.copyOf(list);
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Satellite uplink";
	}

	@Override
	public String description() {
		return "Ground-to-satellite optical link at one elevation: far-field diffraction, turbulent beam spreading "
				+ "and wander (Hufnagel-Valley profile, Andrews and Phillips), air-mass extinction, pointing jitter "
				+ "and intrinsic loss; background from the night-time Earth.";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	boolean isUplink() {
		return true;
	}
}
