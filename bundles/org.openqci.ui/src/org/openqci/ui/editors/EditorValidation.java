/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.openqci.core.validation.ExperimentValidator;
import org.openqci.core.validation.Problem;
import org.openqci.model.Experiment;
import org.openqci.ui.ModelRegistryAccess;

/**
 * Validates the edited experiment a short moment after each change (several quick changes are
 * validated once), replaces the file's problem markers, and hands the problems to a listener
 * (the details pane, which decorates the offending fields).
 */
final class EditorValidation {

	/** Delay between the last change and the validation, in milliseconds. */
	static final int DELAY_MS = 300;

	private final Display display;
	private final Supplier<Experiment> experiment;
	private final Supplier<IFile> file;
	private final Consumer<List<Problem>> listener;
	private final Runnable pending = this::validateNow;
	private List<Problem> problems = List.of();
	private boolean disposed;

	EditorValidation(Display display, Supplier<Experiment> experiment, Supplier<IFile> file,
			Consumer<List<Problem>> listener) {
		this.display = display;
		this.experiment = experiment;
		this.file = file;
		this.listener = listener;
	}

	/** Validates after {@link #DELAY_MS}, restarting the delay if already scheduled. */
	void schedule() {
		if (!disposed && !display.isDisposed()) {
			display.timerExec(DELAY_MS, pending);
		}
	}

	/** Validates now (cancelling a scheduled validation) and returns the problems. */
	List<Problem> validateNow() {
		if (disposed) {
			return problems;
		}
		display.timerExec(-1, pending);
		Experiment model = experiment.get();
		if (model == null) {
			return problems;
		}
		try {
			problems = List.copyOf(new ExperimentValidator(ModelRegistryAccess.get()).validate(model));
		} catch (RuntimeException e) {
			ILog.of(EditorValidation.class).error("The experiment validator failed", e);
			return problems;
		}
		try {
			ProblemMarkers.replace(file.get(), problems);
		} catch (CoreException e) {
			ILog.of(EditorValidation.class).log(e.getStatus());
		}
		listener.accept(problems);
		return problems;
	}

	/** The problems found by the last validation. */
	List<Problem> problems() {
		return problems;
	}

	/** Cancels a scheduled validation; later calls do nothing. */
	void dispose() {
		disposed = true;
		if (!display.isDisposed()) {
			display.timerExec(-1, pending);
		}
	}
}
