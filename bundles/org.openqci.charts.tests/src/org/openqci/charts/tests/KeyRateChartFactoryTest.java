/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.openqci.charts.ChartExport;
import org.openqci.charts.ChartOptions;
import org.openqci.charts.ChartOptions.RateUnit;
import org.openqci.charts.KeyRateChartFactory;
import org.openqci.core.results.Provenance;
import org.openqci.core.results.ResultRow;
import org.openqci.core.results.ResultSet;
import org.openqci.core.results.SweepAxisInfo;

/** Checks the key-rate chart built from hand-made result sets. */
class KeyRateChartFactoryTest {

	static final SweepAxisInfo LENGTH = new SweepAxisInfo("fibre.length", "Length", "km");

	static final double REPETITION_RATE = 2e6;

	/** Decoy: positive to 140 km; GLLP: positive to 30 km, zero beyond; 0..200 km in 5 km steps. */
	static ResultSet oneAxis(double gllpAttenuation) {
		List<ResultRow> rows = new ArrayList<>();
		for (int i = 0; i <= 40; i++) {
			double l = 5.0 * i;
			rows.add(row("decoy", "Decoy", new double[] { l }, 0.21, l <= 140 ? 1e-2 * Math.pow(10, -0.04 * l) : 0.0));
		}
		for (int i = 0; i <= 40; i++) {
			double l = 5.0 * i;
			rows.add(row("gllp", "GLLP", new double[] { l }, gllpAttenuation, l <= 30 ? 1e-3 * Math.pow(10, -0.05 * l) : 0.0));
		}
		return new ResultSet(List.of(LENGTH), rows, provenance());
	}

	static ResultRow row(String id, String name, double[] coordinates, double attenuation, double perPulse) {
		double eta = Math.pow(10, -attenuation * (coordinates.length == 0 ? 10 : coordinates[0]) / 10);
		double plob = -Math.log(1 - eta) / Math.log(2);
		double tgw = Math.log((1 + eta) / (1 - eta)) / Math.log(2);
		return new ResultRow(id, name, "bb84-decoy-infinite", coordinates, perPulse, perPulse * REPETITION_RATE, 0.01,
				0.03, eta, plob, tgw, Map.of(), Map.of());
	}

	static Provenance provenance() {
		return new Provenance("GYS decoy-state BB84", "gys.qci", "abc", List.of(), Map.of(), Instant.EPOCH, Map.of());
	}

	static List<String> legendNames(XYChart chart) {
		return chart.getSeriesMap().values().stream().filter(s -> s.isShowInLegend()).map(XYSeries::getName).toList();
	}

	@Test
	void oneSeriesPerLinkAndPlobByDefault() {
		XYChart chart = KeyRateChartFactory.create(oneAxis(0.21), ChartOptions.defaults());
		assertEquals(List.of("Decoy", "GLLP", "PLOB bound"), legendNames(chart));
	}

	@Test
	void logarithmicRateAxisAndTitlesWithUnits() {
		XYChart chart = KeyRateChartFactory.create(oneAxis(0.21), ChartOptions.defaults());
		assertAll(() -> assertTrue(chart.getStyler().isYAxisLogarithmic()),
				() -> assertFalse(chart.getStyler().isXAxisLogarithmic()),
				() -> assertEquals("GYS decoy-state BB84", chart.getTitle()),
				() -> assertEquals("Fibre length [km]", chart.getXAxisTitle()),
				() -> assertEquals("Secret key rate [bit/pulse]", chart.getYAxisTitle()),
				() -> assertEquals(1200, chart.getWidth()), () -> assertEquals(800, chart.getHeight()));
	}

	@Test
	void zeroRatesEndTheSeries() {
		XYChart chart = KeyRateChartFactory.create(oneAxis(0.21), ChartOptions.defaults());
		XYSeries decoy = chart.getSeriesMap().get("Decoy");
		XYSeries gllp = chart.getSeriesMap().get("GLLP");
		assertEquals(29, decoy.getXData().length); // 0..140 km
		assertEquals(140.0, decoy.getXData()[decoy.getXData().length - 1]);
		assertEquals(7, gllp.getXData().length); // 0..30 km
		for (XYSeries s : chart.getSeriesMap().values()) {
			for (double y : s.getYData()) {
				assertTrue(y > 0 && Double.isFinite(y), s.getName() + " has a point that cannot be drawn: " + y);
			}
		}
	}

	@Test
	void plobSkipsTheInfiniteBoundAtZeroLength() {
		XYChart chart = KeyRateChartFactory.create(oneAxis(0.21), ChartOptions.defaults());
		XYSeries plob = chart.getSeriesMap().get(KeyRateChartFactory.PLOB_SERIES);
		assertNotNull(plob);
		assertEquals(5.0, plob.getXData()[0]);
	}

	@Test
	void overlaysFollowTheOptions() {
		ResultSet results = oneAxis(0.21);
		assertEquals(List.of("Decoy", "GLLP"),
				legendNames(KeyRateChartFactory.create(results, ChartOptions.defaults().withPlob(false))));
		assertEquals(List.of("Decoy", "GLLP", "PLOB bound", "TGW bound"),
				legendNames(KeyRateChartFactory.create(results, ChartOptions.defaults().withTgw(true))));
		assertEquals(List.of("Decoy", "GLLP", "TGW bound"), legendNames(
				KeyRateChartFactory.create(results, ChartOptions.defaults().withPlob(false).withTgw(true))));
	}

	@Test
	void oneOverlayPerDistinctChannel() {
		XYChart chart = KeyRateChartFactory.create(oneAxis(0.3), ChartOptions.defaults());
		assertEquals(List.of("Decoy", "GLLP", "PLOB bound (Decoy)", "PLOB bound (GLLP)"), legendNames(chart));
	}

	@Test
	void bitPerSecondScalesRatesAndBounds() {
		ResultSet results = oneAxis(0.21);
		XYChart perPulse = KeyRateChartFactory.create(results, ChartOptions.defaults());
		XYChart perSecond = KeyRateChartFactory.create(results,
				ChartOptions.defaults().withRateUnit(RateUnit.BIT_PER_SECOND));
		assertEquals("Secret key rate [bit/s]", perSecond.getYAxisTitle());
		for (String name : List.of("Decoy", KeyRateChartFactory.PLOB_SERIES)) {
			double[] a = perPulse.getSeriesMap().get(name).getYData();
			double[] b = perSecond.getSeriesMap().get(name).getYData();
			assertEquals(a.length, b.length, name);
			for (int i = 0; i < a.length; i++) {
				assertEquals(a[i] * REPETITION_RATE, b[i], 1e-9 * b[i], name + " point " + i);
			}
		}
	}

	@Test
	void twoAxesGiveOneSeriesPerLinkAndSecondValue() {
		SweepAxisInfo attenuation = new SweepAxisInfo("fibre.attenuation", "Attenuation", "dB/km");
		List<ResultRow> rows = new ArrayList<>();
		for (double a : new double[] { 0.2, 0.25 }) {
			for (int i = 0; i <= 10; i++) {
				double l = 10.0 * i;
				rows.add(row("decoy", "Decoy", new double[] { l, a }, a, 1e-3 * Math.pow(10, -a * l / 10)));
			}
		}
		ResultSet results = new ResultSet(List.of(LENGTH, attenuation), rows, provenance());
		XYChart chart = KeyRateChartFactory.create(results, ChartOptions.defaults().withPlob(false));
		assertEquals(List.of("Decoy, fibre.attenuation = 0.2 dB/km", "Decoy, fibre.attenuation = 0.25 dB/km"),
				legendNames(chart));
		assertEquals(11, chart.getSeriesMap().get("Decoy, fibre.attenuation = 0.2 dB/km").getXData().length);
	}

	@Test
	void sweepAxisSpansTheWholeSweepEvenWhereNoCurveHasKey() {
		// no overlay: the key curves end at 140 km, the sweep goes to 200 km
		XYChart chart = KeyRateChartFactory.create(oneAxis(0.21), ChartOptions.defaults().withPlob(false));
		assertEquals(0.0, chart.getStyler().getXAxisMin());
		assertEquals(200.0, chart.getStyler().getXAxisMax());
	}

	@Test
	void rateAxisSpansWholeDecadesAroundTheData() {
		XYChart chart = KeyRateChartFactory.create(oneAxis(0.21), ChartOptions.defaults().withPlob(false));
		// Decoy from 1e-2 down to 1e-2 * 10^-5.6 = 2.5e-8; GLLP from 1e-3 to 3.2e-5
		assertEquals(1e-8, chart.getStyler().getYAxisMin(), 1e-20);
		assertEquals(1e-2, chart.getStyler().getYAxisMax(), 1e-14);
	}

	@Test
	void secondPositiveStretchHasNoSecondLegendEntry() {
		List<ResultRow> rows = new ArrayList<>();
		double[] rates = { 1e-3, 1e-4, 0, 0, 1e-5, 1e-6 };
		for (int i = 0; i < rates.length; i++) {
			rows.add(row("a", "A", new double[] { i }, 0.2, rates[i]));
		}
		XYChart chart = KeyRateChartFactory.create(new ResultSet(List.of(LENGTH), rows, provenance()),
				ChartOptions.defaults().withPlob(false));
		assertEquals(List.of("A"), legendNames(chart));
		assertEquals(2, chart.getSeriesMap().size());
		assertArrayEquals(new double[] { 0, 1 }, chart.getSeriesMap().get("A").getXData());
	}

	@Test
	void allZeroRatesStillGiveAChartThatRenders() {
		List<ResultRow> rows = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			rows.add(row("a", "A", new double[] { 10.0 * i }, 0.2, 0.0));
		}
		XYChart chart = KeyRateChartFactory.create(new ResultSet(List.of(LENGTH), rows, provenance()),
				ChartOptions.defaults().withPlob(false));
		assertTrue(chart.getSeriesMap().isEmpty());
		BufferedImage image = ChartExport.toImage(chart, 600, 400);
		assertEquals(600, image.getWidth());
	}

	@Test
	void withoutSweepEachLinkIsOneDot() {
		List<ResultRow> rows = List.of(row("a", "A", new double[0], 0.2, 1e-3), row("b", "B", new double[0], 0.2, 1e-4));
		XYChart chart = KeyRateChartFactory.create(new ResultSet(List.of(), rows, provenance()),
				ChartOptions.defaults().withPlob(false));
		assertEquals(List.of("A", "B"), legendNames(chart));
		assertArrayEquals(new double[] { 2 }, chart.getSeriesMap().get("B").getXData());
		assertEquals(400, ChartExport.toImage(chart, 400, 300).getWidth());
	}

	@Test
	void logarithmicSweepGivesLogarithmicXAxis() {
		SweepAxisInfo mu = new SweepAxisInfo("source.mu", "Mean photon number", "");
		List<ResultRow> rows = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			rows.add(row("a", "A", new double[] { Math.pow(10, i - 3) }, 0.2, 1e-3 * Math.pow(10, i - 3)));
		}
		XYChart chart = KeyRateChartFactory.create(new ResultSet(List.of(mu), rows, provenance()),
				ChartOptions.defaults().withPlob(false));
		assertTrue(chart.getStyler().isXAxisLogarithmic());
		assertEquals("Source mean photon number", chart.getXAxisTitle());
	}

	@Test
	void dimensionlessAxisHasNoBrackets() {
		assertEquals("Source mean photon number",
				KeyRateChartFactory.axisTitle(new SweepAxisInfo("source.mu", "Mean photon number", "")));
		assertEquals("Detector QBER limit",
				KeyRateChartFactory.axisTitle(new SweepAxisInfo("inf.detector.qber", "QBER limit", "")));
		assertEquals("Fibre length [km]",
				KeyRateChartFactory.axisTitle(new SweepAxisInfo("fibre.length", "Fibre length", "km")));
	}
}
