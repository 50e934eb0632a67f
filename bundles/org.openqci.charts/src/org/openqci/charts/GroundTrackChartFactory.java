/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.charts;

import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.openqci.core.orbit.Station;
import org.openqci.core.orbit.TrackPoint;
import org.openqci.core.results.PassResults;

/**
 * Draws the satellite's ground track on a plain longitude-latitude map of the world's coastlines
 * (Natural Earth 1:110 million land outlines, shipped in {@code data/coastlines-110m.txt}), with
 * the ground stations marked. The track is cut where it crosses the antimeridian.
 */
public final class GroundTrackChartFactory {

	/** Name of the track series (its continuations are not in the legend). */
	public static final String TRACK = "ground track";

	private static final String COASTLINES = "data/coastlines-110m.txt";
	private static final Color LAND = new Color(0x9a9a9a);
	private static final Color TRACK_COLOR = new Color(0x1f77b4);
	private static final Color STATION_COLOR = new Color(0xd62728);
	private static volatile List<double[][]> coastlines;

	private GroundTrackChartFactory() {
	}

	/**
	 * A map of the ground track during the first {@code span} of the results (the whole range if
	 * null), {@code width} by {@code height} pixels.
	 */
	public static XYChart create(PassResults results, Duration span, int width, int height) {
		Objects.requireNonNull(results, "results");
		Instant until = span == null ? results.end() : results.start().plus(span);
		String shown = text(results.start()) + " to " + text(until.isAfter(results.end()) ? results.end() : until);
		XYChart chart = new XYChartBuilder().width(width).height(height).title(results.satellite())
				.xAxisTitle("longitude [deg]; ground track from " + shown + " UTC").yAxisTitle("latitude [deg]")
				.build();
		XYStyler styler = chart.getStyler();
		PlainStyle.apply(styler, PlainStyle.scale(width, height));
		styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
		styler.setXAxisMin(-180.0);
		styler.setXAxisMax(180.0);
		styler.setYAxisMin(-90.0);
		styler.setYAxisMax(90.0);
		styler.setLegendPosition(LegendPosition.OutsideS);
		styler.setLegendLayout(LegendLayout.Horizontal);
		int n = 0;
		for (double[][] line : coastlines()) {
			XYSeries s = chart.addSeries("land " + n++, line[0], line[1]);
			s.setLineStyle(SeriesLines.SOLID);
			s.setLineColor(LAND);
			s.setLineWidth(0.8f);
			s.setMarker(SeriesMarkers.NONE);
			s.setShowInLegend(false);
		}
		List<TrackPoint> track = results.groundTrack().stream().filter(p -> !p.time().isAfter(until)).toList();
		int part = 0;
		for (double[][] run : runs(track.stream().map(p -> new double[] { p.longitudeDeg(), p.latitudeDeg() })
				.toList())) {
			XYSeries s = chart.addSeries(part == 0 ? TRACK : TRACK + " " + part, run[0], run[1]);
			s.setLineStyle(SeriesLines.SOLID);
			s.setLineColor(TRACK_COLOR);
			s.setLineWidth(1.2f);
			s.setMarker(SeriesMarkers.NONE);
			s.setShowInLegend(part++ == 0);
		}
		for (Station station : results.stations()) {
			XYSeries s = chart.addSeries(station.name(), new double[] { station.longitudeDeg() },
					new double[] { station.latitudeDeg() });
			s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
			s.setMarker(SeriesMarkers.DIAMOND);
			s.setMarkerColor(STATION_COLOR);
		}
		styler.setMarkerSize((int) Math.round(12 * PlainStyle.scale(width, height)));
		return chart;
	}

	/**
	 * A polyline of (longitude, latitude) points split where the longitude jumps across the
	 * antimeridian, as rows of longitudes and latitudes.
	 */
	static List<double[][]> runs(List<double[]> points) {
		List<double[][]> runs = new ArrayList<>();
		int from = 0;
		for (int i = 1; i <= points.size(); i++) {
			if (i == points.size() || Math.abs(points.get(i)[0] - points.get(i - 1)[0]) > 180.0) {
				double[][] run = new double[2][i - from];
				for (int k = from; k < i; k++) {
					run[0][k - from] = points.get(k)[0];
					run[1][k - from] = points.get(k)[1];
				}
				runs.add(run);
				from = i;
			}
		}
		return runs;
	}

	/** The coastline polylines, longitude in row 0 and latitude in row 1, read once. */
	static List<double[][]> coastlines() {
		List<double[][]> lines = coastlines;
		if (lines == null) {
			lines = read();
			coastlines = lines;
		}
		return lines;
	}

	private static List<double[][]> read() {
		List<double[][]> lines = new ArrayList<>();
		try (InputStream in = GroundTrackChartFactory.class.getClassLoader().getResourceAsStream(COASTLINES)) {
			if (in == null) {
				throw new IllegalStateException("the bundle's " + COASTLINES + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				List<double[]> points = new ArrayList<>();
				for (String pair : line.trim().split(" ")) {
					int comma = pair.indexOf(',');
					points.add(new double[] { Double.parseDouble(pair.substring(0, comma)),
							Double.parseDouble(pair.substring(comma + 1)) });
				}
				lines.addAll(runs(points));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return List.copyOf(lines);
	}

	private static String text(Instant t) {
		return t.toString().substring(0, 16).replace('T', ' ');
	}
}
