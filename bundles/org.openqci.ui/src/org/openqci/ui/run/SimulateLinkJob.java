/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.run;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.openqci.core.engine.ExperimentEngine;
import org.openqci.core.engine.ExperimentException;
import org.openqci.core.engine.LinkSnapshot;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.model.Experiment;
import org.openqci.postprocessing.BlockResult;
import org.openqci.postprocessing.ErrorCorrection;
import org.openqci.sim.SimulationSetup;
import org.openqci.ui.UiIds;

/**
 * Simulates the first decoy-state BB84 link of an experiment pulse by pulse in the background
 * ("Simulating &lt;link&gt;"), block by block through the post-processing, with progress per
 * block and cancellation between blocks, handing each block to a listener.
 */
public final class SimulateLinkJob extends Job {

	/** The job family of simulations. */
	public static final Object FAMILY = SimulateLinkJob.class;

	/** Receives the simulation as it goes. */
	public interface Listener {

		/** The simulation of the named link starts. */
		void started(String linkName);

		/** A block ended at {@code endTime} after {@code duration} seconds. */
		void block(double endTime, double duration, BlockResult result);
	}

	private final Experiment experiment;
	private final ModelRegistry registry;
	private final double seconds;
	private final ErrorCorrection correction;
	private final Listener listener;

	/**
	 * A simulation job.
	 *
	 * @param experiment a private copy of the experiment
	 * @param registry   the models
	 * @param seconds    the simulated time
	 * @param correction the error correction to run
	 * @param listener   called in the job's thread
	 */
	public SimulateLinkJob(Experiment experiment, ModelRegistry registry, double seconds, ErrorCorrection correction,
			Listener listener) {
		super("Simulating " + experiment.getName());
		this.experiment = experiment;
		this.registry = registry;
		this.seconds = seconds;
		this.correction = correction;
		this.listener = listener;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			LinkSnapshot link = new ExperimentEngine(registry).snapshot(experiment).stream()
					.filter(l -> SimulationSetup.PROTOCOL.equals(l.protocolId())).findFirst().orElse(null);
			if (link == null) {
				return Status.error("'" + experiment.getName() + "' has no link with protocol " + SimulationSetup.PROTOCOL
						+ ": the simulator runs decoy-state BB84 with three intensities");
			}
			SimulationSetup setup = SimulationSetup.of(link);
			int blocks = Math.min(10_000, setup.blocks(seconds));
			double duration = setup.pulsesPerBlock() / setup.pulseRate();
			SubMonitor progress = SubMonitor.convert(monitor, "Simulating " + link.name(), blocks);
			listener.started(link.name() + ", " + correction.name());
			setup.run(1, correction).run(blocks, (index, end, result) -> {
				listener.block(end, duration, result);
				progress.worked(1);
				progress.subTask(String.format(java.util.Locale.ROOT, "block %d of %d", index + 1, blocks));
			}, progress::isCanceled);
			return progress.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		} catch (ExperimentException e) {
			return new Status(IStatus.ERROR, UiIds.BUNDLE, "The experiment cannot be simulated: " + e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			return new Status(IStatus.ERROR, UiIds.BUNDLE, "The link cannot be simulated: " + e.getMessage(), e);
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
}
