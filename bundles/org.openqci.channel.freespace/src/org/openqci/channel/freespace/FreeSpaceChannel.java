/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.freespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.ChannelModel;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.osgi.service.component.annotations.Component;

/**
 * A horizontal terrestrial free-space optical link between two telescopes. The mean transmittance
 * is the product of the Gaussian-beam collection efficiency (diffraction from the transmitter
 * aperture, turbulence broadening to the long-term beam radius of Andrews and Phillips, pointing
 * jitter), the extinction of the air from the visibility (Kim, McArthur, Korevaar, Proc. SPIE 4214
 * (2001)) and a lumped optical loss; the noise is the sky background in the receiver's field of
 * view and filter. The formulas and their sources are in {@link FreeSpaceLink} and the classes it
 * uses. Typical values come with the descriptors.
 */
@Component(service = ChannelModel.class)
public final class FreeSpaceChannel implements ChannelModel {

	/** The model's id, as stored in experiment files. */
	public static final String ID = "free-space";

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.required("length", "Length", "km", 0, 500,
					"Distance between the two telescopes (horizontal path of constant conditions)"),
			ParameterDescriptor.of("wavelength", "Wavelength", "nm", 850, 400, 2000,
					"Signal wavelength (Si-detector links: about 800 to 850 nm)"),
			ParameterDescriptor.of("transmitterAperture", "Transmitter aperture", "m", 0.1, 0, 10,
					"Diameter of the transmitting telescope; the beam waist is 0.319 times it "
							+ "(optimally truncated Gaussian)"),
			ParameterDescriptor.of("receiverAperture", "Receiver aperture", "m", 0.3, 0, 10,
					"Diameter of the receiving telescope (the 144 km Canary link used the 1 m ESA ground station)"),
			ParameterDescriptor.of("visibility", "Visibility", "km", 23, 0.05, 500,
					"Meteorological visibility along the path: 23 km clear, 4 km haze, below 1 km fog; "
							+ "100 to 300 km on mountain-top paths"),
			ParameterDescriptor.of("cn2", "Turbulence strength Cn2", "m^-2/3", 1e-15, 0, 1e-11,
					"Refractive-index structure constant: 1e-16 to 1e-15 on mountain-top paths at night, "
							+ "1e-14 to 1e-13 near the ground by day"),
			ParameterDescriptor.of("pointingJitter", "Pointing jitter", "urad", 2, 0, 1000,
					"Rms pointing error of the transmitter per axis (a few urad with active tracking)"),
			ParameterDescriptor.of("opticalLoss", "Optical loss", "dB", 3, 0, 60,
					"Lumped loss of both telescopes' internal optics (mirrors, lenses, beam truncation)"),
			ParameterDescriptor.of("skyRadiance", "Sky radiance", "W/(m2 sr nm)", 1e-7, 0, 1,
					"Spectral radiance of the sky behind the transmitter: about 1e-8 to 1e-7 at night, "
							+ "0.01 to 0.05 by day"),
			ParameterDescriptor.of("fieldOfView", "Field of view", "urad", 100, 0, 100000,
					"Full angle seen by the receiver's detectors; at least the diffraction limit "
							+ "2.44 wavelength / receiverAperture"),
			ParameterDescriptor.of("filterBandwidth", "Filter bandwidth", "nm", 1, 0.001, 1000,
					"Bandwidth of the receiver's spectral filter"),
			ParameterDescriptor.of("detectionWindow", "Detection window", "ns", 1, 0.001, 1e6,
					"Time window per pulse in which a click counts"));

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Free-space optical link";
	}

	@Override
	public String description() {
		return "Horizontal link between two telescopes: Gaussian-beam diffraction, turbulence broadening "
				+ "(Andrews & Phillips), pointing jitter, extinction from the visibility (Kim et al. 2001) and "
				+ "sky background light; mean transmittance.";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public ChannelBudget budget(ParameterValues p) {
		FreeSpaceLink link = link(p);
		return new ChannelBudget(link.transmittance(), link.noisePhotons());
	}

	@Override
	public List<String> configurationProblems(ParameterValues p) {
		FreeSpaceLink link = link(p);
		List<String> problems = new ArrayList<>();
		if (!(link.transmitterAperture() > 0.0)) {
			problems.add("the transmitter aperture transmitterAperture is 0, so no beam leaves the transmitter");
		}
		if (!(link.receiverAperture() > 0.0)) {
			problems.add("the receiver aperture receiverAperture is 0, so the receiver collects no light");
		} else if (link.fieldOfViewUrad() < link.diffractionLimitedFieldOfViewUrad()) {
			problems.add(String.format(Locale.ROOT,
					"the field of view fieldOfView (%.3g urad) is smaller than the diffraction limit of the "
							+ "receiver, 2.44 wavelength / receiverAperture = %.3g urad, so the detectors cannot "
							+ "see the focused signal",
					link.fieldOfViewUrad(), link.diffractionLimitedFieldOfViewUrad()));
		}
		return problems;
	}

	/** The link at the given parameter values (in the descriptors' units). */
	public static FreeSpaceLink link(ParameterValues p) {
		return new FreeSpaceLink(p.get("length"), p.get("wavelength"), p.get("transmitterAperture"),
				p.get("receiverAperture"), p.get("visibility"), p.get("cn2"), p.get("pointingJitter"),
				p.get("opticalLoss"), p.get("skyRadiance"), p.get("fieldOfView"), p.get("filterBandwidth"),
				p.get("detectionWindow"));
	}
}
