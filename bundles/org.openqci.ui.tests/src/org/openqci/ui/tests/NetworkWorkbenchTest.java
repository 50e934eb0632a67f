/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqci.charts.NetworkMapChartFactory;
import org.openqci.network.Throughput;
import org.openqci.network.experiment.NetworkReport;
import org.openqci.ui.UiIds;
import org.openqci.ui.editors.ExperimentEditor;
import org.openqci.ui.run.RunExperimentJob;
import org.openqci.ui.views.KeyStockView;
import org.openqci.ui.views.NetworkMapView;
import org.openqci.ui.views.ThroughputView;

/**
 * The European backbone example, its passes and key pools cut to one day, in the real
 * workbench: the map draws the edited network's layout; the run opens the network map (links
 * coloured by rate, bottlenecks highlighted), the throughput table (one line per demand;
 * what-if without a node) and the key pools' stock; an edit brings the layout back.
 */
class NetworkWorkbenchTest {

	private static final long RUN_TIMEOUT_MS = 600_000;
	private static IProject project;

	@BeforeAll
	static void createProject() throws Exception {
		project = UiTestSupport.project("ui-tests-network");
	}

	@AfterEach
	void closeEditors() {
		UiTestSupport.page().closeAllEditors(false);
		UiTestSupport.spin();
	}

	@Test
	void aRunShowsTheMapTheThroughputAndTheKeyPools() throws Exception {
		String text = Files.readString(UiTestSupport.repository().resolve("examples/european-backbone.qci"))
				.replace("end=\"2026-06-08T00:00:00Z\"", "end=\"2026-06-02T00:00:00Z\"")
				.replace("<pools days=\"7\"", "<pools days=\"1\"");
		IFile file = UiTestSupport.write(project, "backbone-one-day.qci",
				new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		IEditorPart part = IDE.openEditor(UiTestSupport.page(), file, true);
		UiTestSupport.spin();
		ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, part);
		assertEquals(List.of(), editor.validateNow().stream().filter(p -> p.isError()).toList());

		IWorkbenchPage page = UiTestSupport.page();
		NetworkMapView map = (NetworkMapView) page.showView(UiIds.NETWORK_MAP_VIEW);
		page.activate(editor);
		UiTestSupport.spin();
		page.activate(map);
		UiTestSupport.spin();
		assertEquals(NetworkMapChartFactory.LAYOUT_TITLE, map.getChart().getTitle(),
				"before a run the map draws the edited network's layout");
		assertTrue(map.getChart().getSeriesMap().containsKey(NetworkMapChartFactory.LINKS));
		page.activate(editor);

		editor.getSite().getService(IHandlerService.class).executeCommand(UiIds.RUN_COMMAND, null);
		UiTestSupport.waitForJobs(RunExperimentJob.FAMILY, RUN_TIMEOUT_MS);

		ThroughputView table = (ThroughputView) page.findView(UiIds.THROUGHPUT_VIEW);
		assertNotNull(table, "the throughput table is shown after a network run");
		assertTrue(UiTestSupport.spinUntil(() -> table.getReport() != null, 10_000));
		NetworkReport report = table.getReport();
		assertEquals(6, report.throughputs().size());
		assertEquals(6, table.getTable().getItemCount(), "one line per demand");
		assertTrue(table.getSummary().contains("routing MAX_FLOW"), table.getSummary());
		Throughput parisBrussels = report.throughputs().get(2);
		assertEquals("paris", parisBrussels.from());
		assertTrue(parisBrussels.bitsPerSecond() > 0, "Paris and Brussels share key over two fibre routes");

		table.setWithout("mons");
		UiTestSupport.spin();
		String after = table.getTable().getItem(2).getText(8);
		assertNotEquals("", after, "the what-if column is filled");
		assertTrue(Double.parseDouble(after) < parisBrussels.bitsPerSecond(),
				"without Mons, Paris-Brussels has only the route over Lille: " + after);

		assertSame(report, map.getReport());
		page.activate(map);
		UiTestSupport.spin();
		assertEquals(NetworkMapChartFactory.TITLE, map.getChart().getTitle());
		assertTrue(map.getChart().getSeriesMap().keySet().containsAll(Set.of(NetworkMapChartFactory.USER_SITES,
				NetworkMapChartFactory.TRUSTED_NODES, NetworkMapChartFactory.GROUND_STATIONS)),
				map.getChart().getSeriesMap().keySet().toString());
		table.select(2);
		UiTestSupport.spin();
		assertEquals(Set.copyOf(parisBrussels.bottlenecks()), map.getHighlighted(),
				"selecting a demand highlights its bottleneck");

		KeyStockView stock = (KeyStockView) page.findView(UiIds.KEY_STOCK_VIEW);
		assertNotNull(stock, "the key pools are shown after a run with pools");
		assertSame(report.pools(), stock.getPools());
		assertEquals(86_400, report.pools().settings().durationSeconds());

		editor.getExperiment().getNetwork().getNodes().get(0).setLatitude(39.0);
		assertTrue(UiTestSupport.spinUntil(() -> map.getReport() == null
				&& NetworkMapChartFactory.LAYOUT_TITLE.equals(map.getChart().getTitle()), 5_000),
				"an edit makes the rates stale: the map draws the layout again");
	}
}
