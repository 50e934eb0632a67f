/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.openqci.charts.KeyRateChartFactory;
import org.openqci.model.DetectorConfig;
import org.openqci.model.Experiment;
import org.openqci.model.Link;
import org.openqci.model.QciPackage;
import org.openqci.ui.UiIds;
import org.openqci.ui.editors.ExperimentEditor;
import org.openqci.ui.editors.ParameterCommands;
import org.openqci.ui.run.RunExperimentJob;
import org.openqci.ui.views.KeyRateView;
import org.openqci.ui.views.ResultsTableView;

/**
 * Drives the real workbench: opens the GYS example in the experiment editor, runs it through the
 * run command, and checks the key rate chart; edits through the command stack, undo, problem
 * markers, save, and a file that cannot be read.
 */
class ExperimentWorkbenchTest {

	private static final long RUN_TIMEOUT_MS = 300_000;
	private static IProject project;

	@BeforeAll
	static void createProject() throws Exception {
		project = UiTestSupport.project("ui-tests");
	}

	@AfterEach
	void closeEditors() throws Exception {
		UiTestSupport.page().closeAllEditors(false);
		UiTestSupport.spin();
	}

	private static ExperimentEditor open(IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(UiTestSupport.page(), file, true);
		UiTestSupport.spin();
		assertInstanceOf(ExperimentEditor.class, part, "*.qci files open in the experiment editor");
		return (ExperimentEditor) part;
	}

	@Test
	void runCommandShowsOneCurvePerLinkAndThePlobBound() throws Exception {
		IFile file = UiTestSupport.copyExample(project, "run.qci");
		ExperimentEditor editor = open(file);
		assertNull(editor.getLoadError());
		assertFalse(editor.isDirty(), "a freshly opened editor is not dirty");
		Experiment experiment = editor.getExperiment();
		List<String> linkNames = experiment.getLinks().stream().map(Link::getName).toList();
		assertEquals(3, linkNames.size());
		// A modal error dialog would block the test: fail first if the example does not validate.
		assertEquals(List.of(), editor.validateNow().stream().filter(p -> p.isError()).toList(),
				"the example validates against the installed models");

		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		handlers.executeCommand(UiIds.RUN_COMMAND, null);
		UiTestSupport.waitForJobs(RunExperimentJob.FAMILY, RUN_TIMEOUT_MS);

		IWorkbenchPage page = UiTestSupport.page();
		KeyRateView view = (KeyRateView) page.findView(UiIds.KEY_RATE_VIEW);
		assertNotNull(view, "the key rate view is shown after a run");
		assertTrue(UiTestSupport.spinUntil(() -> view.getResultSet() != null, 10_000), "the view shows the results");
		XYChart chart = view.getChart();
		assertNotNull(chart);
		Set<String> series = chart.getSeriesMap().keySet();
		for (String name : linkNames) {
			assertTrue(series.contains(name), "a curve for link '" + name + "' in " + series);
		}
		assertTrue(series.stream().anyMatch(s -> s.startsWith(KeyRateChartFactory.PLOB_SERIES)),
				"the PLOB bound in " + series);
		assertEquals(experiment.getName(), view.getResultSet().provenance().experimentName());
		assertFalse(editor.isDirty(), "running does not change the experiment");

		ResultsTableView table = (ResultsTableView) page.findView(UiIds.RESULTS_VIEW);
		assertNotNull(table, "the results table is created by a run");
		assertSame(view.getResultSet(), table.getResultSet());
		String firstLink = experiment.getLinks().get(0).getId();
		assertEquals(firstLink, table.selectedLinkId());
		int points = (int) view.getResultSet().rows().stream().filter(r -> r.linkId().equals(firstLink)).count();
		assertEquals(points, table.getTable().getItemCount(), "one table row per sweep point");
		assertTrue(table.columnHeaders().contains("source.mu *"),
				"the optimised signal intensity has a column: " + table.columnHeaders());
		String lastLink = experiment.getLinks().get(linkNames.size() - 1).getId();
		table.selectLink(lastLink);
		assertEquals(lastLink, table.selectedLinkId());
		assertTrue(table.getTable().getItem(0).getText(1).matches("[0-9.e-]+"),
				"key rates are numbers: " + table.getTable().getItem(0).getText(1));
	}

	@Test
	void editMakesTheEditorDirtyAndUndoRestoresIt() throws Exception {
		IFile file = UiTestSupport.copyExample(project, "undo.qci");
		ExperimentEditor editor = open(file);
		Experiment experiment = editor.getExperiment();
		String original = experiment.getName();
		EditingDomain domain = editor.getEditingDomain();
		CommandStack stack = domain.getCommandStack();

		Command rename = SetCommand.create(domain, experiment, QciPackage.Literals.EXPERIMENT__NAME, "Renamed");
		assertTrue(rename.canExecute());
		stack.execute(rename);
		UiTestSupport.spin();
		assertEquals("Renamed", experiment.getName());
		assertTrue(editor.isDirty());

		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		UiTestSupport.spin();
		assertEquals(original, experiment.getName(), "Edit > Undo undoes the command");
		assertFalse(editor.isDirty());

		handlers.executeCommand("org.eclipse.ui.edit.redo", null);
		UiTestSupport.spin();
		assertEquals("Renamed", experiment.getName(), "Edit > Redo redoes it");
		stack.undo();
		assertFalse(editor.isDirty());
	}

	@Test
	void outOfRangeParameterGivesAProblemMarkerNamingIt() throws Exception {
		IFile file = UiTestSupport.copyExample(project, "markers.qci");
		ExperimentEditor editor = open(file);
		assertEquals(0, errors(file).length, "the example is valid: " + Arrays.toString(errors(file)));

		DetectorConfig detector = editor.getExperiment().getLinks().get(0).getDetector();
		Command command = ParameterCommands.setValue(editor.getEditingDomain(), detector, "efficiency", null, 5.0,
				null);
		editor.getEditingDomain().getCommandStack().execute(command);
		assertTrue(UiTestSupport.spinUntil(() -> errors(file).length > 0, 10_000),
				"the validation after the edit marks the file");
		IMarker[] markers = errors(file);
		assertTrue(Arrays.stream(markers).anyMatch(m -> text(m).contains("efficiency")),
				"a marker names the parameter: " + Arrays.stream(markers).map(ExperimentWorkbenchTest::text)
						.collect(Collectors.joining("; ")));

		IMarker efficiency = Arrays.stream(markers).filter(m -> text(m).contains("efficiency")).findFirst().orElseThrow();
		editor.getTreeViewer().setSelection(new StructuredSelection(editor.getExperiment()));
		IDE.gotoMarker(editor, efficiency);
		assertEquals(detector, editor.getTreeViewer().getStructuredSelection().getFirstElement(),
				"going to the marker (double-click in the Problems view) selects the detector");

		editor.getEditingDomain().getCommandStack().undo();
		assertTrue(UiTestSupport.spinUntil(() -> errors(file).length == 0, 10_000), "undo clears the marker");
	}

	@Test
	void saveWritesTheFileAndClearsTheDirtyState() throws Exception {
		IFile file = UiTestSupport.copyExample(project, "save.qci");
		ExperimentEditor editor = open(file);
		EditingDomain domain = editor.getEditingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, editor.getExperiment(),
				QciPackage.Literals.EXPERIMENT__NAME, "Saved name"));
		assertTrue(editor.isDirty());
		editor.doSave(null);
		assertFalse(editor.isDirty());
		String content = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(content.contains("Saved name"), content);
		assertTrue(file.isSynchronized(IResource.DEPTH_ZERO));
	}

	@Test
	void aFileThatCannotBeReadShowsAMessage() throws Exception {
		IFile file = UiTestSupport.write(project, "broken.qci",
				new ByteArrayInputStream("<qci:Experiment xmlns:qci=\"http://openqci.org/experiment/1.0\" name=\"x\">"
						.getBytes(StandardCharsets.UTF_8)));
		ExperimentEditor editor = open(file);
		assertNull(editor.getExperiment());
		assertNotNull(editor.getLoadError());
		assertTrue(editor.getLoadError().contains("broken.qci"), editor.getLoadError());
		assertFalse(editor.isDirty());
	}

	private static IMarker[] errors(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(UiIds.PROBLEM_MARKER, true, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
					.toArray(IMarker[]::new);
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String text(IMarker marker) {
		return marker.getAttribute(IMarker.LOCATION, "") + ": " + marker.getAttribute(IMarker.MESSAGE, "");
	}
}
