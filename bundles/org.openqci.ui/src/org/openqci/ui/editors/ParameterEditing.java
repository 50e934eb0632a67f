/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.openqci.core.units.Units;

/** In-place editing of the value, unit and optimise columns of the parameter table. */
final class ParameterEditing {

	/** A number, optionally followed by a unit: {@code 50}, {@code 50 km}, {@code 1.7e-6}. */
	private static final Pattern NUMBER_AND_UNIT = Pattern
			.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(\\S*)\\s*");

	private ParameterEditing() {
	}

	/** A value typed in the value column: the number and the unit, if one was typed. */
	record Typed(double value, String unit) {
	}

	/** Parses {@code NUMBER [UNIT]}; {@code null} when the text is not of that form. */
	static Typed parse(String text) {
		Matcher m = NUMBER_AND_UNIT.matcher(text == null ? "" : text);
		if (!m.matches()) {
			return null;
		}
		double value = Double.parseDouble(m.group(1));
		if (!Double.isFinite(value)) {
			return null;
		}
		String unit = m.group(2);
		return new Typed(value, unit.isEmpty() ? null : unit);
	}

	/** The text a value cell starts editing with: the file's value, else the default, else nothing. */
	static String editText(ParameterRow row) {
		if (row.isSet()) {
			return Units.formatNumber(row.value().getValue());
		}
		if (row.descriptor() != null && !row.descriptor().isRequired()) {
			return Units.formatNumber(row.descriptor().defaultValue());
		}
		return "";
	}

	private abstract static class Base extends EditingSupport {
		protected final ParameterTable table;

		Base(ColumnViewer viewer, ParameterTable table) {
			super(viewer);
			this.table = table;
		}

		@Override
		protected boolean canEdit(Object element) {
			return table.config() != null;
		}
	}

	/** The value column: a number, optionally with a unit. */
	static final class Value extends Base {
		private final TextCellEditor editor;

		Value(TableViewer viewer, ParameterTable table) {
			super(viewer, table);
			editor = new TextCellEditor(viewer.getTable());
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected Object getValue(Object element) {
			return editText((ParameterRow) element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			table.applyValue((ParameterRow) element, value == null ? "" : value.toString());
		}
	}

	/** The unit column. */
	static final class Unit extends Base {
		private final TextCellEditor editor;

		Unit(TableViewer viewer, ParameterTable table) {
			super(viewer, table);
			editor = new TextCellEditor(viewer.getTable());
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected Object getValue(Object element) {
			return ((ParameterRow) element).unitText();
		}

		@Override
		protected void setValue(Object element, Object value) {
			table.applyUnit((ParameterRow) element, value == null ? "" : value.toString());
		}
	}

	/** The optimise column: a check box for optimisable parameters. */
	static final class Optimise extends Base {
		private final CheckboxCellEditor editor;

		Optimise(TableViewer viewer, ParameterTable table) {
			super(viewer, table);
			editor = new CheckboxCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			ParameterRow row = (ParameterRow) element;
			return super.canEdit(element) && (row.isOptimisable() || row.isOptimised());
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected Object getValue(Object element) {
			return ((ParameterRow) element).isOptimised();
		}

		@Override
		protected void setValue(Object element, Object value) {
			table.applyOptimise((ParameterRow) element, Boolean.TRUE.equals(value));
		}
	}
}
