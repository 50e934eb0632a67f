/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.openqci.charts.ChartExport;
import org.openqci.charts.GroundTrackChartFactory;
import org.openqci.charts.PassTimelineChartFactory;
import org.openqci.core.orbit.Station;
import org.openqci.core.orbit.TrackPoint;
import org.openqci.core.results.PassPoint;
import org.openqci.core.results.PassResult;
import org.openqci.core.results.PassResults;

/** The pass timeline and the ground-track map. */
class PassChartsTest {

	private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

	private static PassResult pass() {
		List<PassPoint> points = new ArrayList<>();
		for (int i = 0; i <= 300; i++) {
			double elevation = 10 + 60 * Math.sin(Math.PI * i / 300);
			points.add(new PassPoint(T0.plusSeconds(i), elevation, 1000, -30, 40 - elevation / 3, 2e6, 0.01, 1e3 * i));
		}
		return new PassResult("a", "Link a", "Matera", 3, T0, T0.plusSeconds(300), 70, -30, 3e5, 3e11, 6e8, 0.01, true,
				Map.of(), points);
	}

	@Test
	void theTimelineHasItsFourQuantitiesOverMinutes() {
		XYChart chart = PassTimelineChartFactory.create(pass(), 1200, 800);
		assertTrue(chart.getSeriesMap().keySet().containsAll(Set.of(PassTimelineChartFactory.ELEVATION,
				PassTimelineChartFactory.LOSS, PassTimelineChartFactory.SUN, PassTimelineChartFactory.DETECTIONS,
				PassTimelineChartFactory.KEY)));
		XYSeries key = chart.getSeriesMap().get(PassTimelineChartFactory.KEY);
		assertEquals(5.0, key.getXMax(), 1e-12, "minutes");
		assertEquals(0.3, key.getYMax(), 1e-12, "Mbit");
		assertEquals(2.0, chart.getSeriesMap().get(PassTimelineChartFactory.DETECTIONS).getYMax(), 1e-12, "MHz");
		assertTrue(chart.getTitle().startsWith("Matera, pass 3 (night): max. 70.0 deg, key 300 kbit"), chart.getTitle());
		assertEquals(1200, ChartExport.toImage(chart, 1200, 800).getWidth());
	}

	@Test
	void theGroundTrackIsCutAtTheAntimeridianAndDrawnOverTheCoastlines() {
		List<TrackPoint> track = List.of(new TrackPoint(T0, 0, 170), new TrackPoint(T0.plusSeconds(60), 3, 178),
				new TrackPoint(T0.plusSeconds(120), 6, -174), new TrackPoint(T0.plusSeconds(180), 9, -166));
		PassResults results = new PassResults("Sat", T0, T0.plus(Duration.ofDays(2)),
				List.of(new Station("Matera", 40.6, 16.7, 536, 10)), List.of(pass()), List.of(), track);
		XYChart chart = GroundTrackChartFactory.create(results, Duration.ofDays(1), 1200, 800);
		assertEquals(2, chart.getSeriesMap().keySet().stream().filter(s -> s.startsWith(GroundTrackChartFactory.TRACK))
				.count(), "two runs, one on each side of the antimeridian");
		assertTrue(chart.getSeriesMap().keySet().stream().filter(s -> s.startsWith("land ")).count() > 100,
				"the coastlines are drawn");
		for (XYSeries s : chart.getSeriesMap().values()) {
			double[] x = s.getXData();
			for (int i = 1; i < x.length; i++) {
				assertTrue(Math.abs(x[i] - x[i - 1]) <= 180.0, "no line across the map in " + s.getName());
			}
		}
		assertTrue(chart.getSeriesMap().containsKey("Matera"));
		assertTrue(chart.getXAxisTitle().contains("2026-06-01 00:00 to 2026-06-02 00:00"), chart.getXAxisTitle());
	}
}
