/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.run;

import java.util.List;

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
import org.openqci.postprocessing.ErrorCorrection;

/**
 * Asks how long to simulate and which error correction to run (every registered one, the
 * default selected); OK is enabled only for a positive number of seconds.
 */
final class SimulateLinkDialog extends Dialog {

	private final List<ErrorCorrection> corrections;
	private final String defaultId;
	private Text secondsText;
	private Combo correctionCombo;
	private Label problem;
	private double seconds = 1;
	private ErrorCorrection correction;

	SimulateLinkDialog(Shell parent, List<ErrorCorrection> corrections, String defaultId) {
		super(parent);
		this.corrections = corrections;
		this.defaultId = defaultId;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Simulate Link");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("The experiment's first decoy-BB84 link, in blocks of its protocol's block size n_X.");
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(intro);
		new Label(area, SWT.NONE).setText("Simulated seconds:");
		secondsText = new Text(area, SWT.BORDER);
		secondsText.setText("1");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(secondsText);
		new Label(area, SWT.NONE).setText("Error correction:");
		correctionCombo = new Combo(area, SWT.READ_ONLY);
		for (ErrorCorrection c : corrections) {
			correctionCombo.add(c.name());
			if (c.id().equals(defaultId)) {
				correctionCombo.select(correctionCombo.getItemCount() - 1);
			}
		}
		if (correctionCombo.getSelectionIndex() < 0 && !corrections.isEmpty()) {
			correctionCombo.select(0);
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(correctionCombo);
		problem = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(problem);
		secondsText.addModifyListener(e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		String message;
		try {
			message = Double.parseDouble(secondsText.getText().trim()) > 0 ? "" : "A positive number of seconds.";
		} catch (NumberFormatException e) {
			message = "A positive number of seconds.";
		}
		if (corrections.isEmpty()) {
			message = "No error correction is registered.";
		}
		problem.setText(message);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(message.isEmpty());
		}
	}

	@Override
	protected void okPressed() {
		seconds = Double.parseDouble(secondsText.getText().trim());
		correction = corrections.get(correctionCombo.getSelectionIndex());
		super.okPressed();
	}

	/** The simulated seconds chosen. */
	double seconds() {
		return seconds;
	}

	/** The error correction chosen. */
	ErrorCorrection correction() {
		return correction;
	}
}
