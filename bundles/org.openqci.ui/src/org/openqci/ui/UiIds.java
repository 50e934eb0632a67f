/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui;

/** Identifiers of the workbench contributions declared in this bundle's {@code plugin.xml}. */
public final class UiIds {

	/** This bundle's symbolic name. */
	public static final String BUNDLE = "org.openqci.ui";
	/** The RCP application. */
	public static final String APPLICATION = "org.openqci.ui.application";
	/** The product. */
	public static final String PRODUCT = "org.openqci.ui.product";
	/** The "Experiments" perspective. */
	public static final String PERSPECTIVE = "org.openqci.ui.perspective";
	/** The workspace navigator showing projects, folders and experiment files. */
	public static final String NAVIGATOR_VIEW = "org.openqci.ui.views.navigator";
	/** The key rate chart view. */
	public static final String KEY_RATE_VIEW = "org.openqci.ui.views.keyrate";
	/** The results table view: every sweep point of one link with its optimised parameters. */
	public static final String RESULTS_VIEW = "org.openqci.ui.views.results";

	/** The satellite passes (pass table) view. */
	public static final String PASSES_VIEW = "org.openqci.ui.views.passes";

	/** The pass timeline view. */
	public static final String PASS_TIMELINE_VIEW = "org.openqci.ui.views.passtimeline";

	/** The Devices view. */
	public static final String DEVICES_VIEW = "org.openqci.ui.views.devices";

	/** The ground-track view. */
	public static final String GROUND_TRACK_VIEW = "org.openqci.ui.views.groundtrack";

	/** The network map view. */
	public static final String NETWORK_MAP_VIEW = "org.openqci.ui.views.networkmap";

	/** The network throughput table view. */
	public static final String THROUGHPUT_VIEW = "org.openqci.ui.views.throughput";

	/** The key stock (pools over time) view. */
	public static final String KEY_STOCK_VIEW = "org.openqci.ui.views.keystock";

	/** The link simulation view. */
	public static final String SIMULATION_VIEW = "org.openqci.ui.views.simulation";
	/** The experiment editor for {@code *.qci} files. */
	public static final String EXPERIMENT_EDITOR = "org.openqci.ui.editors.experiment";
	/** The command that validates and runs the experiment of the active editor. */
	public static final String RUN_COMMAND = "org.openqci.ui.commands.run";

	/** The Simulate Link command (parameter {@code org.openqci.ui.commands.simulate.seconds}). */
	public static final String SIMULATE_COMMAND = "org.openqci.ui.commands.simulate";
	/** Marker type of validation problems (a subtype of the resources problem marker). */
	public static final String PROBLEM_MARKER = "org.openqci.ui.problem";
	/** Menu ids of the main menu bar. */
	public static final String MENU_FILE = "org.openqci.ui.menu.file";
	/** The Edit menu. */
	public static final String MENU_EDIT = "org.openqci.ui.menu.edit";
	/** The Experiment menu; {@code plugin.xml} adds Run to its {@code additions} group. */
	public static final String MENU_EXPERIMENT = "org.openqci.ui.menu.experiment";
	/** The Window menu. */
	public static final String MENU_WINDOW = "org.openqci.ui.menu.window";
	/**
	 * The Help menu: the workbench's standard id, so that p2 adds Check for Updates and Install New
	 * Software to it.
	 */
	public static final String MENU_HELP = "help";
	/** File extension of experiment files, without the dot. */
	public static final String EXPERIMENT_EXTENSION = "qci";

	private UiIds() {
	}
}
