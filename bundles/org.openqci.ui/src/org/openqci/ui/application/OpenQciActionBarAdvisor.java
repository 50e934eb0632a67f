/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.openqci.ui.UiIds;

/**
 * The main menu (File, Edit, Experiment, Window, Help) and tool bar. Run is contributed to the
 * Experiment menu and the tool bar by {@code plugin.xml}, as a command with a handler.
 */
public final class OpenQciActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction close;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction about;
	private IWorkbenchWindow window;

	/** An advisor for the action bars of {@code configurer}. */
	public OpenQciActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow workbenchWindow) {
		this.window = workbenchWindow;
		save = register(ActionFactory.SAVE.create(workbenchWindow));
		close = register(ActionFactory.CLOSE.create(workbenchWindow));
		quit = register(ActionFactory.QUIT.create(workbenchWindow));
		undo = register(ActionFactory.UNDO.create(workbenchWindow));
		redo = register(ActionFactory.REDO.create(workbenchWindow));
		about = register(ActionFactory.ABOUT.create(workbenchWindow));
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", UiIds.MENU_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(save);
		file.add(close);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager edit = new MenuManager("&Edit", UiIds.MENU_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(undo);
		edit.add(redo);
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

		MenuManager experiment = new MenuManager("E&xperiment", UiIds.MENU_EXPERIMENT);
		experiment.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager("&Window", UiIds.MENU_WINDOW);
		MenuManager showView = new MenuManager("Show &View", "org.openqci.ui.menu.showView");
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(showView);
		windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager help = new MenuManager("&Help", UiIds.MENU_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator());
		help.add(about);

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(experiment);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager files = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		files.add(save);
		coolBar.add(new ToolBarContributionItem(files, "org.openqci.ui.toolbar.file"));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
