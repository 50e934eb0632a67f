/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.orbits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Properties;

import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.data.ClasspathCrawler;
import org.orekit.data.DataContext;
import org.orekit.data.LazyLoadedDataContext;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;

/**
 * The Orekit data context of the bundle: the leap-second table shipped in {@code data/tai-utc.dat}
 * (loaded from the bundle's class loader, never from the network or the default Orekit data
 * folder), the dates it is valid for ({@code data/validity.properties}), the frames built on it
 * and an analytical model of the Sun's position. The ITRF uses zero Earth-orientation corrections (none are shipped; see
 * {@code data/README.md} for what that costs). Thread-safe; loaded once.
 */
public final class OrbitData {

	private static final String LEAP_SECONDS = "data/tai-utc.dat";
	private static final String VALIDITY = "data/validity.properties";

	private static volatile OrbitData instance;

	private final DataContext context;
	private final Instant validFrom;
	private final Instant validUntil;
	private final TimeScale utc;
	private final Frame teme;
	private final Frame itrf;
	private final Frame inertial;
	private final OneAxisEllipsoid earth;
	private final AnalyticalSolarPositionProvider sun;

	private OrbitData() {
		ClassLoader loader = OrbitData.class.getClassLoader();
		LazyLoadedDataContext lazy = new LazyLoadedDataContext();
		lazy.getDataProvidersManager().addProvider(new ClasspathCrawler(loader, LEAP_SECONDS));
		this.context = lazy;
		Properties validity = new Properties();
		try (InputStream in = loader.getResourceAsStream(VALIDITY)) {
			if (in == null) {
				throw new IllegalStateException("the bundle's " + VALIDITY + " is missing");
			}
			validity.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		this.validFrom = Instant.parse(validity.getProperty("validFrom"));
		this.validUntil = Instant.parse(validity.getProperty("validUntil"));
		this.utc = context.getTimeScales().getUTC();
		this.teme = context.getFrames().getTEME();
		this.itrf = context.getFrames().getITRF(IERSConventions.IERS_2010, true);
		this.inertial = context.getFrames().getEME2000();
		this.earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS, Constants.WGS84_EARTH_FLATTENING,
				itrf);
		this.sun = new AnalyticalSolarPositionProvider(context);
	}

	/** The shared data context, loaded on first use. */
	public static OrbitData get() {
		OrbitData d = instance;
		if (d == null) {
			synchronized (OrbitData.class) {
				d = instance;
				if (d == null) {
					d = new OrbitData();
					instance = d;
				}
			}
		}
		return d;
	}

	/** First instant the shipped leap-second table covers. */
	public Instant validFrom() {
		return validFrom;
	}

	/** Last instant the shipped leap-second table is known to be right for. */
	public Instant validUntil() {
		return validUntil;
	}

	/** Whether the shipped data covers an instant. */
	public boolean covers(Instant t) {
		return !t.isBefore(validFrom) && !t.isAfter(validUntil);
	}

	/** UTC, from the shipped leap-second table. */
	public TimeScale utc() {
		return utc;
	}

	/** An instant of an Orekit date (UTC from the shipped table). */
	public Instant instant(AbsoluteDate date) {
		return date.toInstant(context.getTimeScales());
	}

	/** The TEME frame of SGP4. */
	public Frame teme() {
		return teme;
	}

	/** The inertial frame of Keplerian elements (EME2000). */
	public Frame inertial() {
		return inertial;
	}

	/**
	 * The Sun's position from Orekit's analytical model (no planetary ephemerides needed; accurate
	 * to a few hundredths of a degree, plenty to tell day from night at a station).
	 */
	public AnalyticalSolarPositionProvider sun() {
		return sun;
	}

	/** The WGS-84 ellipsoid, fixed in the ITRF. */
	public OneAxisEllipsoid earth() {
		return earth;
	}
}
