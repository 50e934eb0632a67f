/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.satellite;

import java.util.List;

import org.openqci.core.spi.ChannelModel;
import org.openqci.core.spi.ParameterDescriptor;
import org.osgi.service.component.annotations.Component;

/**
 * A satellite-to-ground optical link at one elevation and range, the loss model of SatQuMA
 * (J. S. Sidhu, T. Brougham, D. McArthur, R. G. Pousa, D. K. L. Oi, "Finite key effects in
 * satellite quantum key distribution", npj Quantum Inf. 8, 18 (2022); code cnqo-qcomms/SatQuMA):
 * far-field diffraction of a Gaussian beam truncated by the satellite's aperture, collected by the
 * ground telescope ({@link FarFieldDiffraction}), atmospheric extinction T_zen^(X(e)/X(90 deg)) with
 * the Kasten-Young air mass ({@link Atmosphere}; SatQuMA interpolates MODTRAN data instead), pointing
 * jitter and a fixed intrinsic loss ({@link SatelliteLink}). The defaults are SatQuMA's reference
 * system: 500 km, 785 nm, transmitter and receiver aperture radii 0.15 m and 0.6 m (diameters 0.3 m
 * and 1.2 m), beam waist equal to the transmitter radius, 15 dB intrinsic loss. The downlink's
 * turbulence sits at the end of the path and hardly spreads the beam; it is not modelled (its
 * coupling losses belong to the intrinsic loss). The noise is night-sky light in the field of view
 * ({@link Background}).
 */
@Component(service = ChannelModel.class)
public final class SatelliteDownlink extends SatelliteChannel {

	/** The model's id, as stored in experiment files. */
	public static final String ID = "satellite-downlink";

	private static final List<ParameterDescriptor> PARAMETERS = common(0.3, 1.2,
			"Spectral radiance of the night sky in the field of view (moonless dark site, about I = 20 mag "
					+ "per square arcsecond: 5e-9; a full moon raises it about tenfold)");

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Satellite downlink";
	}

	@Override
	public String description() {
		return "Satellite-to-ground optical link at one elevation: far-field diffraction of a truncated Gaussian "
				+ "beam, air-mass atmospheric extinction, pointing jitter and intrinsic loss, as in SatQuMA (Sidhu "
				+ "et al., npj Quantum Inf. 8, 18 (2022)); night-sky background.";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	boolean isUplink() {
		return false;
	}
}
