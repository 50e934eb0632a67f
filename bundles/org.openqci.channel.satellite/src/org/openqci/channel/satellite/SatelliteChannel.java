/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.satellite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.ChannelModel;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;

/**
 * What the satellite downlink and uplink share: the parameters, their conversion to SI units and
 * the budget ({@link SatelliteLink} for the transmittance, {@link Background} for the noise). The
 * segment is one step of a pass: elevation and range are parameters (the pass engine sets them
 * from the orbit; with {@code slantRange} 0 the range follows from the altitude and elevation on a
 * spherical Earth). Thread-safe: no state.
 */
abstract class SatelliteChannel implements ChannelModel {

	static final String ELEVATION = "elevation";
	static final String ALTITUDE = "altitude";
	static final String SLANT_RANGE = "slantRange";
	static final String WAVELENGTH = "wavelength";
	static final String TRANSMITTER_APERTURE = "transmitterAperture";
	static final String RECEIVER_APERTURE = "receiverAperture";
	static final String BEAM_WAIST_RATIO = "beamWaistRatio";
	static final String POINTING_JITTER = "pointingJitter";
	static final String INTRINSIC_LOSS = "intrinsicLoss";
	static final String ZENITH_TRANSMITTANCE = "zenithTransmittance";
	static final String GROUND_TURBULENCE = "groundTurbulence";
	static final String BACKGROUND_RADIANCE = "backgroundRadiance";
	static final String DAYLIGHT_RADIANCE = "daylightRadiance";
	static final String SUN_ELEVATION = "sunElevation";
	static final String FIELD_OF_VIEW = "fieldOfView";
	static final String FILTER_BANDWIDTH = "filterBandwidth";
	static final String DETECTION_WINDOW = "detectionWindow";

	/** The geometry, optics and atmosphere parameters both directions share (apertures differ). */
	static List<ParameterDescriptor> common(double transmitterDiameter, double receiverDiameter, String background) {
		return List.of(
				ParameterDescriptor.of(ELEVATION, "Elevation", "deg", 90, 0, 90,
						"Elevation of the satellite seen from the ground station"),
				ParameterDescriptor.of(ALTITUDE, "Satellite altitude", "km", 500, 100, 40000,
						"Altitude of the satellite above the ground station (SatQuMA: 500 km)"),
				ParameterDescriptor.of(SLANT_RANGE, "Slant range", "km", 0, 0, 50000,
						"Distance ground station to satellite; 0 to compute it from altitude and elevation on a "
								+ "spherical Earth (the pass engine sets it from the orbit)"),
				ParameterDescriptor.of(WAVELENGTH, "Wavelength", "nm", 785, 400, 1700,
						"Signal wavelength (SatQuMA: 785 or 810 nm)"),
				ParameterDescriptor.of(TRANSMITTER_APERTURE, "Transmitter aperture", "m", transmitterDiameter, 0.01, 2,
						"Diameter of the transmitting telescope's clear aperture"),
				ParameterDescriptor.of(RECEIVER_APERTURE, "Receiver aperture", "m", receiverDiameter, 0.01, 4,
						"Diameter of the receiving telescope's clear aperture"),
				ParameterDescriptor.of(BEAM_WAIST_RATIO, "Beam waist / aperture radius", "", 1, 0.1, 10,
						"1/e^2 intensity radius of the Gaussian beam at the transmitter over the aperture radius "
								+ "(SatQuMA: 1; far-field optimum after Klein and Degnan: 0.89)"),
				ParameterDescriptor.of(POINTING_JITTER, "Pointing jitter", "urad", 0, 0, 100,
						"Rms pointing error per axis (0: pointing losses counted in the intrinsic loss, as SatQuMA)"),
				ParameterDescriptor.of(INTRINSIC_LOSS, "Intrinsic loss", "dB", 15, 0, 60,
						"Fixed losses of transmitter and receiver optics, coupling and clipping "
								+ "(SatQuMA's intrinsic system loss: 15 dB)"),
				ParameterDescriptor.of(ZENITH_TRANSMITTANCE, "Zenith transmittance", "", 0.876, 0, 1,
						"Atmospheric transmittance towards the zenith (SatQuMA's MODTRAN data: 0.876 at 785 nm, "
								+ "0.814 at 810 nm)"),
				ParameterDescriptor.of(BACKGROUND_RADIANCE, "Background radiance", "W/(m2 sr nm)", 5e-9, 0, 1, background),
				ParameterDescriptor.of(DAYLIGHT_RADIANCE, "Daylight radiance", "W/(m2 sr nm)", 5e-3, 0, 1,
						"Spectral radiance of the background with the Sun above the horizon (clear day sky, or the "
								+ "sunlit Earth for an uplink; an assumed order of magnitude, see docs/channels.md)"),
				ParameterDescriptor.of(SUN_ELEVATION, "Sun elevation", "deg", -90, -90, 90,
						"Elevation of the Sun at the ground station: night below -18 degrees, day above 0, "
								+ "twilight between (the pass engine sets it from the date)"),
				ParameterDescriptor.of(FIELD_OF_VIEW, "Field of view", "urad", 100, 1, 10000,
						"Full-angle field of view of the receiver"),
				ParameterDescriptor.of(FILTER_BANDWIDTH, "Filter bandwidth", "nm", 1, 0.01, 100,
						"Spectral width of the receiver's filter"),
				ParameterDescriptor.of(DETECTION_WINDOW, "Detection window", "ns", 1, 0.01, 1000,
						"Duration of one detection window (gate)"));
	}

	/** Whether this is the uplink (ground to satellite). */
	abstract boolean isUplink();

	@Override
	public ChannelBudget budget(ParameterValues p) {
		SatelliteLink link = link(p);
		double radiance = Background.radiance(p.get(SUN_ELEVATION), p.get(BACKGROUND_RADIANCE), p.get(DAYLIGHT_RADIANCE));
		double noise = Background.photons(radiance, p.get(RECEIVER_APERTURE),
				p.get(FIELD_OF_VIEW) * 1e-6, p.get(FILTER_BANDWIDTH), p.get(DETECTION_WINDOW) * 1e-9,
				p.get(WAVELENGTH) * 1e-9);
		return new ChannelBudget(link.transmittance(), noise);
	}

	/** The link at these parameter values (SI units). */
	SatelliteLink link(ParameterValues p) {
		double elevation = Math.toRadians(Math.min(90.0, Math.max(0.0, p.get(ELEVATION))));
		double altitude = p.get(ALTITUDE) * 1e3;
		return new SatelliteLink(elevation, range(p), altitude, p.get(WAVELENGTH) * 1e-9,
				0.5 * p.get(TRANSMITTER_APERTURE), 0.5 * p.get(TRANSMITTER_APERTURE) * p.get(BEAM_WAIST_RATIO),
				0.5 * p.get(RECEIVER_APERTURE), p.get(POINTING_JITTER) * 1e-6,
				Math.pow(10.0, -p.get(INTRINSIC_LOSS) / 10.0), p.get(ZENITH_TRANSMITTANCE),
				isUplink() ? p.get(GROUND_TURBULENCE) : Double.NaN);
	}

	/** The slant range in m: the given one, or the spherical-Earth range at this elevation. */
	static double range(ParameterValues p) {
		double given = p.get(SLANT_RANGE);
		if (given > 0.0) {
			return given * 1e3;
		}
		double elevation = Math.toRadians(Math.min(90.0, Math.max(0.0, p.get(ELEVATION))));
		return Atmosphere.slantRange(p.get(ALTITUDE) * 1e3, elevation);
	}

	@Override
	public List<String> configurationProblems(ParameterValues p) {
		List<String> problems = new ArrayList<>();
		double given = p.get(SLANT_RANGE);
		if (given > 0.0 && given < p.get(ALTITUDE)) {
			problems.add("the slantRange must not be shorter than the altitude (the satellite is closest overhead)");
		}
		double fresnel = link(p).fresnelNumber();
		if (fresnel > 1.0) {
			problems.add(String.format(Locale.ROOT,
					"the transmitterAperture is too large for the far-field diffraction model at this range "
							+ "(Fresnel number radius^2 / (wavelength slantRange) = %.2f, must stay below 1)",
					fresnel));
		}
		return problems;
	}
}
