/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqci.core.validation.Problem;
import org.openqci.model.DetectorConfig;
import org.openqci.model.Experiment;
import org.openqci.model.ParameterValue;
import org.openqci.model.SourceConfig;
import org.openqci.ui.tests.UiTestSupport;

/**
 * The details pane of the experiment editor: a page for every element, edits through its fields
 * and its parameter table become undoable commands, and problems decorate the offending fields.
 */
class DetailsPaneTest {

	@AfterEach
	void closeEditors() {
		UiTestSupport.page().closeAllEditors(false);
		UiTestSupport.spin();
	}

	private static ExperimentEditor open(String name) throws Exception {
		IFile file = UiTestSupport.copyExample(UiTestSupport.project("ui-tests"), name);
		ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(UiTestSupport.page(), file, true);
		UiTestSupport.spin();
		return editor;
	}

	@Test
	void everyElementHasAPageAndShowingItChangesNothing() throws Exception {
		ExperimentEditor editor = open("pages.qci");
		Experiment experiment = editor.getExperiment();
		List<EObject> elements = new ArrayList<>();
		elements.add(experiment);
		experiment.eAllContents().forEachRemaining(e -> {
			if (!(e instanceof ParameterValue)) {
				elements.add(e);
			}
		});
		for (EObject element : elements) {
			editor.details().show(element);
			UiTestSupport.spin();
			assertNotNull(editor.details().page(), "a page for " + element.eClass().getName());
			assertEquals(element, editor.details().page().element());
		}
		UiTestSupport.spin(Fields.COMMIT_DELAY_MS + 300);
		assertFalse(editor.isDirty(), "showing pages executes no command");
	}

	@Test
	void typingANameIsAnUndoableCommand() throws Exception {
		ExperimentEditor editor = open("typing.qci");
		Experiment experiment = editor.getExperiment();
		String original = experiment.getName();
		editor.details().show(experiment);
		ExperimentPage page = assertInstanceOf(ExperimentPage.class, editor.details().page());
		page.nameField().setText("Typed name");
		assertTrue(UiTestSupport.spinUntil(() -> "Typed name".equals(experiment.getName()), 5_000));
		assertTrue(editor.isDirty());
		editor.getEditingDomain().getCommandStack().undo();
		UiTestSupport.spin();
		assertEquals(original, experiment.getName());
		assertEquals(original, page.nameField().getText(), "the field follows the model");

		page.nameField().setText("");
		assertTrue(UiTestSupport.spinUntil(() -> "".equals(experiment.getName()), 5_000));
		editor.validateNow();
		UiTestSupport.spin();
		ControlDecoration decoration = page.decorations().decoration(page.nameField());
		assertNotNull(decoration, "a missing name decorates the name field");
		assertTrue(decoration.isVisible());
	}

	@Test
	void theParameterTableListsEveryDescriptorAndEditsThroughCommands() throws Exception {
		ExperimentEditor editor = open("table.qci");
		SourceConfig source = editor.getExperiment().getLinks().get(0).getSource();
		editor.details().show(source);
		ComponentPage page = assertInstanceOf(ComponentPage.class, editor.details().page());
		ParameterTable table = page.parameterTable();
		List<ParameterRow> rows = table.rows();
		int described = ComponentRoles.modelOf(source).orElseThrow().parameters().size();
		assertEquals(described, rows.size(), "one row per descriptor of the model");
		ParameterRow vacuum = rows.stream().filter(r -> r.name().equals("vacuum")).findFirst().orElseThrow();
		assertFalse(vacuum.isSet(), "the example leaves the vacuum intensity at its default");

		table.applyValue(vacuum, "0.001");
		UiTestSupport.spin();
		ParameterValue created = ParameterCommands.find(source, "vacuum");
		assertNotNull(created);
		assertEquals(0.001, created.getValue());
		assertTrue(editor.isDirty());
		table.applyValue(table.rows().stream().filter(r -> r.name().equals("vacuum")).findFirst().orElseThrow(),
				"not a number");
		assertEquals(0.001, created.getValue(), "text that is not a number changes nothing");
		editor.getEditingDomain().getCommandStack().undo();
		UiTestSupport.spin();
		assertEquals(null, ParameterCommands.find(source, "vacuum"));
		assertFalse(editor.isDirty());
	}

	@Test
	void aValueOutOfRangeMarksItsRow() throws Exception {
		ExperimentEditor editor = open("row.qci");
		DetectorConfig detector = editor.getExperiment().getLinks().get(0).getDetector();
		editor.details().show(detector);
		ComponentPage page = assertInstanceOf(ComponentPage.class, editor.details().page());
		ParameterTable table = page.parameterTable();
		ParameterRow efficiency = table.rows().stream().filter(r -> r.name().equals("efficiency")).findFirst()
				.orElseThrow();
		table.applyValue(efficiency, "1.5");
		List<Problem> problems = editor.validateNow();
		UiTestSupport.spin();
		assertTrue(problems.stream().anyMatch(Problem::isError));
		assertFalse(table.problemsOf("efficiency").isEmpty(), "the efficiency row shows the problem");
	}
}
