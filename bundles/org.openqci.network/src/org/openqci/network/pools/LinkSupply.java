/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.pools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How key arrives in one link's pool: steadily, during time windows, or both (the rates add).
 * Links without a supply fill steadily at their {@link org.openqci.network.Link#keyRate()}.
 *
 * @param link                the link's id
 * @param steadyBitsPerSecond the steady rate in bit/s, at least 0
 * @param windows             the windows, kept sorted by start; they must not overlap
 * @param period              0 for windows given once, in seconds from the start; otherwise the
 *                            period in s after which the windows, all within [0, period), repeat
 */
public record LinkSupply(String link, double steadyBitsPerSecond, List<SupplyWindow> windows, double period) {

	/** Checks the rate and the period, sorts the windows and checks that they do not overlap. */
	public LinkSupply {
		if (link == null || link.isBlank()) {
			throw new IllegalArgumentException("link supply without a link id");
		}
		String element = "supply of link " + link;
		Checks.nonNegative(steadyBitsPerSecond, element, "steady rate (bit/s)");
		Checks.nonNegative(period, element, "period (s)");
		Objects.requireNonNull(windows, () -> element + ": windows");
		List<SupplyWindow> sorted = new ArrayList<>(windows.size());
		for (SupplyWindow window : windows) {
			sorted.add(Objects.requireNonNull(window, () -> element + ": a window is null"));
		}
		sorted.sort(Comparator.comparingDouble(SupplyWindow::start));
		for (int k = 0; k < sorted.size(); k++) {
			SupplyWindow window = sorted.get(k);
			if (k > 0 && window.start() < sorted.get(k - 1).end()) {
				throw new IllegalArgumentException(element + ": windows " + span(sorted.get(k - 1)) + " and "
						+ span(window) + " overlap");
			}
			if (period > 0 && window.end() > period) {
				throw new IllegalArgumentException(element + ": window " + span(window) + " is not within the period [0, "
						+ period + ") s");
			}
		}
		windows = List.copyOf(sorted);
	}

	private static String span(SupplyWindow window) {
		return "[" + window.start() + ", " + window.end() + ") s";
	}

	/** Key at a steady rate in bit/s. */
	public static LinkSupply steady(String link, double bitsPerSecond) {
		return new LinkSupply(link, bitsPerSecond, List.of(), 0);
	}

	/** Key only during the windows, repeated every {@code period} seconds (0: not repeated). */
	public static LinkSupply windows(String link, List<SupplyWindow> windows, double period) {
		return new LinkSupply(link, 0, windows, period);
	}
}
