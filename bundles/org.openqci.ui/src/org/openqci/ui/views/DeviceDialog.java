/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.device.api.DeviceConfiguration;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.TextParameter;

/**
 * Adds or edits a configured device: its type (when adding), a name, and its configuration as
 * {@code name = value} lines, pre-filled with every parameter and its default. OK is refused, with
 * the problems shown, while the configuration has problems.
 */
final class DeviceDialog extends Dialog {

	private final List<DeviceType> types;
	private final DeviceType fixedType;
	private String name;
	private Map<String, String> values;
	private DeviceType chosen;
	private Combo typeCombo;
	private Text nameText;
	private Text valuesText;
	private Label problems;

	/** A dialog to add a device of one of {@code types}. */
	DeviceDialog(Shell parent, List<DeviceType> types) {
		super(parent);
		this.types = types;
		this.fixedType = null;
		this.name = "";
		this.values = Map.of();
	}

	/** A dialog to edit a device of {@code type}. */
	DeviceDialog(Shell parent, DeviceType type, String name, Map<String, String> values) {
		super(parent);
		this.types = List.of(type);
		this.fixedType = type;
		this.name = name;
		this.values = values;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(fixedType == null ? "Add Device" : "Edit Device");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		new Label(area, SWT.NONE).setText("Type:");
		typeCombo = new Combo(area, SWT.READ_ONLY);
		typeCombo.setItems(types.stream().map(t -> t.label() + "  (" + t.id() + ")").toArray(String[]::new));
		typeCombo.select(0);
		typeCombo.setEnabled(fixedType == null);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(typeCombo);
		new Label(area, SWT.NONE).setText("Name:");
		nameText = new Text(area, SWT.BORDER);
		nameText.setText(name == null ? "" : name);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(nameText);
		Label hint = new Label(area, SWT.WRAP);
		hint.setText("Configuration, one 'name = value' per line (numbers in the parameter's unit):");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(hint);
		valuesText = new Text(area, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, 260).applyTo(valuesText);
		problems = new Label(area, SWT.WRAP);
		problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(problems);
		typeCombo.addListener(SWT.Selection, e -> fill(types.get(typeCombo.getSelectionIndex()), Map.of()));
		fill(types.get(0), values);
		return area;
	}

	private void fill(DeviceType type, Map<String, String> given) {
		StringBuilder text = new StringBuilder();
		for (TextParameter t : type.textParameters()) {
			text.append(t.name()).append(" = ").append(given.getOrDefault(t.name(), t.defaultValue() == null ? ""
					: t.defaultValue())).append('\n');
		}
		for (ParameterDescriptor d : type.parameters()) {
			String value = given.get(d.name());
			text.append(d.name()).append(" = ").append(value != null ? value : d.isRequired() ? ""
					: DeviceTexts.number(d.defaultValue())).append(d.unit().isEmpty() ? "" : "   # " + d.unit())
					.append('\n');
		}
		valuesText.setText(text.toString());
		problems.setText("");
	}

	@Override
	protected void okPressed() {
		DeviceType type = types.get(typeCombo.getSelectionIndex());
		Map<String, String> parsed = parse(valuesText.getText());
		List<String> found = new DeviceConfiguration(type, parsed).problems();
		if (!found.isEmpty()) {
			problems.setText(String.join("\n", found));
			problems.getParent().layout(true);
			return;
		}
		chosen = type;
		name = nameText.getText().trim();
		values = parsed;
		super.okPressed();
	}

	/** {@code name = value} lines (text after {@code #} is a comment; empty values are left out). */
	static Map<String, String> parse(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : text.split("\\R")) {
			int hash = line.indexOf('#');
			String content = hash >= 0 ? line.substring(0, hash) : line;
			int eq = content.indexOf('=');
			if (eq <= 0) {
				continue;
			}
			String key = content.substring(0, eq).trim();
			String value = content.substring(eq + 1).trim();
			if (!key.isEmpty() && !value.isEmpty()) {
				values.put(key, value);
			}
		}
		return values;
	}

	DeviceType type() {
		return chosen;
	}

	String name() {
		return name;
	}

	Map<String, String> values() {
		return values;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, fixedType == null ? "Add" : "Apply", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
