/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.run;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.openqci.core.engine.ExperimentException;
import org.openqci.core.engine.RunOptions;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.model.Experiment;
import org.openqci.network.experiment.NetworkReport;
import org.openqci.ui.UiIds;

/**
 * Runs an experiment's network in the background ("Running &lt;experiment&gt;"): evaluates its
 * links, analyses the network and simulates the key pools, with progress and cancellation, and
 * hands the report to a callback. Belongs to {@link RunExperimentJob#FAMILY}.
 */
public final class RunNetworkJob extends Job {

	private final Experiment experiment;
	private final RunOptions options;
	private final ModelRegistry registry;
	private final Consumer<NetworkReport> onReport;

	/**
	 * A job that runs the network of {@code experiment}.
	 *
	 * @param experiment a private copy of an experiment with a network
	 * @param options    provenance and overrides
	 * @param registry   the models to run with
	 * @param onReport   called in the job's thread with the report
	 */
	public RunNetworkJob(Experiment experiment, RunOptions options, ModelRegistry registry,
			Consumer<NetworkReport> onReport) {
		super("Running " + (experiment.getName() == null || experiment.getName().isBlank() ? "network"
				: experiment.getName()));
		this.experiment = experiment;
		this.options = options;
		this.registry = registry;
		this.onReport = onReport;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			onReport.accept(NetworkReport.run(experiment, registry, options, monitor));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (ExperimentException e) {
			return new Status(IStatus.ERROR, UiIds.BUNDLE, "The network could not run: " + e.getMessage(), e);
		} catch (RuntimeException e) {
			return new Status(IStatus.ERROR, UiIds.BUNDLE,
					"The network run failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
		} finally {
			if (monitor != null) {
				monitor.done();
			}
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == RunExperimentJob.FAMILY;
	}
}
