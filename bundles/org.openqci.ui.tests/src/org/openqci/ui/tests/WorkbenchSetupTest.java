/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.openqci.charts.ChartOptions;
import org.openqci.charts.KeyRateChartFactory;
import org.openqci.ui.UiIds;
import org.openqci.ui.application.ExamplesProject;
import org.openqci.ui.editors.ExperimentEditor;
import org.openqci.ui.navigator.ExperimentNavigatorView;
import org.openqci.ui.navigator.NewExperiments;
import org.openqci.ui.run.RunExperimentJob;
import org.openqci.ui.views.KeyRateView;

/**
 * The application's contributions as the running workbench sees them: product, perspective and
 * views, the run command's key binding and enablement, the navigator, the examples project and
 * new experiments, and the key rate view's options.
 */
class WorkbenchSetupTest {

	@AfterEach
	void closeEditors() {
		UiTestSupport.page().closeAllEditors(false);
		UiTestSupport.spin();
	}

	@Test
	void theProductAndPerspectiveAreOurs() {
		assertNotNull(Platform.getProduct());
		assertEquals("OpenQCI Workbench", Platform.getProduct().getName());
		IWorkbenchPage page = UiTestSupport.page();
		assertEquals(UiIds.PERSPECTIVE, page.getPerspective().getId());
		for (String view : List.of(UiIds.NAVIGATOR_VIEW, UiIds.KEY_RATE_VIEW, IPageLayout.ID_PROBLEM_VIEW)) {
			assertNotNull(page.findViewReference(view), view + " is in the perspective");
		}
	}

	@Test
	void runIsBoundToCtrlRAndEnabledOnlyWithAnExperimentEditor() throws Exception {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		TriggerSequence[] triggers = bindings.getActiveBindingsFor(UiIds.RUN_COMMAND);
		assertTrue(Arrays.stream(triggers).anyMatch(t -> t.format().equals("Ctrl+R")),
				"Ctrl+R runs: " + Arrays.toString(triggers));

		Command run = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(UiIds.RUN_COMMAND);
		UiTestSupport.spin();
		assertFalse(run.isEnabled(), "no experiment editor, nothing to run");
		IFile file = UiTestSupport.copyExample(UiTestSupport.project("ui-tests"), "enablement.qci");
		IDE.openEditor(UiTestSupport.page(), file, true);
		assertTrue(UiTestSupport.spinUntil(run::isEnabled, 5_000), "enabled with an experiment editor");
	}

	@Test
	void theNavigatorShowsProjectsFoldersAndExperimentsOnly() throws Exception {
		IProject project = UiTestSupport.project("navigator");
		IFile experiment = UiTestSupport.copyExample(project, "shown.qci");
		IFile other = UiTestSupport.write(project, "notes.txt", new java.io.ByteArrayInputStream(new byte[] { 'x' }));
		ExperimentNavigatorView view = (ExperimentNavigatorView) UiTestSupport.page().showView(UiIds.NAVIGATOR_VIEW);
		UiTestSupport.spin();
		ITreeContentProvider content = (ITreeContentProvider) view.getViewer().getContentProvider();
		assertTrue(Arrays.asList(content.getElements(ResourcesPlugin.getWorkspace().getRoot())).contains(project));
		List<Object> children = Arrays.asList(content.getChildren(project));
		assertTrue(children.contains(experiment));
		assertFalse(children.contains(other), "only experiment files are shown");
	}

	@Test
	void aNewExperimentIsCreatedFromTheTemplateAndOpens() throws Exception {
		IProject project = UiTestSupport.project("new-experiments");
		IFile file = project.getFile("fresh.qci");
		if (file.exists()) {
			file.delete(true, null);
		}
		NewExperiments.create(file);
		assertTrue(file.exists());
		IEditorPart part = IDE.openEditor(UiTestSupport.page(), file, true);
		ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, part);
		assertEquals("fresh", editor.getExperiment().getName());
		assertEquals(List.of(), editor.validateNow().stream().map(Object::toString).toList(),
				"the new experiment is valid");
	}

	@Test
	void theExamplesProjectHoldsCopiesOfTheExamples() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExamplesProject.PROJECT);
		String previous = System.getProperty(ExamplesProject.PROPERTY);
		if (!project.exists()) {
			System.setProperty(ExamplesProject.PROPERTY, UiTestSupport.repository().resolve("examples").toString());
			try {
				ExamplesProject.installIfMissing();
			} finally {
				if (previous == null) {
					System.clearProperty(ExamplesProject.PROPERTY);
				}
			}
		}
		IFile example = project.getFile(UiTestSupport.EXAMPLE);
		assertTrue(example.exists());
		assertFalse(example.isLinked(), "a copy, not a link");
		assertTrue(project.getLocation().isPrefixOf(example.getLocation()), "stored in the workspace");
	}

	@Test
	void laterStartsAddMissingExamplesAndKeepEditedOnes() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExamplesProject.PROJECT);
		String previous = System.getProperty(ExamplesProject.PROPERTY);
		System.setProperty(ExamplesProject.PROPERTY, UiTestSupport.repository().resolve("examples").toString());
		try {
			ExamplesProject.installIfMissing();
			IFile edited = project.getFile(UiTestSupport.EXAMPLE);
			edited.setContents(new java.io.ByteArrayInputStream("edited".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					IResource.FORCE, null);
			IFile comparison = project.getFile("protocol-comparison.qci");
			comparison.delete(true, null);
			assertFalse(comparison.exists());

			// a file written into the project folder while the workbench was not running: the workspace
			// does not know it until a refresh, and copying over it must not stop the other examples
			java.nio.file.Path outside = project.getLocation().toFile().toPath().resolve("cv-qkd-gg02.qci");
			project.getFile("cv-qkd-gg02.qci").delete(true, null);
			java.nio.file.Files.writeString(outside, "edited outside");

			ExamplesProject.installIfMissing(); // a later start, e.g. after an update with new examples

			assertTrue(comparison.exists(), "a missing example is copied again");
			assertTrue(project.getFile("cv-qkd-gg02.qci").exists(), "the file written outside is known after the start");
			assertEquals("edited outside", java.nio.file.Files.readString(outside), "and kept as it is");
			project.getFile("cv-qkd-gg02.qci").delete(true, null);
			ExamplesProject.installIfMissing(); // restore the original for other tests
			try (java.io.InputStream in = edited.getContents()) {
				assertEquals("edited", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
						"an example the user edited is never replaced");
			}
			UiTestSupport.copyExample(project, UiTestSupport.EXAMPLE); // restore the original for other tests
		} finally {
			if (previous == null) {
				System.clearProperty(ExamplesProject.PROPERTY);
			} else {
				System.setProperty(ExamplesProject.PROPERTY, previous);
			}
		}
	}

	@Test
	void theKeyRateViewRedrawsForItsOptions() throws Exception {
		IFile file = UiTestSupport.copyExample(UiTestSupport.project("ui-tests"), "options.qci");
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTestSupport.page(), file, true);
		UiTestSupport.spin();
		IViewPart part = UiTestSupport.page().showView(UiIds.KEY_RATE_VIEW);
		KeyRateView view = (KeyRateView) part;
		editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(UiIds.RUN_COMMAND,
				null);
		UiTestSupport.waitForJobs(RunExperimentJob.FAMILY, 300_000);
		assertTrue(UiTestSupport.spinUntil(() -> view.getChart() != null, 10_000));

		ChartOptions before = view.getOptions();
		try {
			view.setOptions(before.withRateUnit(ChartOptions.RateUnit.BIT_PER_SECOND).withTgw(true).withPlob(false));
			XYChart chart = view.getChart();
			assertTrue(chart.getYAxisTitle().contains("bit/s"), chart.getYAxisTitle());
			assertTrue(chart.getSeriesMap().keySet().stream().anyMatch(s -> s.startsWith(KeyRateChartFactory.TGW_SERIES)));
			assertFalse(
					chart.getSeriesMap().keySet().stream().anyMatch(s -> s.startsWith(KeyRateChartFactory.PLOB_SERIES)));
		} finally {
			view.setOptions(before);
		}
	}
}
