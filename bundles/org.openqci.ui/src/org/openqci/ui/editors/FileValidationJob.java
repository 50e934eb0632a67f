/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.openqci.core.validation.ExperimentValidator;
import org.openqci.core.validation.Problem;
import org.openqci.model.Experiment;
import org.openqci.model.files.ExperimentFileException;
import org.openqci.model.files.ExperimentFiles;
import org.openqci.ui.ModelRegistryAccess;
import org.openqci.ui.UiIds;

/**
 * Validates an experiment file as saved on disk and replaces its problem markers; used when an
 * editor is closed without saving, so that the markers describe the file again, not the edits
 * that were discarded. A file that cannot be read gets one marker with the reason.
 */
final class FileValidationJob extends Job {

	private final IFile file;

	private FileValidationJob(IFile file) {
		super("Validating " + file.getName());
		this.file = file;
		setSystem(true);
		setRule(file.getWorkspace().getRuleFactory().markerRule(file));
	}

	/** Schedules the validation of {@code file}. */
	static void schedule(IFile file) {
		new FileValidationJob(file).schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		IPath location = file.getLocation();
		if (location == null || !file.exists()) {
			return Status.OK_STATUS;
		}
		try {
			Experiment experiment = ExperimentFiles.load(location.toPath());
			List<Problem> problems = new ExperimentValidator(ModelRegistryAccess.get()).validate(experiment);
			ProblemMarkers.replace(file, problems);
		} catch (ExperimentFileException e) {
			try {
				ProblemMarkers.clear(file);
				file.createMarker(UiIds.PROBLEM_MARKER,
						Map.of(IMarker.SEVERITY, IMarker.SEVERITY_ERROR, IMarker.MESSAGE, e.problem(),
								IMarker.LOCATION, e.line() > 0 ? "line " + e.line() : "file"));
			} catch (CoreException inner) {
				return inner.getStatus();
			}
		} catch (CoreException e) {
			return e.getStatus();
		} catch (RuntimeException e) {
			return Status.warning("Could not validate " + file.getFullPath() + ": " + e, e);
		}
		return Status.OK_STATUS;
	}
}
