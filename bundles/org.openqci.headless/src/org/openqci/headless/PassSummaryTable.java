/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqci.charts.PassTimelineChartFactory;
import org.openqci.core.orbit.Station;
import org.openqci.core.results.PassResult;
import org.openqci.core.results.PassResults;

/**
 * A plain-text table of a pass analysis for the terminal: per link and station, the number of
 * passes (how many at night, how many give key), the key of the best pass, the total over the range, and the
 * mean per day and per year.
 */
final class PassSummaryTable {

	private PassSummaryTable() {
	}

	/** The table's lines, a title line first. */
	static List<String> lines(PassResults passes) {
		List<List<String>> table = new ArrayList<>();
		table.add(List.of("link / station", "passes", "at night", "with key", "best pass", "total", "per day",
				"per year"));
		Map<String, String> links = new LinkedHashMap<>();
		passes.passes().forEach(p -> links.putIfAbsent(p.linkId(), p.linkName()));
		for (String link : links.keySet()) {
			for (Station station : passes.stations()) {
				List<PassResult> own = passes.passes(link, station.name());
				double best = own.stream().mapToDouble(PassResult::secretBits).max().orElse(0.0);
				table.add(List.of(link + " / " + station.name(), Integer.toString(own.size()),
						Long.toString(own.stream().filter(p -> p.sky().equals("night")).count()),
						Long.toString(own.stream().filter(p -> p.secretBits() > 0).count()),
						PassTimelineChartFactory.bits(best), PassTimelineChartFactory.bits(passes.totalBits(link, station.name())),
						PassTimelineChartFactory.bits(passes.bitsPerDay(link, station.name())),
						PassTimelineChartFactory.bits(passes.bitsPerYear(link, station.name()))));
			}
		}
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "secret key from the passes of %s, %s to %s (%.1f days):", passes.satellite(),
				passes.start(), passes.end(), passes.days()));
		lines.addAll(SummaryTable.format(table));
		return lines;
	}
}
