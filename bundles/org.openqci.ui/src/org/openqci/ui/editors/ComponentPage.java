/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.ModelContribution;
import org.openqci.model.ChannelSegment;
import org.openqci.model.ComponentConfig;
import org.openqci.model.QciPackage;
import org.openqci.ui.ModelRegistryAccess;

/**
 * Details of a source, channel segment, detector or protocol: the model ({@code kind}) chosen from
 * the registered models of that role, the segment name for channels, a table of every
 * parameter the model declares, and for sources and detectors the values of a device preset
 * (copied in with a note of their source).
 */
final class ComponentPage extends DetailsPage {

	/** A kind that names no registered model. */
	private record UnknownKind(String id) {
	}

	private final ComponentConfig config;
	private final ComponentRole role;
	private ComboViewer kind;
	private Label modelDescription;
	private Button presetButton;
	private Label note;
	private ParameterTable table;
	private boolean updating;

	ComponentPage(DetailsContext context, ComponentConfig config) {
		super(context, config);
		this.config = config;
		this.role = ComponentRoles.roleOf(config);
	}

	@Override
	protected String title() {
		return ComponentRoles.title(role);
	}

	@Override
	protected void createFields(Composite parent) {
		QciPackage pkg = QciPackage.eINSTANCE;
		if (config instanceof ChannelSegment) {
			Text name = Fields.text(parent, "Segment name:");
			Fields.bindString(dbc, context.domain(), name, config, pkg.getChannelSegment_Name());
			decorations.add(name, config, pkg.getChannelSegment_Name());
		}
		Fields.label(parent, "Model:");
		kind = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		kind.setContentProvider(ArrayContentProvider.getInstance());
		kind.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof ModelContribution model) {
					return ComponentRoles.label(model);
				}
				return ((UnknownKind) element).id() + " (not installed)";
			}
		});
		GridDataFactory.fillDefaults().grab(true, false).indent(Fields.DECORATION_INDENT, 0)
				.applyTo(kind.getControl());
		kind.addSelectionChangedListener(event -> kindChosen(event.getStructuredSelection()));
		decorations.add(kind.getControl(), config, pkg.getComponentConfig_Kind());

		modelDescription = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(modelDescription);

		presetButton = new Button(parent, SWT.PUSH);
		presetButton.setText("Values from Device Preset\u2026");
		presetButton.setToolTipText("Copy a device's values from a datasheet or paper preset, with a note of the source");
		presetButton.addListener(SWT.Selection, e -> choosePreset());
		GridDataFactory.swtDefaults().span(2, 1).applyTo(presetButton);
		note = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(note);

		table = new ParameterTable(parent, context);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 220).applyTo(table.control());
		decorations.add(table.control(), config, pkg.getComponentConfig_Parameters());
		refresh();
	}

	@Override
	void refresh() {
		if (kind.getControl().isDisposed()) {
			return;
		}
		updating = true;
		try {
			List<Object> items = new ArrayList<>(ModelRegistryAccess.models(role));
			Optional<ModelContribution> model = ComponentRoles.modelOf(config);
			Object selected = model.orElse(null);
			String id = config.getKind();
			if (model.isEmpty() && id != null && !id.isBlank()) {
				selected = new UnknownKind(id);
				items.add(0, selected);
			}
			kind.setInput(items);
			kind.setSelection(selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected));
			modelDescription.setText(model.map(ModelContribution::description)
					.orElse(items.isEmpty() ? "No " + role.label() + " models are installed." : ""));
			table.setInput(config, model.orElse(null));
			presetButton.setEnabled(!DevicePresets.forModel(config.getKind()).isEmpty());
			String text = config.getNote();
			note.setText(text == null || text.isBlank() ? "" : "Note: " + text);
		} finally {
			updating = false;
		}
		control().layout(true, true);
	}

	@Override
	protected List<org.openqci.core.validation.Problem> showOtherProblems(
			List<org.openqci.core.validation.Problem> all, List<org.openqci.core.validation.Problem> unclaimed) {
		return table.showProblems(all, unclaimed);
	}

	@Override
	protected List<? extends org.eclipse.emf.ecore.EObject> shownElements() {
		return List.of(config);
	}

	private void choosePreset() {
		Optional<ModelContribution> model = ComponentRoles.modelOf(config);
		List<DevicePresets.Choice> choices = DevicePresets.forModel(config.getKind());
		if (model.isEmpty() || choices.isEmpty()) {
			return;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(control().getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((DevicePresets.Choice) element).label();
			}
		});
		dialog.setTitle("Values from Device Preset");
		dialog.setMessage("Device presets for " + config.getKind() + " (type to filter):");
		dialog.setElements(choices.toArray());
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof DevicePresets.Choice choice) {
			Command command = StructureCommands.applyPreset(context.domain(), config, model.get(), choice.parameters());
			if (command.canExecute()) {
				context.domain().getCommandStack().execute(command);
			}
		}
	}

	private void kindChosen(IStructuredSelection selection) {
		if (updating || !(selection.getFirstElement() instanceof ModelContribution model)
				|| Objects.equals(model.id(), config.getKind())) {
			return;
		}
		Command command = SetCommand.create(context.domain(), config, QciPackage.eINSTANCE.getComponentConfig_Kind(),
				model.id());
		if (command.canExecute()) {
			context.domain().getCommandStack().execute(command);
		}
	}

	/** The parameter table (for tests). */
	ParameterTable parameterTable() {
		return table;
	}
}
