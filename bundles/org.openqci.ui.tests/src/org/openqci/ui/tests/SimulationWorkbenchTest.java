/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqci.postprocessing.BlockResult;
import org.openqci.ui.UiIds;
import org.openqci.ui.editors.ExperimentEditor;
import org.openqci.ui.run.SimulateLinkHandler;
import org.openqci.ui.run.SimulateLinkJob;
import org.openqci.ui.views.SimulationView;

/**
 * Experiment &gt; Simulate Link in the real workbench: the simulated example's link is simulated
 * in a background job and its blocks appear in the Link simulation view, with final keys.
 */
class SimulationWorkbenchTest {

	private static IProject project;

	@BeforeAll
	static void createProject() throws Exception {
		project = UiTestSupport.project("ui-tests-simulation");
	}

	@AfterEach
	void closeEditors() {
		UiTestSupport.page().closeAllEditors(false);
		UiTestSupport.spin();
	}

	@Test
	void simulatingTheExampleShowsItsBlocksInTheView() throws Exception {
		IFile file;
		try (InputStream in = Files.newInputStream(
				UiTestSupport.repository().resolve("examples").resolve("simulated-decoy-bb84.qci"))) {
			file = UiTestSupport.write(project, "simulated-decoy-bb84.qci", in);
		}
		IEditorPart part = IDE.openEditor(UiTestSupport.page(), file, true);
		UiTestSupport.spin();
		ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, part);

		ICommandService commands = editor.getSite().getService(ICommandService.class);
		ParameterizedCommand simulate = ParameterizedCommand.generateCommand(
				commands.getCommand(UiIds.SIMULATE_COMMAND),
				Map.of(SimulateLinkHandler.SECONDS, "0.3", SimulateLinkHandler.CORRECTION, "cascade-original"));
		editor.getSite().getService(IHandlerService.class).executeCommand(simulate, null);
		UiTestSupport.waitForJobs(SimulateLinkJob.FAMILY, 300_000);

		SimulationView view = (SimulationView) UiTestSupport.page().findView(UiIds.SIMULATION_VIEW);
		assertNotNull(view);
		assertTrue(UiTestSupport.spinUntil(() -> view.blocks().size() == 2, 10_000), "blocks: " + view.blocks().size());
		for (BlockResult block : view.blocks()) {
			assertEquals(null, block.aborted());
			assertTrue(block.finalBits() > 0);
			assertEquals(block.finalKeyAlice(), block.finalKeyBob());
		}
		assertTrue(view.summaryText().startsWith("Decoy BB84, n_X = 1e6, Cascade (original): 2 blocks"),
				view.summaryText());
		assertTrue(UiTestSupport.spinUntil(() -> view.timelineChart() != null, 10_000));
		assertTrue(view.timelineChart().getSeriesMap().keySet().contains("QBER [%]"));
	}
}
