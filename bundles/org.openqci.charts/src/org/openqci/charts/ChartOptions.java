/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.util.Objects;

/**
 * How to draw a key-rate chart: the unit of the rate axis, which repeaterless bounds to overlay,
 * and the size in pixels.
 *
 * @param rateUnit unit of the secret key rate on the y axis
 * @param showPlob whether to overlay the PLOB bound of each distinct channel
 * @param showTgw  whether to overlay the TGW bound of each distinct channel
 * @param width    width in pixels (positive)
 * @param height   height in pixels (positive)
 */
public record ChartOptions(RateUnit rateUnit, boolean showPlob, boolean showTgw, int width, int height) {

	/** Default width in pixels, suited to a PNG in a report. */
	public static final int DEFAULT_WIDTH = 1200;

	/** Default height in pixels. */
	public static final int DEFAULT_HEIGHT = 800;

	/** The unit of the secret key rate axis. */
	public enum RateUnit {
		/** Bit per pulse sent by Alice. */
		BIT_PER_PULSE("bit/pulse"),
		/** Bit per second: bit per pulse times the link's repetition rate. */
		BIT_PER_SECOND("bit/s");

		private final String symbol;

		RateUnit(String symbol) {
			this.symbol = symbol;
		}

		/** The unit as shown in axis titles, e.g. {@code bit/pulse}. */
		public String symbol() {
			return symbol;
		}
	}

	/** Checks the values. */
	public ChartOptions {
		Objects.requireNonNull(rateUnit, "rateUnit");
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException("chart size must be positive, was " + width + "x" + height);
		}
	}

	/** Bit per pulse, PLOB overlay, no TGW overlay, 1200×800 pixels. */
	public static ChartOptions defaults() {
		return new ChartOptions(RateUnit.BIT_PER_PULSE, true, false, DEFAULT_WIDTH, DEFAULT_HEIGHT);
	}

	/** These options with another rate unit. */
	public ChartOptions withRateUnit(RateUnit unit) {
		return new ChartOptions(unit, showPlob, showTgw, width, height);
	}

	/** These options with the PLOB overlay shown or hidden. */
	public ChartOptions withPlob(boolean show) {
		return new ChartOptions(rateUnit, show, showTgw, width, height);
	}

	/** These options with the TGW overlay shown or hidden. */
	public ChartOptions withTgw(boolean show) {
		return new ChartOptions(rateUnit, showPlob, show, width, height);
	}

	/** These options with another size in pixels. */
	public ChartOptions withSize(int newWidth, int newHeight) {
		return new ChartOptions(rateUnit, showPlob, showTgw, newWidth, newHeight);
	}
}
