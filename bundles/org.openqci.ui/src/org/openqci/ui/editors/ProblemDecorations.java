/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.openqci.core.validation.Problem;

/**
 * Error and warning decorations next to the fields of a details page: each field is registered
 * with the element and feature it edits, and shows the messages of the problems about them. A
 * field registered with a {@code null} feature also takes the element's problems that no other
 * field claims. Problems no field takes are returned, for the page to list.
 */
final class ProblemDecorations {

	private record Field(Control control, EObject element, EStructuralFeature feature) {
	}

	private final List<Field> fields = new ArrayList<>();
	private final Map<Control, ControlDecoration> decorations = new LinkedHashMap<>();

	/** Registers a field editing {@code feature} of {@code element} ({@code null}: any problem of the element). */
	void add(Control control, EObject element, EStructuralFeature feature) {
		fields.add(new Field(control, element, feature));
	}

	/**
	 * Shows the problems on their fields and returns those about {@code shownElements} that no
	 * field took.
	 */
	List<Problem> update(List<Problem> problems, List<? extends EObject> shownElements) {
		Map<Control, List<Problem>> byControl = new LinkedHashMap<>();
		List<Problem> unclaimed = new ArrayList<>();
		for (Problem problem : problems) {
			if (problem.element() == null || !shownElements.contains(problem.element())) {
				continue;
			}
			Field field = find(problem.element(), problem.feature());
			if (field == null) {
				field = find(problem.element(), null);
			}
			if (field == null) {
				unclaimed.add(problem);
			} else {
				byControl.computeIfAbsent(field.control(), c -> new ArrayList<>()).add(problem);
			}
		}
		for (Field field : fields) {
			show(field.control(), byControl.getOrDefault(field.control(), List.of()));
		}
		return unclaimed;
	}

	/** The decoration of a field, or {@code null} if it never showed a problem (for tests). */
	ControlDecoration decoration(Control control) {
		return decorations.get(control);
	}

	/** Disposes all decorations. */
	void dispose() {
		decorations.values().forEach(ControlDecoration::dispose);
		decorations.clear();
		fields.clear();
	}

	private Field find(EObject element, EStructuralFeature feature) {
		for (Field field : fields) {
			if (field.element() == element && Objects.equals(field.feature(), feature)) {
				return field;
			}
		}
		return null;
	}

	private void show(Control control, List<Problem> problems) {
		if (control.isDisposed()) {
			return;
		}
		ControlDecoration decoration = decorations.get(control);
		if (problems.isEmpty()) {
			if (decoration != null) {
				decoration.hide();
			}
			return;
		}
		if (decoration == null) {
			decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
			decoration.setMarginWidth(1);
			decorations.put(control, decoration);
		}
		boolean error = problems.stream().anyMatch(Problem::isError);
		decoration.setImage(image(error));
		decoration.setDescriptionText(String.join("\n", problems.stream().map(Problem::message).toList()));
		decoration.show();
	}

	/** The standard error or warning field decoration image. */
	static Image image(boolean error) {
		return FieldDecorationRegistry.getDefault()
				.getFieldDecoration(error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING)
				.getImage();
	}
}
