/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.knowm.xchart.XYChart;
import org.openqci.charts.NetworkMapChartFactory;
import org.openqci.model.Experiment;
import org.openqci.network.Network;
import org.openqci.network.Throughput;
import org.openqci.network.experiment.NetworkLayout;
import org.openqci.network.experiment.NetworkReport;
import org.openqci.ui.editors.ExperimentEditor;

/**
 * The "Network map" view. After a network run: the nodes and links on a map, the links coloured
 * by key rate, the bottleneck links of every demand (or of the demand selected in the Network
 * throughput view) drawn in red. While the active experiment editor's network is edited: its
 * layout, redrawn at every change (an edit makes the last run's rates stale, so they are not
 * shown until the next run).
 */
public final class NetworkMapView extends ViewPart {

	/** The view id, as declared in {@code plugin.xml}. */
	public static final String ID = "org.openqci.ui.views.networkmap";

	/** How long edits are gathered before the layout is redrawn, in ms. */
	private static final int REDRAW_DELAY_MS = 300;

	private ChartCanvas canvas;
	private NetworkReport report;
	private Set<String> highlighted = Set.of();
	private Experiment followed;
	private final Runnable redrawLayout = this::drawLayout;

	private final EContentAdapter changes = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch() && canvas != null && !canvas.control().isDisposed()) {
				report = null;
				Display display = canvas.control().getDisplay();
				display.timerExec(-1, redrawLayout);
				display.timerExec(REDRAW_DELAY_MS, redrawLayout);
			}
		}
	};

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof ExperimentEditor editor) {
				follow(editor);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		canvas = new ChartCanvas(parent, "Open an experiment with a network, or run one, to see its map");
		getSite().getPage().addPartListener(editors);
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (active instanceof ExperimentEditor editor) {
			follow(editor);
		}
	}

	/** Draws the network of {@code editor}'s experiment and follows its changes. */
	private void follow(ExperimentEditor editor) {
		Experiment experiment = editor.getExperiment();
		if (experiment == followed) {
			return;
		}
		unfollow();
		followed = experiment;
		if (experiment != null) {
			experiment.eAdapters().add(changes);
		}
		if (report == null) {
			drawLayout();
		}
	}

	private void unfollow() {
		if (followed != null) {
			followed.eAdapters().remove(changes);
			followed = null;
		}
	}

	private void drawLayout() {
		if (canvas == null || canvas.control().isDisposed() || report != null) {
			return;
		}
		highlighted = Set.of();
		if (followed == null || followed.getNetwork() == null) {
			canvas.show(null);
			return;
		}
		Network layout = NetworkLayout.of(followed.getNetwork());
		canvas.show((w, h) -> NetworkMapChartFactory.layout(layout, w, h));
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
		if (report == null) {
			return;
		}
		if (throughput == null) {
			showReport(report);
		} else {
			draw(new LinkedHashSet<>(throughput.bottlenecks()));
		}
	}

	private void draw(Set<String> links) {
		highlighted = Set.copyOf(links);
		NetworkReport shown = report;
		if (shown == null) {
			drawLayout();
			return;
		}
		canvas.show((w, h) -> NetworkMapChartFactory.create(shown.evaluated().network(), highlighted, w, h));
	}

	/** The report shown, or {@code null} (nothing, or the layout of the edited network). */
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

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		unfollow();
		super.dispose();
	}
}
