/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.knowm.xchart.XYChart;
import org.openqci.charts.KeyStockChartFactory;
import org.openqci.network.pools.PoolResults;

/** The "Key pools" view: the stock of every link's key pool over the last network run's simulated days. */
public final class KeyStockView extends ViewPart {

	/** The view id, as declared in {@code plugin.xml}. */
	public static final String ID = "org.openqci.ui.views.keystock";

	private ChartCanvas canvas;
	private PoolResults pools;

	@Override
	public void createPartControl(Composite parent) {
		canvas = new ChartCanvas(parent, "Run an experiment with a network and key pools to see the stock over time");
	}

	/** Shows the pools of a run ({@code null}: none). */
	public void showPools(PoolResults newPools) {
		pools = newPools;
		canvas.show(newPools == null ? null
				: (w, h) -> KeyStockChartFactory.create(newPools.sampleTimes(), newPools.stocks(), w, h));
	}

	/** The pools shown, or {@code null}. */
	public PoolResults getPools() {
		return pools;
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
