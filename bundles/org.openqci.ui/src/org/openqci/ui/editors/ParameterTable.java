/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.openqci.core.spi.ModelContribution;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.validation.Problem;
import org.openqci.model.ComponentConfig;
import org.openqci.model.ParameterValue;

/**
 * The parameters of one component: every descriptor of its model (values the file does not set
 * show the default in grey italics) and any value the file sets for an unknown parameter.
 * Value, unit and the optimise flag are edited in place; every edit is an undoable command.
 */
final class ParameterTable {

	private static final Pattern PARAMETER_NAME = Pattern.compile("parameter '([^']+)'");

	/** Index of the optimise column. */
	private static final int OPTIMISE_COLUMN = 3;

	private final DetailsContext context;
	private final Composite control;
	private final TableViewer viewer;
	private final Font italic;
	private final Color grey;
	private final Action reset;
	private final Button resetButton;
	private ComponentConfig config;
	private ModelContribution model;
	private Map<String, List<Problem>> problems = Map.of();

	ParameterTable(Composite parent, DetailsContext context) {
		this.context = context;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(control);
		viewer = new TableViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		GridDataFactory.fillDefaults().grab(true, true).hint(300, SWT.DEFAULT).applyTo(table);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);

		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), table);
		italic = resources.create(FontDescriptor.createFrom(table.getFont()).setStyle(SWT.ITALIC));
		grey = table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);

		column("Parameter", 170, new NameColumn(), null);
		column("Value", 80, new ValueColumn(), new ParameterEditing.Value(viewer, this));
		column("Unit", 55, new UnitColumn(), new ParameterEditing.Unit(viewer, this));
		column("Optimise", 70, new OptimiseColumn(), new ParameterEditing.Optimise(viewer, this));
		column("Range", 110, new TextColumn(r -> r.descriptor() == null ? "" : r.descriptor().rangeText()), null);
		column("Description", 420, new TextColumn(r -> r.descriptor() == null
				? "Not a parameter of this model; reset it to remove it." : r.descriptor().description()), null);

		activateEditorsOnDoubleClick();

		reset = new Action("&Reset to Default") {
			@Override
			public void run() {
				resetSelected();
			}
		};
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			reset.setEnabled(!selectedValues().isEmpty());
			m.add(reset);
		});
		table.setMenu(menu.createContextMenu(table));
		table.addDisposeListener(e -> menu.dispose());

		resetButton = new Button(control, SWT.PUSH);
		resetButton.setText("Reset to default");
		resetButton.setToolTipText("Remove the selected values from the file, so that the parameters take their defaults");
		resetButton.addListener(SWT.Selection, e -> resetSelected());
		resetButton.setEnabled(false);
		viewer.addSelectionChangedListener(e -> resetButton.setEnabled(!selectedValues().isEmpty()));
	}

	private void column(String title, int width, ColumnLabelProvider labels,
			org.eclipse.jface.viewers.EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setResizable(true);
		column.setLabelProvider(labels);
		if (editing != null) {
			column.setEditingSupport(editing);
		}
	}

	/**
	 * Cells are edited after a double click, F2 or Enter (so that a click only selects a row),
	 * except the optimise check box, which toggles on a single click.
	 */
	private void activateEditorsOnDoubleClick() {
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return switch (event.eventType) {
				case ColumnViewerEditorActivationEvent.TRAVERSAL, ColumnViewerEditorActivationEvent.PROGRAMMATIC,
						ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION -> true;
				case ColumnViewerEditorActivationEvent.KEY_PRESSED -> event.keyCode == SWT.F2
						|| event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR;
				case ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION -> event.getSource() instanceof ViewerCell cell
						&& cell.getColumnIndex() == OPTIMISE_COLUMN;
				default -> false;
				};
			}
		};
		TableViewerEditor.create(viewer, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	/** The table's top control. */
	Control control() {
		return control;
	}

	/** The viewer (for tests). */
	TableViewer viewer() {
		return viewer;
	}

	/** Shows the parameters of {@code newConfig} as its {@code newModel} declares them ({@code null}: unknown model). */
	void setInput(ComponentConfig newConfig, ModelContribution newModel) {
		this.config = newConfig;
		this.model = newModel;
		refresh();
	}

	/** Rebuilds the rows from the model, keeping the selection. */
	void refresh() {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		Set<String> selected = new HashSet<>();
		for (Object o : viewer.getStructuredSelection().toList()) {
			selected.add(((ParameterRow) o).name());
		}
		List<ParameterRow> rows = rows();
		viewer.setInput(rows);
		viewer.setSelection(new StructuredSelection(rows.stream().filter(r -> selected.contains(r.name())).toList()));
		resetButton.setEnabled(!selectedValues().isEmpty());
	}

	/** The rows: the model's descriptors in order, then values for parameters it does not declare. */
	List<ParameterRow> rows() {
		List<ParameterRow> rows = new ArrayList<>();
		if (config == null) {
			return rows;
		}
		Set<String> described = new HashSet<>();
		if (model != null) {
			for (ParameterDescriptor d : model.parameters()) {
				described.add(d.name());
				rows.add(new ParameterRow(d.name(), d, ParameterCommands.find(config, d.name())));
			}
		}
		for (ParameterValue value : config.getParameters()) {
			String name = value.getName() == null ? "" : value.getName();
			if (!described.contains(name)) {
				rows.add(new ParameterRow(name, null, value));
			}
		}
		return rows;
	}

	/**
	 * Marks the rows that have problems (the component's problems naming a parameter, and problems
	 * of its values); returns the problems of {@code unclaimed} that are not about a row.
	 */
	List<Problem> showProblems(List<Problem> all, List<Problem> unclaimed) {
		Map<String, List<Problem>> byName = new LinkedHashMap<>();
		List<Problem> rest = new ArrayList<>(unclaimed);
		for (Problem problem : all) {
			String name = parameterOf(problem);
			if (name != null) {
				byName.computeIfAbsent(name, n -> new ArrayList<>()).add(problem);
				rest.remove(problem);
			}
		}
		problems = byName;
		if (!viewer.getTable().isDisposed()) {
			viewer.refresh(true);
		}
		return rest;
	}

	/** The problems shown on the row of parameter {@code name}. */
	List<Problem> problemsOf(String name) {
		return problems.getOrDefault(name, List.of());
	}

	private String parameterOf(Problem problem) {
		if (config == null) {
			return null;
		}
		if (problem.element() instanceof ParameterValue value && value.eContainer() == config) {
			return value.getName();
		}
		if (problem.element() == config) {
			Matcher m = PARAMETER_NAME.matcher(problem.message());
			if (m.find()) {
				return m.group(1);
			}
		}
		return null;
	}

	/** Applies a value typed into the value column: {@code NUMBER [UNIT]}; blank or unchanged text does nothing. */
	void applyValue(ParameterRow row, String typed) {
		String text = typed.trim();
		if (text.isEmpty() || row.isSet() && text.equals(ParameterEditing.editText(row))) {
			return;
		}
		ParameterEditing.Typed parsed = ParameterEditing.parse(text);
		if (parsed == null) {
			status("'" + text + "' is not a number (type e.g. 0.5, 1.7e-6 or 50 km)");
			return;
		}
		status(null);
		execute(ParameterCommands.setValue(context.domain(), config, row.name(), row.descriptor(), parsed.value(),
				parsed.unit()));
	}

	/** Applies a unit typed into the unit column. */
	void applyUnit(ParameterRow row, String typed) {
		String unit = typed.trim();
		if (!unit.equals(row.unitText())) {
			execute(ParameterCommands.setUnit(context.domain(), config, row.name(), row.descriptor(), unit));
		}
	}

	/** Applies a click in the optimise column. */
	void applyOptimise(ParameterRow row, boolean optimise) {
		if (optimise != row.isOptimised()) {
			execute(ParameterCommands.setOptimise(context.domain(), config, row.name(), row.descriptor(), optimise));
		}
	}

	/** Executes {@code command} on the editor's command stack if it can run. */
	void execute(Command command) {
		if (command.canExecute()) {
			context.domain().getCommandStack().execute(command);
		}
	}

	/** The component whose parameters are shown. */
	ComponentConfig config() {
		return config;
	}

	/** Reports a one-line error in the status line. */
	void status(String message) {
		context.status().accept(message);
	}

	private List<ParameterValue> selectedValues() {
		List<ParameterValue> values = new ArrayList<>();
		IStructuredSelection selection = viewer.getStructuredSelection();
		for (Object o : selection.toList()) {
			ParameterRow row = (ParameterRow) o;
			if (row.value() != null) {
				values.add(row.value());
			}
		}
		return values;
	}

	private void resetSelected() {
		List<ParameterValue> values = selectedValues();
		if (config != null && !values.isEmpty()) {
			execute(ParameterCommands.reset(context.domain(), config, values));
		}
	}

	private String tooltip(ParameterRow row) {
		List<Problem> rowProblems = problemsOf(row.name());
		String description = row.descriptor() == null ? "" : row.descriptor().description();
		if (rowProblems.isEmpty()) {
			return description.isEmpty() ? null : description;
		}
		String messages = String.join("\n", rowProblems.stream().map(Problem::message).toList());
		return description.isEmpty() ? messages : messages + "\n\n" + description;
	}

	/** Base of the columns: tooltips with problems and the description. */
	private class RowColumn extends ColumnLabelProvider {
		@Override
		public String getToolTipText(Object element) {
			return tooltip((ParameterRow) element);
		}
	}

	private final class NameColumn extends RowColumn {
		@Override
		public String getText(Object element) {
			return ((ParameterRow) element).label();
		}

		@Override
		public Image getImage(Object element) {
			List<Problem> rowProblems = problemsOf(((ParameterRow) element).name());
			if (rowProblems.isEmpty()) {
				return null;
			}
			return ProblemDecorations.image(rowProblems.stream().anyMatch(Problem::isError));
		}
	}

	private final class ValueColumn extends RowColumn {
		@Override
		public String getText(Object element) {
			return ((ParameterRow) element).valueText();
		}

		@Override
		public Font getFont(Object element) {
			return ((ParameterRow) element).isSet() ? null : italic;
		}

		@Override
		public Color getForeground(Object element) {
			return ((ParameterRow) element).isSet() ? null : grey;
		}
	}

	private final class UnitColumn extends RowColumn {
		@Override
		public String getText(Object element) {
			return ((ParameterRow) element).unitText();
		}

		@Override
		public Font getFont(Object element) {
			return ((ParameterRow) element).value() != null ? null : italic;
		}

		@Override
		public Color getForeground(Object element) {
			return ((ParameterRow) element).value() != null ? null : grey;
		}
	}

	private final class OptimiseColumn extends RowColumn {
		@Override
		public String getText(Object element) {
			ParameterRow row = (ParameterRow) element;
			if (!row.isOptimisable()) {
				return row.isOptimised() ? "\u2611 (not optimisable)" : "";
			}
			return row.isOptimised() ? "\u2611" : "\u2610";
		}
	}

	private final class TextColumn extends RowColumn {
		private final java.util.function.Function<ParameterRow, String> text;

		TextColumn(java.util.function.Function<ParameterRow, String> text) {
			this.text = text;
		}

		@Override
		public String getText(Object element) {
			return text.apply((ParameterRow) element);
		}
	}
}
