/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.openqci.charts.ChartExport;
import org.openqci.charts.KeyStockChartFactory;
import org.openqci.charts.NetworkMapChartFactory;
import org.openqci.network.Link;
import org.openqci.network.Network;
import org.openqci.network.Node;
import org.openqci.network.NodeKind;

/** The network map and the key stock chart. */
class NetworkChartsTest {

	private static final Set<String> NODE_SERIES = Set.of(NetworkMapChartFactory.USER_SITES,
			NetworkMapChartFactory.TRUSTED_NODES, NetworkMapChartFactory.GROUND_STATIONS,
			NetworkMapChartFactory.SATELLITE, NetworkMapChartFactory.OTHER_NODES);

	/** Five cities, three trusted nodes, two ground stations and a satellite. */
	static Network europe() {
		List<Node> nodes = List.of(new Node("par", "Paris", NodeKind.USER, 48.86, 2.35),
				new Node("bru", "Brussels", NodeKind.USER, 50.85, 4.35),
				new Node("fra", "", NodeKind.USER, 50.11, 8.68),
				new Node("mil", "Milan", NodeKind.USER, 45.46, 9.19),
				new Node("mad", "Madrid", NodeKind.USER, 40.42, -3.70),
				new Node("lyo", "Lyon", NodeKind.TRUSTED, 45.76, 4.84),
				new Node("bdx", "Bordeaux", NodeKind.TRUSTED, 44.84, -0.58),
				new Node("str", "Strasbourg", NodeKind.TRUSTED, 48.57, 7.75),
				new Node("gsm", "Matera", NodeKind.GROUND_STATION, 40.65, 16.70),
				new Node("gst", "Tenerife", NodeKind.GROUND_STATION, 28.30, -16.51),
				new Node("sat", "Sat", NodeKind.SATELLITE, 36.0, 0.0));
		List<Link> links = List.of(new Link("l1", "par", "bru", 25_000, 300), new Link("l2", "bru", "fra", 4_000, 400),
				new Link("l3", "par", "str", 1_500, 490), new Link("l4", "str", "fra", 60_000, 220),
				new Link("l5", "par", "lyo", 800, 460), new Link("l6", "lyo", "mil", 120, 440),
				new Link("l7", "par", "bdx", 300, 580), new Link("l8", "bdx", "mad", 40, 690),
				new Link("l9", "sat", "gsm", 3, 1000), new Link("l10", "sat", "gst", 0, 1000),
				new Link("l11", "mil", "gsm", 2e6, 900), new Link("l12", "mad", "gst", 0, 2000));
		return Network.of(nodes, links);
	}

	// --- rate bins ------------------------------------------------------------------------------

	@Test
	void rateBinsAreDecadesWithTheLowerBoundIncluded() {
		assertEquals(NetworkMapChartFactory.NO_KEY, NetworkMapChartFactory.rateBin(0));
		assertEquals("< 10 bit/s", NetworkMapChartFactory.rateBin(1e-9));
		assertEquals("< 10 bit/s", NetworkMapChartFactory.rateBin(9.999));
		assertEquals("10-100 bit/s", NetworkMapChartFactory.rateBin(10));
		assertEquals("10-100 bit/s", NetworkMapChartFactory.rateBin(99.99));
		assertEquals("100-1000 bit/s", NetworkMapChartFactory.rateBin(100));
		assertEquals("1-10 kbit/s", NetworkMapChartFactory.rateBin(1_000));
		assertEquals("10-100 kbit/s", NetworkMapChartFactory.rateBin(10_000));
		assertEquals("100-1000 kbit/s", NetworkMapChartFactory.rateBin(999_999));
		assertEquals(">= 1 Mbit/s", NetworkMapChartFactory.rateBin(1e6));
		assertEquals(">= 1 Mbit/s", NetworkMapChartFactory.rateBin(1e12));
		assertEquals(8, NetworkMapChartFactory.RATE_BINS.size());
		assertThrows(IllegalArgumentException.class, () -> NetworkMapChartFactory.rateBin(-1));
		assertThrows(IllegalArgumentException.class, () -> NetworkMapChartFactory.rateBin(Double.NaN));
	}

	// --- map ----------------------------------------------------------------------------------

	@Test
	void theMapHasOneSeriesPerNodeKindAndOneLegendEntryPerUsedRateBin() {
		Network network = europe();
		XYChart chart = NetworkMapChartFactory.create(network, 1200, 800);
		Map<String, XYSeries> series = chart.getSeriesMap();
		assertEquals(5, series.get(NetworkMapChartFactory.USER_SITES).getXData().length);
		assertEquals(3, series.get(NetworkMapChartFactory.TRUSTED_NODES).getXData().length);
		assertEquals(2, series.get(NetworkMapChartFactory.GROUND_STATIONS).getXData().length);
		assertEquals(1, series.get(NetworkMapChartFactory.SATELLITE).getXData().length);
		assertFalse(series.containsKey(NetworkMapChartFactory.OTHER_NODES));
		assertEquals(NetworkMapChartFactory.TITLE, chart.getTitle());

		Set<String> used = network.links().stream().map(l -> NetworkMapChartFactory.rateBin(l.keyRate()))
				.collect(Collectors.toSet());
		assertEquals(7, used.size());
		Set<String> linkEntries = series.values().stream().filter(XYSeries::isShowInLegend).map(XYSeries::getName)
				.filter(name -> !NODE_SERIES.contains(name) && !name.equals(NetworkMapChartFactory.SATELLITE_LINKS))
				.collect(Collectors.toSet());
		assertEquals(used, linkEntries, "one legend entry per rate bin used, nothing else");
		assertTrue(series.get(NetworkMapChartFactory.SATELLITE_LINKS).isShowInLegend());
		XYSeries satellite = series.get("< 10 bit/s" + NetworkMapChartFactory.SATELLITE_SUFFIX);
		assertFalse(satellite.isShowInLegend(), "the dashed satellite links share the bin's legend entry");
		assertEquals(2, finite(satellite.getYData()), "the satellite's only link with key");
		assertFalse(series.containsKey(NetworkMapChartFactory.BOTTLENECK));
	}

	@Test
	void aLayoutDrawsEveryLinkInOneGreySeriesWithoutRates() {
		Network network = europe();
		XYChart chart = NetworkMapChartFactory.layout(network, 1200, 800);
		assertEquals(NetworkMapChartFactory.LAYOUT_TITLE, chart.getTitle());
		for (String bin : NetworkMapChartFactory.RATE_BINS) {
			assertFalse(chart.getSeriesMap().containsKey(bin), "no rate bin in a layout: " + bin);
		}
		long satelliteLinks = network.links().stream().filter(l -> network.node(l.nodeA()).kind() == NodeKind.SATELLITE
				|| network.node(l.nodeB()).kind() == NodeKind.SATELLITE).count();
		XYSeries links = chart.getSeriesMap().get(NetworkMapChartFactory.LINKS);
		long segments = java.util.Arrays.stream(links.getYData()).filter(Double::isNaN).count() + 1;
		assertEquals(network.links().size() - satelliteLinks, segments, "one segment per ground link");
	}

	@Test
	void aLinkIsOneSegmentBetweenItsNodes() {
		XYChart chart = NetworkMapChartFactory.create(europe(), 1200, 800);
		XYSeries kbit = chart.getSeriesMap().get("10-100 kbit/s");
		assertEquals(4, finite(kbit.getYData()), "l1 and l4, two points each");
		assertEquals(5, kbit.getYData().length, "with a break between them");
		assertTrue(Double.isNaN(kbit.getYData()[2]));
		assertEquals(2.35, kbit.getXData()[0], 1e-12);
		assertEquals(50.85, kbit.getYData()[1], 1e-12);
	}

	@Test
	void highlightedLinksFormTheBottleneckSeries() {
		XYChart chart = NetworkMapChartFactory.create(europe(), Set.of("l6", "l8", "no such link"), 1200, 800);
		XYSeries bottleneck = chart.getSeriesMap().get(NetworkMapChartFactory.BOTTLENECK);
		assertTrue(bottleneck.isShowInLegend());
		assertEquals(4, finite(bottleneck.getYData()), "two links");
		List<Double> lats = Arrays.stream(bottleneck.getYData()).filter(Double::isFinite).boxed().toList();
		assertEquals(List.of(45.76, 45.46, 44.84, 40.42), lats, "Lyon-Milan and Bordeaux-Madrid");
		assertFalse(NetworkMapChartFactory.create(europe(), Set.of("no such link"), 1200, 800).getSeriesMap()
				.containsKey(NetworkMapChartFactory.BOTTLENECK));
	}

	@Test
	void theAxesCoverEveryNodeWithAMarginAndTheMapIsNotDistorted() {
		Network network = europe();
		double meanLat = network.nodes().stream().mapToDouble(Node::latitude).average().orElseThrow();
		for (int[] size : new int[][] { { 1200, 800 }, { 600, 900 }, { 1600, 500 } }) {
			XYChart chart = NetworkMapChartFactory.create(network, size[0], size[1]);
			assertCovers(chart, network);
			assertUndistorted(chart, size[0], size[1], meanLat);
			// Painted at another size, the ranges are fitted again.
			ChartExport.toImage(chart, 700, 700);
			assertCovers(chart, network);
			assertUndistorted(chart, 700, 700, meanLat);
		}
	}

	@Test
	void aSingleNodeGetsAtLeastTheMinimumMargin() {
		Network one = Network.of(List.of(new Node("a", "Alone", NodeKind.USER, 60, 25)), List.of());
		XYChart chart = NetworkMapChartFactory.create(one, 800, 800);
		var s = chart.getStyler();
		assertTrue(s.getYAxisMin() <= 57 && s.getYAxisMax() >= 63, s.getYAxisMin() + ".." + s.getYAxisMax());
		assertTrue(s.getXAxisMin() <= 22 && s.getXAxisMax() >= 28, s.getXAxisMin() + ".." + s.getXAxisMax());
		assertEquals(1, chart.getSeriesMap().get(NetworkMapChartFactory.USER_SITES).getXData().length);
	}

	@Test
	void theMapRendersHeadlessWithTheLinksColours() {
		XYChart chart = NetworkMapChartFactory.create(europe(), Set.of("l8"), 1200, 800);
		BufferedImage image = ChartExport.toImage(chart, 1200, 800);
		assertEquals(1200, image.getWidth());
		// The middle of Milan-Matera (>= 1 Mbit/s) is dark violet.
		Color mid = new Color(image.getRGB((int) Math.round(chart.getScreenXFromChart((9.19 + 16.70) / 2)),
				(int) Math.round(chart.getScreenYFromChart((45.46 + 40.65) / 2))));
		assertTrue(mid.getRed() < 120 && mid.getGreen() < 60 && mid.getBlue() > 50 && mid.getBlue() < 160,
				"the link's colour, was " + mid);
		int red = 0;
		int nonWhite = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				Color c = new Color(image.getRGB(x, y));
				if (c.getRed() > 200 && c.getGreen() < 60 && c.getBlue() < 60) {
					red++;
				}
				if (c.getRed() < 250 || c.getGreen() < 250 || c.getBlue() < 250) {
					nonWhite++;
				}
			}
		}
		assertTrue(red > 100, "the bottleneck is outlined in red: " + red + " red pixels");
		assertTrue(nonWhite > 20_000, "a map was drawn: " + nonWhite + " non-white pixels");
	}

	@Test
	void anEmptyNetworkShowsTheWorld() {
		XYChart chart = NetworkMapChartFactory.create(Network.of(List.of(), List.of()), 800, 600);
		assertTrue(chart.getStyler().getXAxisMin() <= -179 && chart.getStyler().getXAxisMax() >= 179);
		assertEquals(800, ChartExport.toImage(chart, 800, 600).getWidth());
	}

	private static void assertCovers(XYChart chart, Network network) {
		var s = chart.getStyler();
		for (Node node : network.nodes()) {
			assertTrue(node.longitude() - s.getXAxisMin() >= 3 && s.getXAxisMax() - node.longitude() >= 3,
					node.id() + " inside " + s.getXAxisMin() + ".." + s.getXAxisMax());
			assertTrue(node.latitude() - s.getYAxisMin() >= 3 - 1e-9 && s.getYAxisMax() - node.latitude() >= 3 - 1e-9,
					node.id() + " inside " + s.getYAxisMin() + ".." + s.getYAxisMax());
		}
	}

	/** One degree of longitude is cos(mean latitude) degrees of latitude on screen. */
	private static void assertUndistorted(XYChart chart, int width, int height, double meanLat) {
		ChartExport.toImage(chart, width, height);
		var s = chart.getStyler();
		double pxPerLon = Math.abs(chart.getScreenXFromChart(s.getXAxisMax()) - chart.getScreenXFromChart(s.getXAxisMin()))
				/ (s.getXAxisMax() - s.getXAxisMin());
		double pxPerLat = Math.abs(chart.getScreenYFromChart(s.getYAxisMax()) - chart.getScreenYFromChart(s.getYAxisMin()))
				/ (s.getYAxisMax() - s.getYAxisMin());
		assertEquals(Math.cos(Math.toRadians(meanLat)), pxPerLon / pxPerLat, 0.02, width + "x" + height);
	}

	private static long finite(double[] values) {
		return Arrays.stream(values).filter(Double::isFinite).count();
	}

	// --- key stock ------------------------------------------------------------------------------

	private static double[] hours(int n) {
		double[] t = new double[n];
		for (int i = 0; i < n; i++) {
			t[i] = 3600.0 * i;
		}
		return t;
	}

	@Test
	void theStockUnitFollowsTheLargestValue() {
		double[] t = hours(3);
		XYChart mbit = KeyStockChartFactory.create(t, Map.of("a", new double[] { 1e6, 5e6, 2e6 }), 1200, 800);
		assertEquals("key stock [Mbit]", mbit.getYAxisTitle());
		assertEquals(5.0, mbit.getSeriesMap().get("a").getYMax(), 1e-12);
		assertEquals("bit", KeyStockChartFactory.unit(999));
		assertEquals("kbit", KeyStockChartFactory.unit(1e3));
		assertEquals("Mbit", KeyStockChartFactory.unit(5e6));
		assertEquals("Gbit", KeyStockChartFactory.unit(2e9));
		assertEquals("Gbit", KeyStockChartFactory.unit(7e13));
		XYChart bits = KeyStockChartFactory.create(t, Map.of("a", new double[] { 0, 0, 0 }), 1200, 800);
		assertEquals("key stock [bit]", bits.getYAxisTitle());
		assertEquals(800, ChartExport.toImage(bits, 1200, 800).getHeight());
	}

	@Test
	void timeIsInHoursUnderTwoDaysAndInDaysFromTwoDays() {
		XYChart day = KeyStockChartFactory.create(hours(25), Map.of("a", new double[25]), 1200, 800);
		assertEquals(KeyStockChartFactory.HOURS_AXIS, day.getXAxisTitle());
		assertEquals(24.0, day.getSeriesMap().get("a").getXMax(), 1e-12);
		XYChart days = KeyStockChartFactory.create(hours(73), Map.of("a", new double[73]), 1200, 800);
		assertEquals(KeyStockChartFactory.DAYS_AXIS, days.getXAxisTitle());
		assertEquals(3.0, days.getSeriesMap().get("a").getXMax(), 1e-12);
		assertEquals(KeyStockChartFactory.TITLE, days.getTitle());
	}

	@Test
	void ofManyLinksTheTwelveScarcestAfterTheFirstSampleAreDrawn() {
		Map<String, double[]> stock = new LinkedHashMap<>();
		for (int i = 0; i < 15; i++) {
			// link i falls to i kbit; "link 14" starts empty but then holds the most
			stock.put("link " + i, new double[] { 5e4, 1e3 * i, 2e4 });
		}
		stock.put("empty at first", new double[] { 0, 1e6, 1e6 });
		XYChart chart = KeyStockChartFactory.create(hours(3), stock, 1200, 800);
		List<String> drawn = new ArrayList<>(chart.getSeriesMap().keySet());
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			expected.add("link " + i);
		}
		assertEquals(expected, drawn);
		assertEquals("Key stock (12 scarcest of 16 links)", chart.getTitle());
		assertEquals("key stock [kbit]", chart.getYAxisTitle(), "from the largest value drawn");
	}

	@Test
	void mismatchedLengthsAreRejectedNamingTheLink() {
		Map<String, double[]> stock = new LinkedHashMap<>();
		stock.put("good", new double[3]);
		stock.put("Paris-Lyon", new double[2]);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> KeyStockChartFactory.create(hours(3), stock, 1200, 800));
		assertTrue(e.getMessage().contains("Paris-Lyon"), e.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> KeyStockChartFactory.create(new double[0], Map.of(), 1200, 800));
	}
}
