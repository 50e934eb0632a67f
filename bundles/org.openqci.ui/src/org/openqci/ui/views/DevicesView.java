/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.knowm.xchart.XYChart;
import org.openqci.charts.ReadingsChartFactory;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.Reading;
import org.openqci.device.api.ReadingDescriptor;
import org.openqci.devices.DeviceEntry;
import org.openqci.devices.DeviceManager;
import org.openqci.devices.PluginProblem;
import org.openqci.devices.ReadingHistory;
import org.openqci.ui.DeviceManagerAccess;

/**
 * The "Devices" view: the configured devices with their type and status (and why a device is
 * offline), Add/Edit/Remove, and a live chart of the selected device's chosen reading over the
 * last minutes. It reads the {@link DeviceManager}'s in-memory state once a second and never
 * waits for a device: handlers run on their own threads.
 */
public final class DevicesView extends ViewPart {

	/** The view id, as declared in {@code plugin.xml}. */
	public static final String ID = "org.openqci.ui.views.devices";

	/** The time window of the live chart, seconds. */
	static final double WINDOW_SECONDS = 120;

	private static final int REFRESH_MS = 1000;

	private TableViewer viewer;
	private Combo readingCombo;
	private Label problems;
	private ChartCanvas chart;
	private final List<ReadingDescriptor> readingChoices = new ArrayList<>();
	private final Runnable refresh = this::refreshAndReschedule;
	private final Runnable managerChanged = () -> {
		Display display = Display.getDefault();
		if (!display.isDisposed()) {
			display.asyncExec(this::refresh);
		}
	};
	private Action edit;
	private Action remove;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		problems = new Label(parent, SWT.WRAP);
		problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).exclude(true).applyTo(problems);
		problems.setVisible(false);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		viewer = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column("Device", 160, e -> e.device().name());
		column("Type", 180, e -> e.type() == null ? e.device().typeId() : e.type().label());
		column("Status", 230, e -> DeviceTexts.status(e.status()));
		column("Details", 420, e -> e.status().description());
		Composite bottom = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(bottom);
		new Label(bottom, SWT.NONE).setText("Reading:");
		readingCombo = new Combo(bottom, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(readingCombo);
		readingCombo.addListener(SWT.Selection, e -> showChart());
		chart = new ChartCanvas(bottom, "Select a device to see its readings");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(chart.control());
		sash.setWeights(new int[] { 40, 60 });
		viewer.addSelectionChangedListener(e -> {
			fillReadings();
			updateActions();
		});
		createActions();
		DeviceManagerAccess.find().ifPresent(m -> m.addListener(managerChanged));
		refresh();
		parent.getDisplay().timerExec(REFRESH_MS, refresh);
	}

	private interface Text {
		String of(DeviceEntry entry);
	}

	private void column(String header, int width, Text text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.of((DeviceEntry) element);
			}
		});
	}

	private void createActions() {
		Action add = new Action("Add\u2026") {
			@Override
			public void run() {
				addDevice();
			}
		};
		add.setToolTipText("Add a device of an installed device type");
		edit = new Action("Edit\u2026") {
			@Override
			public void run() {
				editDevice();
			}
		};
		remove = new Action("Remove") {
			@Override
			public void run() {
				removeDevice();
			}
		};
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(add);
		toolBar.add(edit);
		toolBar.add(remove);
		updateActions();
	}

	private void updateActions() {
		boolean selected = selected().isPresent();
		edit.setEnabled(selected && selected().get().type() != null);
		remove.setEnabled(selected);
	}

	private Optional<DeviceEntry> selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof DeviceEntry e ? Optional.of(e) : Optional.empty();
	}

	private void addDevice() {
		Optional<DeviceManager> manager = DeviceManagerAccess.find();
		List<DeviceType> types = manager.map(DeviceManager::types).orElse(List.of());
		if (types.isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), "Add Device", "No device plugin is installed.");
			return;
		}
		DeviceDialog dialog = new DeviceDialog(getSite().getShell(), types);
		if (dialog.open() == Window.OK) {
			act(() -> manager.get().add(dialog.name(), dialog.type().id(), dialog.values()));
		}
	}

	private void editDevice() {
		selected().ifPresent(e -> {
			DeviceDialog dialog = new DeviceDialog(getSite().getShell(), e.type(), e.device().name(),
					e.device().values());
			if (dialog.open() == Window.OK) {
				act(() -> DeviceManagerAccess.find().get().update(e.device().id(), dialog.name(), dialog.values()));
			}
		});
	}

	private void removeDevice() {
		selected().ifPresent(e -> {
			if (MessageDialog.openConfirm(getSite().getShell(), "Remove Device",
					"Remove the device '" + e.device().name() + "'?")) {
				act(() -> DeviceManagerAccess.find().get().remove(e.device().id()));
			}
		});
	}

	private interface Change {
		void run() throws IOException;
	}

	private void act(Change change) {
		try {
			change.run();
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), "Devices", "The devices could not be saved: " + e.getMessage());
		}
		refresh();
	}

	/** Shows the manager's devices, keeping the selection. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		String selectedId = selected().map(e -> e.device().id()).orElse(null);
		List<DeviceEntry> entries = DeviceManagerAccess.find().map(DeviceManager::devices).orElse(List.of());
		viewer.setInput(entries);
		showPluginProblems();
		if (selectedId != null) {
			entries.stream().filter(e -> e.device().id().equals(selectedId)).findFirst()
					.ifPresent(e -> viewer.setSelection(new StructuredSelection(e)));
		}
		showChart();
		updateActions();
	}

	/** Names the device plugins that are installed but do not work, above the table. */
	private void showPluginProblems() {
		List<PluginProblem> found = DeviceManagerAccess.find().map(DeviceManager::pluginProblems).orElse(List.of());
		String text = found.stream().map(p -> "Device plugin " + p.plugin() + " does not work: " + p.reason())
				.collect(Collectors.joining("\n"));
		if (text.equals(problems.getText()) && problems.getVisible() == !found.isEmpty()) {
			return;
		}
		problems.setText(text);
		problems.setVisible(!found.isEmpty());
		((GridData) problems.getLayoutData()).exclude = found.isEmpty();
		problems.getParent().layout(true);
	}

	private void refreshAndReschedule() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		refresh();
		viewer.getControl().getDisplay().timerExec(REFRESH_MS, refresh);
	}

	private void fillReadings() {
		readingChoices.clear();
		selected().map(DeviceEntry::type).ifPresent(t -> readingChoices.addAll(t.readings()));
		readingCombo.setItems(readingChoices.stream().map(r -> r.label() + (r.unit().isEmpty() ? "" : " [" + r.unit()
				+ "]")).toArray(String[]::new));
		if (!readingChoices.isEmpty()) {
			readingCombo.select(0);
		}
		showChart();
	}

	private void showChart() {
		Optional<DeviceEntry> entry = selected();
		int i = readingCombo.getSelectionIndex();
		if (entry.isEmpty() || i < 0 || i >= readingChoices.size()) {
			chart.show(null);
			return;
		}
		ReadingDescriptor reading = readingChoices.get(i);
		ReadingHistory history = DeviceManagerAccess.find().map(m -> m.history(entry.get().device().id()))
				.orElse(null);
		List<Reading> values = history == null ? List.of() : history.get(reading.name());
		Instant now = Instant.now();
		double[] ages = values.stream().mapToDouble(r -> Duration.between(r.time(), now).toMillis() / 1e3).toArray();
		double[] y = values.stream().mapToDouble(Reading::value).toArray();
		String title = entry.get().device().name() + ": " + reading.label();
		String axis = reading.label() + (reading.unit().isEmpty() ? "" : " [" + reading.unit() + "]");
		chart.show((w, h) -> ReadingsChartFactory.create(title, axis, ages, y, WINDOW_SECONDS, w, h));
	}

	/** The live chart drawn last, or {@code null} (for tests). */
	public XYChart getChart() {
		return chart.chart();
	}

	/** The devices shown (for tests). */
	@SuppressWarnings("unchecked")
	public List<DeviceEntry> getEntries() {
		Object input = viewer.getInput();
		return input instanceof List<?> list ? (List<DeviceEntry>) list : List.of();
	}

	/** Selects a device (for tests). */
	public void select(String deviceId) {
		getEntries().stream().filter(e -> e.device().id().equals(deviceId)).findFirst()
				.ifPresent(e -> viewer.setSelection(new StructuredSelection(e), true));
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		DeviceManagerAccess.find().ifPresent(m -> m.removeListener(managerChanged));
		super.dispose();
	}
}
