/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Shown instead of the editor when an experiment file cannot be read: the reason, readable. */
final class LoadErrorPanel {

	LoadErrorPanel(Composite parent, String message) {
		Composite panel = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(panel);
		Label icon = new Label(panel, SWT.NONE);
		icon.setImage(parent.getDisplay().getSystemImage(SWT.ICON_ERROR));
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 2).applyTo(icon);
		Label title = new Label(panel, SWT.NONE);
		title.setText("This experiment file cannot be opened");
		title.setFont(JFaceResources.getBannerFont());
		Text text = new Text(panel, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		text.setText((message == null ? "The file could not be read." : message)
				+ "\n\nCorrect the file in a text editor (or restore it) and open it again.");
		text.setBackground(panel.getBackground());
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(text);
	}
}
