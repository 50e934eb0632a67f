/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.IValidator;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openqci.core.units.Units;

/**
 * Creates the labelled fields of details pages and binds them to model features through the
 * editing domain ({@link EMFEditProperties}), so that every change is an undoable command. Text
 * changes are committed a moment after typing stops or when the field loses focus.
 */
final class Fields {

	/** Delay after the last keystroke before a text change becomes a command, in milliseconds. */
	static final int COMMIT_DELAY_MS = 500;

	/** Horizontal room left of each field for its problem decoration. */
	static final int DECORATION_INDENT = 9;

	private Fields() {
	}

	/** A label and a single-line text field in a two-column grid. */
	static Text text(Composite parent, String label) {
		label(parent, label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).indent(DECORATION_INDENT, 0).applyTo(text);
		return text;
	}

	/** A label and a multi-line text field in a two-column grid. */
	static Text multiLineText(Composite parent, String label, int lines) {
		label(parent, label).setLayoutData(GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).create());
		Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).indent(DECORATION_INDENT, 0)
				.hint(200, text.getLineHeight() * lines).applyTo(text);
		return text;
	}

	/** A label and an editable combo in a two-column grid. */
	static Combo combo(Composite parent, String label, int style) {
		label(parent, label);
		Combo combo = new Combo(parent, style);
		GridDataFactory.fillDefaults().grab(true, false).indent(DECORATION_INDENT, 0).applyTo(combo);
		return combo;
	}

	/** An empty cell and a check box in a two-column grid. */
	static Button check(Composite parent, String label) {
		new Label(parent, SWT.NONE);
		Button button = new Button(parent, SWT.CHECK);
		button.setText(label);
		GridDataFactory.fillDefaults().indent(DECORATION_INDENT, 0).applyTo(button);
		return button;
	}

	static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
		return label;
	}

	/** Binds a text field (or editable combo) to a string feature. */
	static Binding bindString(DataBindingContext dbc, EditingDomain domain, org.eclipse.swt.widgets.Control field,
			EObject owner, EStructuralFeature feature) {
		// Text fields commit on modification; combos only support the plain text property (also on Modify).
		IObservableValue<String> target = field instanceof Combo
				? WidgetProperties.<org.eclipse.swt.widgets.Control>text().observeDelayed(COMMIT_DELAY_MS, field)
				: WidgetProperties.<org.eclipse.swt.widgets.Control>text(SWT.Modify).observeDelayed(COMMIT_DELAY_MS,
						field);
		IObservableValue<String> model = observe(dbc.getValidationRealm(), domain, owner, feature);
		UpdateValueStrategy<String, String> toModel = new UpdateValueStrategy<>();
		UpdateValueStrategy<String, String> toTarget = UpdateValueStrategy
				.create(IConverter.create(String.class, String.class, (String s) -> s == null ? "" : s));
		return dbc.bindValue(target, model, toModel, toTarget);
	}

	/** Binds a text field to a double feature, with a decoration for text that is not a number. */
	static Binding bindDouble(DataBindingContext dbc, EditingDomain domain, Text field, EObject owner,
			EStructuralFeature feature) {
		IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observeDelayed(COMMIT_DELAY_MS, field);
		IObservableValue<Double> model = observe(dbc.getValidationRealm(), domain, owner, feature);
		UpdateValueStrategy<String, Double> toModel = UpdateValueStrategy
				.create(IConverter.create(String.class, Double.class, (String s) -> Double.valueOf(s.trim())));
		toModel.setAfterGetValidator(number("a number", false));
		UpdateValueStrategy<Double, String> toTarget = UpdateValueStrategy.create(IConverter.create(Double.class,
				String.class, (Double d) -> d == null ? "" : Units.formatNumber(d)));
		Binding binding = dbc.bindValue(target, model, toModel, toTarget);
		ControlDecorationSupport.create(binding, SWT.TOP | SWT.RIGHT);
		return binding;
	}

	/** Binds a text field to an int feature, with a decoration for text that is not a whole number. */
	static Binding bindInt(DataBindingContext dbc, EditingDomain domain, Text field, EObject owner,
			EStructuralFeature feature) {
		IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observeDelayed(COMMIT_DELAY_MS, field);
		IObservableValue<Integer> model = observe(dbc.getValidationRealm(), domain, owner, feature);
		UpdateValueStrategy<String, Integer> toModel = UpdateValueStrategy
				.create(IConverter.create(String.class, Integer.class, (String s) -> Integer.valueOf(s.trim())));
		toModel.setAfterGetValidator(number("a whole number", true));
		UpdateValueStrategy<Integer, String> toTarget = UpdateValueStrategy
				.create(IConverter.create(Integer.class, String.class, (Integer i) -> i == null ? "" : i.toString()));
		Binding binding = dbc.bindValue(target, model, toModel, toTarget);
		ControlDecorationSupport.create(binding, SWT.TOP | SWT.RIGHT);
		return binding;
	}

	/** Binds a read-only combo to an enum attribute: its items are the literals. */
	static Binding bindEnum(DataBindingContext dbc, EditingDomain domain, Combo field, EObject owner,
			EAttribute attribute) {
		EEnum type = (EEnum) attribute.getEAttributeType();
		field.setItems(type.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new));
		IObservableValue<String> target = WidgetProperties.<Combo>text().observe(field);
		IObservableValue<Object> model = observe(dbc.getValidationRealm(), domain, owner, attribute);
		UpdateValueStrategy<String, Object> toModel = UpdateValueStrategy.create(IConverter.create(String.class,
				Object.class, (String s) -> type.getEEnumLiteralByLiteral(s) == null ? null
						: type.getEEnumLiteralByLiteral(s).getInstance()));
		UpdateValueStrategy<Object, String> toTarget = UpdateValueStrategy
				.create(IConverter.create(Object.class, String.class, (Object o) -> o == null ? "" : o.toString()));
		return dbc.bindValue(target, model, toModel, toTarget);
	}

	/** Binds a text field to a long feature, with a decoration for text that is not a whole number. */
	static Binding bindLong(DataBindingContext dbc, EditingDomain domain, Text field, EObject owner,
			EStructuralFeature feature) {
		IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observeDelayed(COMMIT_DELAY_MS, field);
		IObservableValue<Long> model = observe(dbc.getValidationRealm(), domain, owner, feature);
		UpdateValueStrategy<String, Long> toModel = UpdateValueStrategy
				.create(IConverter.create(String.class, Long.class, (String s) -> Long.valueOf(s.trim())));
		toModel.setAfterGetValidator(text -> {
			try {
				Long.parseLong(text == null ? "" : text.trim());
				return ValidationStatus.ok();
			} catch (NumberFormatException e) {
				return ValidationStatus.error("'" + text + "' is not a whole number");
			}
		});
		UpdateValueStrategy<Long, String> toTarget = UpdateValueStrategy
				.create(IConverter.create(Long.class, String.class, (Long l) -> l == null ? "" : l.toString()));
		Binding binding = dbc.bindValue(target, model, toModel, toTarget);
		ControlDecorationSupport.create(binding, SWT.TOP | SWT.RIGHT);
		return binding;
	}

	/** Binds a check box to a boolean feature. */
	static Binding bindBoolean(DataBindingContext dbc, EditingDomain domain, Button field, EObject owner,
			EStructuralFeature feature) {
		IObservableValue<Boolean> target = WidgetProperties.buttonSelection().observe(field);
		IObservableValue<Boolean> model = observe(dbc.getValidationRealm(), domain, owner, feature);
		return dbc.bindValue(target, model);
	}

	@SuppressWarnings("unchecked")
	private static <T> IObservableValue<T> observe(Realm realm, EditingDomain domain, EObject owner,
			EStructuralFeature feature) {
		return EMFEditProperties.value(domain, feature).observe(realm, owner);
	}

	private static IValidator<String> number(String what, boolean whole) {
		return text -> {
			String s = text == null ? "" : text.trim();
			try {
				if (whole) {
					Integer.parseInt(s);
				} else if (!Double.isFinite(Double.parseDouble(s))) {
					return ValidationStatus.error("'" + s + "' is not a finite number");
				}
				return ValidationStatus.ok();
			} catch (NumberFormatException e) {
				return ValidationStatus.error("'" + s + "' is not " + what);
			}
		};
	}
}
