/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.run;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.openqci.core.engine.ExperimentEngine;
import org.openqci.core.engine.ExperimentException;
import org.openqci.core.engine.RunOptions;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.results.ResultSet;
import org.openqci.model.Experiment;
import org.openqci.ui.UiIds;

/**
 * Runs an experiment with the engine in the background ("Running &lt;experiment&gt;"), with
 * progress and cancellation, and hands the results to a callback. The experiment must be a copy
 * that nothing else changes while the job runs.
 */
public final class RunExperimentJob extends Job {

	/** The job family of experiment runs, for {@code IJobManager.join} and {@code find}. */
	public static final Object FAMILY = RunExperimentJob.class;

	private final Experiment experiment;
	private final RunOptions options;
	private final ModelRegistry registry;
	private final Consumer<ResultSet> onResults;

	/**
	 * A job that runs {@code experiment}.
	 *
	 * @param experiment a private copy of the experiment
	 * @param options    provenance and overrides
	 * @param registry   the models to run with
	 * @param onResults  called in the job's thread with the results
	 */
	public RunExperimentJob(Experiment experiment, RunOptions options, ModelRegistry registry,
			Consumer<ResultSet> onResults) {
		super("Running " + name(experiment));
		this.experiment = experiment;
		this.options = options;
		this.registry = registry;
		this.onResults = onResults;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		try {
			ResultSet results = new ExperimentEngine(registry).run(experiment, options, progress.split(100));
			onResults.accept(results);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (ExperimentException e) {
			return new Status(IStatus.ERROR, UiIds.BUNDLE, "The experiment could not run: " + e.getMessage(), e);
		} catch (RuntimeException e) {
			return new Status(IStatus.ERROR, UiIds.BUNDLE,
					"The experiment failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
		} finally {
			if (monitor != null) {
				monitor.done();
			}
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	private static String name(Experiment experiment) {
		String name = experiment.getName();
		return name == null || name.isBlank() ? "experiment" : name;
	}
}
