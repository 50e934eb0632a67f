/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.knowm.xchart.XYChart;
import org.openqci.charts.NetworkMapChartFactory;
import org.openqci.network.Throughput;
import org.openqci.network.experiment.NetworkReport;

/**
 * The "Network map" view: the last network run's nodes and links on a map, the links coloured
 * by key rate; the bottleneck links of every demand (or of the demand selected in the Network
 * throughput view) drawn in red.
 */
public final class NetworkMapView extends ViewPart {

	/** The view id, as declared in {@code plugin.xml}. */
	public static final String ID = "org.openqci.ui.views.networkmap";

	private ChartCanvas canvas;
	private NetworkReport report;
	private Set<String> highlighted = Set.of();

	@Override
	public void createPartControl(Composite parent) {
		canvas = new ChartCanvas(parent, "Run an experiment with a network to see its map");
	}

	/** Shows a network run with every demand's bottleneck highlighted ({@code null}: none). */
	public void showReport(NetworkReport newReport) {
		report = newReport;
		Set<String> bottlenecks = new LinkedHashSet<>();
		if (newReport != null) {
			newReport.throughputs().forEach(t -> bottlenecks.addAll(t.bottlenecks()));
		}
		draw(bottlenecks);
	}

	/** Highlights one demand's bottleneck links ({@code null}: every demand's). */
	public void highlight(Throughput throughput) {
		if (throughput == null) {
			showReport(report);
		} else {
			draw(new LinkedHashSet<>(throughput.bottlenecks()));
		}
	}

	private void draw(Set<String> links) {
		highlighted = Set.copyOf(links);
		NetworkReport shown = report;
		canvas.show(shown == null ? null
				: (w, h) -> NetworkMapChartFactory.create(shown.evaluated().network(), highlighted, w, h));
	}

	/** The report shown, or {@code null}. */
	public NetworkReport getReport() {
		return report;
	}

	/** The highlighted links' ids. */
	public Set<String> getHighlighted() {
		return highlighted;
	}

	/** The chart drawn last, or {@code null}. */
	public XYChart getChart() {
		return canvas.chart();
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}
}
