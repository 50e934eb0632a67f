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
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqci.model.Link;
import org.openqci.ui.UiIds;
import org.openqci.ui.editors.ExperimentEditor;
import org.openqci.ui.run.RunExperimentJob;
import org.openqci.ui.views.KeyRateView;

/**
 * The fibre and free-space examples run in the real workbench: they validate against the
 * installed channel models, and a run draws one key-rate curve per link.
 */
class ChannelExamplesWorkbenchTest {

	private static IProject project;

	@BeforeAll
	static void createProject() throws Exception {
		project = UiTestSupport.project("ui-tests-channels");
	}

	@AfterEach
	void closeEditors() {
		UiTestSupport.page().closeAllEditors(false);
		UiTestSupport.spin();
	}

	@ParameterizedTest
	@ValueSource(strings = { "metro-fibre-dwdm.qci", "canary-islands-free-space.qci" })
	void theExampleRunsInTheWorkbench(String example) throws Exception {
		IFile file;
		try (InputStream in = Files.newInputStream(UiTestSupport.repository().resolve("examples").resolve(example))) {
			file = UiTestSupport.write(project, example, in);
		}
		IEditorPart part = IDE.openEditor(UiTestSupport.page(), file, true);
		UiTestSupport.spin();
		ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, part);
		assertEquals(List.of(), editor.validateNow().stream().filter(p -> p.isError()).toList());
		List<String> links = editor.getExperiment().getLinks().stream().map(Link::getName).toList();

		editor.getSite().getService(IHandlerService.class).executeCommand(UiIds.RUN_COMMAND, null);
		UiTestSupport.waitForJobs(RunExperimentJob.FAMILY, 300_000);

		KeyRateView view = (KeyRateView) UiTestSupport.page().findView(UiIds.KEY_RATE_VIEW);
		assertNotNull(view);
		assertTrue(UiTestSupport.spinUntil(() -> view.getResultSet() != null
				&& view.getResultSet().provenance().experimentName().equals(editor.getExperiment().getName()), 10_000));
		Set<String> series = view.getChart().getSeriesMap().keySet();
		assertTrue(series.containsAll(links), "one curve per link: " + series);
	}
}
