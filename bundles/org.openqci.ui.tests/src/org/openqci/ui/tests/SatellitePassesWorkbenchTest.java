/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
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
import org.openqci.charts.GroundTrackChartFactory;
import org.openqci.charts.PassTimelineChartFactory;
import org.openqci.core.results.PassResult;
import org.openqci.core.results.PassResults;
import org.openqci.ui.UiIds;
import org.openqci.ui.editors.ExperimentEditor;
import org.openqci.ui.run.RunExperimentJob;
import org.openqci.ui.views.GroundTrackView;
import org.openqci.ui.views.PassTableView;
import org.openqci.ui.views.PassTimelineView;

/**
 * The satellite example, cut to its first day, run in the real workbench: the run opens the pass
 * table, the pass timeline (showing the first link's pass with the most key) and the ground track; selecting
 * another pass in the table shows it in the timeline.
 */
class SatellitePassesWorkbenchTest {

	private static final long RUN_TIMEOUT_MS = 300_000;
	private static IProject project;

	@BeforeAll
	static void createProject() throws Exception {
		project = UiTestSupport.project("ui-tests-passes");
	}

	@AfterEach
	void closeEditors() {
		UiTestSupport.page().closeAllEditors(false);
		UiTestSupport.spin();
	}

	@Test
	void aRunShowsThePassesTheirTimelineAndTheGroundTrack() throws Exception {
		String text = Files.readString(UiTestSupport.repository().resolve("examples/leo-satellite-week.qci"))
				.replace("end=\"2026-06-08T00:00:00Z\"", "end=\"2026-06-02T00:00:00Z\"");
		IFile file = UiTestSupport.write(project, "one-day.qci",
				new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		IEditorPart part = IDE.openEditor(UiTestSupport.page(), file, true);
		UiTestSupport.spin();
		ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, part);
		assertEquals(List.of(), editor.validateNow().stream().filter(p -> p.isError()).toList(),
				"the example validates against the installed models and the orbit propagator");

		editor.getSite().getService(IHandlerService.class).executeCommand(UiIds.RUN_COMMAND, null);
		UiTestSupport.waitForJobs(RunExperimentJob.FAMILY, RUN_TIMEOUT_MS);

		IWorkbenchPage page = UiTestSupport.page();
		PassTableView table = (PassTableView) page.findView(UiIds.PASSES_VIEW);
		assertNotNull(table, "the pass table is shown after a run with passes");
		assertTrue(UiTestSupport.spinUntil(() -> table.getPasses() != null, 10_000));
		PassResults passes = table.getPasses();
		assertEquals(2, passes.stations().size());
		assertTrue(passes.passes().size() >= 4, "a 500 km SSO passes over two stations several times a day: "
				+ passes.passes().size());
		assertEquals(passes.passes().size(), table.getTable().getItemCount(), "one row per link and pass");
		assertTrue(table.getSummary().contains("Matera") && table.getSummary().contains("per year"), table.getSummary());

		PassTimelineView timeline = (PassTimelineView) page.findView(UiIds.PASS_TIMELINE_VIEW);
		assertNotNull(timeline, "the pass timeline is shown after a run with passes");
		PassResult best = passes.passes().stream().filter(p -> p.linkId().equals("finite"))
				.max(Comparator.comparingDouble(PassResult::secretBits)).orElseThrow();
		assertSame(best, timeline.getPass(), "the timeline starts with the first link's pass with the most key");
		assertTrue(best.secretBits() > 0, "the best pass gives key");
		assertTrue(timeline.getChart().getSeriesMap().keySet().containsAll(Set.of(PassTimelineChartFactory.ELEVATION,
				PassTimelineChartFactory.LOSS, PassTimelineChartFactory.DETECTIONS, PassTimelineChartFactory.KEY)));

		PassResult other = passes.passes().stream().filter(p -> p != best).findFirst().orElseThrow();
		table.select(other);
		UiTestSupport.spin();
		assertSame(other, timeline.getPass(), "selecting a pass in the table shows it in the timeline");

		GroundTrackView track = (GroundTrackView) page.findView(UiIds.GROUND_TRACK_VIEW);
		assertNotNull(track, "the ground track is created by a run with passes");
		assertSame(passes, track.getPasses());
		page.activate(track);
		UiTestSupport.spin();
		assertNotNull(track.getChart());
		assertTrue(track.getChart().getSeriesMap().keySet().containsAll(Set.of(GroundTrackChartFactory.TRACK, "Matera",
				"Tenerife")), track.getChart().getSeriesMap().keySet().toString());
	}
}
