/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.openqci.ui.UiIds;

/**
 * The "Experiments" perspective: the navigator on the left, the editors in the centre, the key
 * rate chart on the right (satellite pass views beside it after a run), Problems, Results table,
 * Devices and Progress at the bottom.
 */
public final class ExperimentsPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder("org.openqci.ui.folder.left", IPageLayout.LEFT, 0.16f, editors);
		left.addView(UiIds.NAVIGATOR_VIEW);

		IFolderLayout bottom = layout.createFolder("org.openqci.ui.folder.bottom", IPageLayout.BOTTOM, 0.75f,
				editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(UiIds.RESULTS_VIEW);
		bottom.addPlaceholder(UiIds.PASSES_VIEW);
		bottom.addPlaceholder(UiIds.THROUGHPUT_VIEW);
		bottom.addView(UiIds.DEVICES_VIEW);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);

		IFolderLayout right = layout.createFolder("org.openqci.ui.folder.right", IPageLayout.RIGHT, 0.6f, editors);
		right.addView(UiIds.KEY_RATE_VIEW);
		right.addPlaceholder(UiIds.PASS_TIMELINE_VIEW);
		right.addPlaceholder(UiIds.GROUND_TRACK_VIEW);
		right.addPlaceholder(UiIds.SIMULATION_VIEW);
		right.addPlaceholder(UiIds.NETWORK_MAP_VIEW);
		right.addPlaceholder(UiIds.KEY_STOCK_VIEW);

		layout.addShowViewShortcut(UiIds.NAVIGATOR_VIEW);
		layout.addShowViewShortcut(UiIds.KEY_RATE_VIEW);
		layout.addShowViewShortcut(UiIds.RESULTS_VIEW);
		layout.addShowViewShortcut(UiIds.NETWORK_MAP_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
		layout.addPerspectiveShortcut(UiIds.PERSPECTIVE);
	}
}
