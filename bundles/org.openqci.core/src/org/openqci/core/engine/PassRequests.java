/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.openqci.core.orbit.OrbitElements;
import org.openqci.core.orbit.PassRequest;
import org.openqci.core.orbit.Station;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.ModelContribution;
import org.openqci.model.ChannelSegment;
import org.openqci.model.GroundStation;
import org.openqci.model.Link;
import org.openqci.model.PassAnalysis;
import org.openqci.model.Satellite;

/**
 * Turns an experiment's pass analysis into a {@link PassRequest}, and names the channel segments
 * a pass drives: those whose model declares the parameters {@value #ELEVATION} (degrees) and
 * {@value #SLANT_RANGE} (km), which the engine sets from the orbit at every step of a pass, and
 * {@value #SUN_ELEVATION} (degrees) if the model declares it.
 */
public final class PassRequests {

	/** The parameter a pass sets to the satellite's elevation, in degrees. */
	public static final String ELEVATION = "elevation";
	/** The parameter a pass sets to the distance from the station to the satellite, in km. */
	public static final String SLANT_RANGE = "slantRange";
	/** The parameter a pass sets, when the model declares it, to the Sun's elevation at the station, in degrees. */
	public static final String SUN_ELEVATION = "sunElevation";

	private PassRequests() {
	}

	/** Whether a channel model is driven by passes (declares elevation and slant range). */
	public static boolean isSatelliteChannel(ModelContribution model) {
		return model.parameter(ELEVATION).isPresent() && model.parameter(SLANT_RANGE).isPresent();
	}

	/** Whether a link has a channel segment whose model, found in {@code registry}, is driven by passes. */
	public static boolean hasSatelliteChannel(ModelRegistry registry, Link link) {
		for (ChannelSegment segment : link.getChannels()) {
			if (segment.getKind() != null && registry.find(ComponentRole.CHANNEL, segment.getKind())
					.filter(PassRequests::isSatelliteChannel).isPresent()) {
				return true;
			}
		}
		return false;
	}

	/** An ISO-8601 instant, or {@code null} if the text is not one. */
	public static Instant instant(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(text.trim());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The request of a pass analysis (unparsable dates become {@code null}). */
	public static PassRequest of(PassAnalysis passes) {
		Satellite s = passes.getSatellite();
		OrbitElements orbit;
		if (s == null) {
			orbit = OrbitElements.tle("", null, null);
		} else if (!isBlank(s.getTleLine1()) || !isBlank(s.getTleLine2())) {
			orbit = OrbitElements.tle(s.getName(), s.getTleLine1(), s.getTleLine2());
		} else {
			orbit = new OrbitElements(s.getName(), null, null, instant(s.getEpoch()),
					s.isSetAltitude() ? s.getAltitude() : Double.NaN, s.getEccentricity(),
					s.isSetInclination() ? s.getInclination() : Double.NaN, s.getRaan(), s.getArgumentOfPerigee(),
					s.getMeanAnomaly());
		}
		List<Station> stations = passes.getStations().stream().map(PassRequests::station).toList();
		return new PassRequest(orbit, stations, instant(passes.getStart()), instant(passes.getEnd()), passes.getStep());
	}

	private static Station station(GroundStation g) {
		return new Station(g.getName(), g.isSetLatitude() ? g.getLatitude() : Double.NaN,
				g.isSetLongitude() ? g.getLongitude() : Double.NaN, g.getAltitude(), g.getMinElevation());
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
