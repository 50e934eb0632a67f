/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.openqci.network.Link;
import org.openqci.network.Network;
import org.openqci.network.Node;
import org.openqci.network.NodeKind;

/**
 * Draws a trusted-node network on a map of its region: the coastlines (Natural Earth 1:110
 * million, as on the {@linkplain GroundTrackChartFactory ground track}) in grey, the links as
 * straight lines coloured by key rate in decade bins ({@link #rateBin(double)}), dashed where they
 * end at a satellite, the highlighted links (bottlenecks) outlined in red, and the nodes as
 * markers by kind, the user sites labelled with their names.
 * <p>
 * The map is an equirectangular projection true to scale at the nodes' mean latitude: the axis
 * ranges cover the nodes with a margin of at least {@value #MIN_MARGIN_DEG} degrees and are widened
 * in one direction, for whatever size the chart is painted at, so that the map is not distorted.
 * Links are drawn in plain longitude, so a link across the antimeridian crosses the whole map.
 */
public final class NetworkMapChartFactory {

	/** The chart's title. */
	public static final String TITLE = "Network key rates";

	/** Name of the series of the {@linkplain NodeKind#USER user sites}. */
	public static final String USER_SITES = "user sites";

	/** Name of the series of the {@linkplain NodeKind#TRUSTED trusted nodes}. */
	public static final String TRUSTED_NODES = "trusted nodes";

	/** Name of the series of the {@linkplain NodeKind#GROUND_STATION ground stations}. */
	public static final String GROUND_STATIONS = "ground stations";

	/** Name of the series of the {@linkplain NodeKind#SATELLITE satellites}. */
	public static final String SATELLITE = "satellite";

	/** Name of the series of nodes of any other kind. */
	public static final String OTHER_NODES = "other nodes";

	/** Name of the series of the highlighted links, drawn as a red outline under their rate colour. */
	public static final String BOTTLENECK = "bottleneck";

	/**
	 * Name of the legend entry (without points) explaining the dashes of links that end at a
	 * satellite. Those links are drawn, per rate bin, in series named by the bin followed by
	 * {@link #SATELLITE_SUFFIX}, which are not in the legend.
	 */
	public static final String SATELLITE_LINKS = "satellite links (dashed)";

	/** Appended to a rate bin's name for the series of its links that end at a satellite. */
	public static final String SATELLITE_SUFFIX = " (satellite links)";

	/** The title of a {@linkplain #layout(Network, int, int) layout}, drawn before the links' rates are known. */
	public static final String LAYOUT_TITLE = "Network layout (Run gives the key rates)";

	/** Name of the series of links in a {@linkplain #layout(Network, int, int) layout}. */
	public static final String LINKS = "links (not evaluated yet)";

	/** The rate bin of links that generate no key. */
	public static final String NO_KEY = "no key (0 bit/s)";

	/** The rate bins from the lowest to the highest: no key, then decades from below 10 bit/s. */
	public static final List<String> RATE_BINS = List.of(NO_KEY, "< 10 bit/s", "10-100 bit/s", "100-1000 bit/s",
			"1-10 kbit/s", "10-100 kbit/s", "100-1000 kbit/s", ">= 1 Mbit/s");

	/** The least margin around the nodes, in degrees of latitude. */
	public static final double MIN_MARGIN_DEG = 3.0;

	/** Colours of the bins of {@link #RATE_BINS}: light grey, then viridis from light to dark. */
	private static final Color[] BIN_COLORS = { new Color(0xbdbdbd), new Color(0xb5de2b), new Color(0x5ec962),
			new Color(0x22a884), new Color(0x26828e), new Color(0x33638d), new Color(0x472c7a), new Color(0x440154) };

	private static final Color LAND = new Color(0x9a9a9a);
	private static final Color BOTTLENECK_COLOR = new Color(0xe31a1c);
	private static final Color LABEL_COLOR = new Color(0x1a1a1a);

	private NetworkMapChartFactory() {
	}

	/**
	 * The name of the rate bin of a link generating this key rate: {@link #NO_KEY} for 0, else the
	 * decade of {@link #RATE_BINS} it lies in, lower bound included (10 bit/s is in
	 * {@code 10-100 bit/s}).
	 *
	 * @throws IllegalArgumentException if the rate is negative or NaN
	 */
	public static String rateBin(double bitsPerSecond) {
		return RATE_BINS.get(binIndex(bitsPerSecond));
	}

	private static int binIndex(double rate) {
		if (!(rate >= 0)) {
			throw new IllegalArgumentException("key rate " + rate + " bit/s is not a number >= 0");
		}
		if (rate == 0) {
			return 0;
		}
		double bound = 10;
		for (int i = 1; i < RATE_BINS.size() - 1; i++, bound *= 10) {
			if (rate < bound) {
				return i;
			}
		}
		return RATE_BINS.size() - 1;
	}

	/** A map of the network without highlighted links; see {@link #create(Network, Set, int, int)}. */
	public static XYChart create(Network network, int width, int height) {
		return create(network, Set.of(), width, height);
	}

	/**
	 * A map of the network, {@code width} by {@code height} pixels.
	 *
	 * @param network          the network to draw
	 * @param highlightedLinks ids of links to outline in red (e.g. bottlenecks); ids that are not
	 *                         links of the network are ignored
	 * @param width            width in pixels
	 * @param height           height in pixels
	 */
	public static XYChart create(Network network, Set<String> highlightedLinks, int width, int height) {
		Objects.requireNonNull(highlightedLinks, "highlightedLinks");
		return map(network, highlightedLinks, true, width, height);
	}

	/**
	 * A map of where the nodes and links are, before the links' key rates are known (the key
	 * rates of {@code network} are ignored): every link in one grey series {@link #LINKS},
	 * dashed where it ends at a satellite, titled {@link #LAYOUT_TITLE}.
	 */
	public static XYChart layout(Network network, int width, int height) {
		return map(network, Set.of(), false, width, height);
	}

	private static XYChart map(Network network, Set<String> highlightedLinks, boolean rated, int width, int height) {
		Objects.requireNonNull(network, "network");
		double scale = PlainStyle.scale(width, height);
		XYChartBuilder builder = new XYChartBuilder().width(width).height(height).title(rated ? TITLE : LAYOUT_TITLE)
				.xAxisTitle("longitude")
				.yAxisTitle("latitude");
		MapChart chart = new MapChart(builder, region(network.nodes()), meanLatitude(network.nodes()));
		XYStyler styler = chart.getStyler();
		PlainStyle.apply(styler, scale);
		styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
		styler.setXAxisTitleVisible(false);
		styler.setYAxisTitleVisible(false);
		styler.setLegendPosition(LegendPosition.OutsideE);
		styler.setMarkerSize((int) Math.round(13 * scale));
		styler.setYAxisTickMarkSpacingHint((int) Math.round(80 * scale));
		styler.setPlotContentSize(1.0);
		chart.setCustomXAxisTickLabelsFormatter(v -> degrees(v, "E", "W"));
		chart.setCustomYAxisTickLabelsFormatter(v -> degrees(v, "N", "S"));

		int n = 0;
		for (double[][] line : GroundTrackChartFactory.coastlines()) {
			XYSeries s = chart.addSeries("land " + n++, line[0], line[1]);
			s.setLineStyle(SeriesLines.SOLID);
			s.setLineColor(LAND);
			s.setLineWidth(0.8f);
			s.setMarker(SeriesMarkers.NONE);
			s.setShowInLegend(false);
		}
		if (rated) {
			addLinks(chart, network, highlightedLinks, scale);
		} else {
			addLayoutLinks(chart, network, scale);
		}
		addNodes(chart, network, scale);
		chart.fit(width, height);
		return chart;
	}

	// --- links ------------------------------------------------------------------------------

	private static void addLinks(XYChart chart, Network network, Set<String> highlighted, double scale) {
		List<List<Link>> ground = new ArrayList<>();
		List<List<Link>> space = new ArrayList<>();
		for (int i = 0; i < RATE_BINS.size(); i++) {
			ground.add(new ArrayList<>());
			space.add(new ArrayList<>());
		}
		List<Link> bottlenecks = new ArrayList<>();
		boolean anySatellite = false;
		for (Link link : network.links()) {
			int bin = binIndex(link.keyRate());
			boolean satellite = isSatellite(network.node(link.nodeA())) || isSatellite(network.node(link.nodeB()));
			anySatellite |= satellite;
			// Links without key are dashed anyway: they stay in one series.
			(satellite && bin > 0 ? space : ground).get(bin).add(link);
			if (highlighted.contains(link.id())) {
				bottlenecks.add(link);
			}
		}
		BasicStroke solid = solid(scale);
		BasicStroke dashed = dashed(scale);
		if (!bottlenecks.isEmpty()) {
			// Drawn first and wide: a red outline around the link's own colour.
			line(chart, BOTTLENECK, network, bottlenecks, BOTTLENECK_COLOR,
					new BasicStroke((float) (9.5 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND), true);
		}
		for (int bin = 0; bin < RATE_BINS.size(); bin++) {
			List<Link> g = ground.get(bin);
			List<Link> s = space.get(bin);
			if (g.isEmpty() && s.isEmpty()) {
				continue;
			}
			String name = RATE_BINS.get(bin);
			// The bin's legend entry is always a plain line (dashed grey for no key).
			line(chart, name, network, g, BIN_COLORS[bin], bin == 0 ? dashed : solid, true);
			if (!s.isEmpty()) {
				line(chart, name + SATELLITE_SUFFIX, network, s, BIN_COLORS[bin], dashed, false);
			}
		}
		if (anySatellite) {
			line(chart, SATELLITE_LINKS, network, List.of(), new Color(0x555555), dashed, true);
		}
	}

	private static void addLayoutLinks(XYChart chart, Network network, double scale) {
		List<Link> ground = new ArrayList<>();
		List<Link> space = new ArrayList<>();
		for (Link link : network.links()) {
			boolean satellite = isSatellite(network.node(link.nodeA())) || isSatellite(network.node(link.nodeB()));
			(satellite ? space : ground).add(link);
		}
		Color grey = new Color(0x636363);
		line(chart, LINKS, network, ground, grey, solid(scale), true);
		if (!space.isEmpty()) {
			line(chart, LINKS + SATELLITE_SUFFIX, network, space, grey, dashed(scale), false);
			line(chart, SATELLITE_LINKS, network, List.of(), grey, dashed(scale), true);
		}
	}

	private static BasicStroke solid(double scale) {
		return new BasicStroke((float) (3.0 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
	}

	private static BasicStroke dashed(double scale) {
		return new BasicStroke((float) (3.0 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
				new float[] { (float) (8 * scale), (float) (5 * scale) }, 0f);
	}

	/**
	 * One series of straight segments, separated by NaN; a series without links has a single
	 * NaN point, so that it is only a legend entry.
	 */
	private static void line(XYChart chart, String name, Network network, List<Link> links, Color color,
			BasicStroke stroke, boolean inLegend) {
		double[] x = new double[Math.max(1, 3 * links.size() - 1)];
		double[] y = new double[x.length];
		if (links.isEmpty()) {
			y[0] = Double.NaN;
		}
		for (int i = 0; i < links.size(); i++) {
			Node a = network.node(links.get(i).nodeA());
			Node b = network.node(links.get(i).nodeB());
			x[3 * i] = a.longitude();
			y[3 * i] = a.latitude();
			x[3 * i + 1] = b.longitude();
			y[3 * i + 1] = b.latitude();
			if (3 * i + 2 < x.length) {
				x[3 * i + 2] = b.longitude();
				y[3 * i + 2] = Double.NaN;
			}
		}
		XYSeries s = chart.addSeries(name, x, y);
		s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
		s.setLineColor(color);
		s.setLineStyle(stroke);
		s.setMarker(SeriesMarkers.NONE);
		s.setShowInLegend(inLegend);
	}

	private static boolean isSatellite(Node node) {
		return node.kind() == NodeKind.SATELLITE;
	}

	// --- nodes ------------------------------------------------------------------------------

	/** How a kind of node is drawn. */
	private record Style(String series, MapMarker marker, Color color) {
	}

	private static Style style(NodeKind kind) {
		return switch (kind) {
			case USER -> new Style(USER_SITES, new MapMarker(MapMarker.Form.CIRCLE, 1.0), new Color(0x1a1a1a));
			case TRUSTED -> new Style(TRUSTED_NODES, new MapMarker(MapMarker.Form.SQUARE, 0.75), new Color(0x5a5a5a));
			case GROUND_STATION -> new Style(GROUND_STATIONS, new MapMarker(MapMarker.Form.TRIANGLE, 1.05),
					new Color(0xe66101));
			case SATELLITE -> new Style(SATELLITE, new MapMarker(MapMarker.Form.DIAMOND, 1.1), new Color(0xd01c8b));
			default -> new Style(OTHER_NODES, new MapMarker(MapMarker.Form.CROSS, 1.0), new Color(0x2166ac));
		};
	}

	private static void addNodes(XYChart chart, Network network, double scale) {
		Map<NodeKind, List<Node>> byKind = new EnumMap<>(NodeKind.class);
		for (Node node : network.nodes()) {
			byKind.computeIfAbsent(node.kind(), k -> new ArrayList<>()).add(node);
		}
		// Kinds drawn as "other nodes" share one series.
		Map<String, List<Node>> bySeries = new LinkedHashMap<>();
		Map<String, Style> styles = new LinkedHashMap<>();
		for (Map.Entry<NodeKind, List<Node>> e : byKind.entrySet()) {
			Style style = style(e.getKey());
			bySeries.computeIfAbsent(style.series(), k -> new ArrayList<>()).addAll(e.getValue());
			styles.putIfAbsent(style.series(), style);
		}
		for (Map.Entry<String, List<Node>> e : bySeries.entrySet()) {
			List<Node> nodes = e.getValue();
			Style style = styles.get(e.getKey());
			XYSeries s = chart.addSeries(e.getKey(), nodes.stream().mapToDouble(Node::longitude).toArray(),
					nodes.stream().mapToDouble(Node::latitude).toArray());
			s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
			s.setMarker(style.marker());
			s.setMarkerColor(style.color());
		}
		List<MapLabels.Label> labels = network.nodes().stream().filter(node -> node.kind() == NodeKind.USER)
				.map(node -> new MapLabels.Label(node.name().isBlank() ? node.id() : node.name().strip(),
						node.longitude(), node.latitude()))
				.toList();
		if (!labels.isEmpty()) {
			List<double[]> points = network.nodes().stream()
					.map(node -> new double[] { node.longitude(), node.latitude() }).toList();
			List<double[]> segments = network.links().stream().map(link -> {
				Node a = network.node(link.nodeA());
				Node b = network.node(link.nodeB());
				return new double[] { a.longitude(), a.latitude(), b.longitude(), b.latitude() };
			}).toList();
			chart.addAnnotation(new MapLabels(labels, points, segments,
					new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(16 * scale)), LABEL_COLOR,
					chart.getStyler().getMarkerSize() / 2.0 * 1.1));
		}
	}

	// --- region -----------------------------------------------------------------------------

	/** {lonMin, lonMax, latMin, latMax} of the nodes with a margin; the whole world if none. */
	private static double[] region(List<Node> nodes) {
		if (nodes.isEmpty()) {
			return new double[] { -180, 180, -90, 90 };
		}
		double lonMin = Double.POSITIVE_INFINITY;
		double lonMax = Double.NEGATIVE_INFINITY;
		double latMin = Double.POSITIVE_INFINITY;
		double latMax = Double.NEGATIVE_INFINITY;
		for (Node node : nodes) {
			lonMin = Math.min(lonMin, node.longitude());
			lonMax = Math.max(lonMax, node.longitude());
			latMin = Math.min(latMin, node.latitude());
			latMax = Math.max(latMax, node.latitude());
		}
		double cos = Math.max(0.2, Math.cos(Math.toRadians(meanLatitude(nodes))));
		double margin = Math.max(MIN_MARGIN_DEG, 0.1 * Math.max(latMax - latMin, (lonMax - lonMin) * cos));
		return new double[] { Math.max(-180, lonMin - margin / cos), Math.min(180, lonMax + margin / cos),
				Math.max(-90, latMin - margin), Math.min(90, latMax + margin) };
	}

	private static double meanLatitude(List<Node> nodes) {
		return nodes.stream().mapToDouble(Node::latitude).average().orElse(0);
	}

	/** A tick label such as {@code 10°E}, {@code 2.5°S} or {@code 0°}. */
	private static String degrees(double value, String positive, String negative) {
		double v = Math.round(value * 1e6) / 1e6;
		String number = String.format(Locale.ROOT, "%.2f", Math.abs(v)).replaceAll("\\.?0+$", "");
		return v == 0 ? "0°" : number + "°" + (v > 0 ? positive : negative);
	}
}
