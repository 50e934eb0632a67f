/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.network.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.openqci.core.engine.ExperimentException;
import org.openqci.core.engine.RunOptions;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.model.Experiment;
import org.openqci.network.Demand;
import org.openqci.network.Link;
import org.openqci.network.NetworkAnalysis;
import org.openqci.network.Node;
import org.openqci.network.Throughput;
import org.openqci.network.ThroughputChange;
import org.openqci.network.pools.KeyPoolSimulation;
import org.openqci.network.pools.PoolResults;

/**
 * Everything a network experiment gives: the evaluated network, each demand's end-to-end
 * throughput under the chosen routing (with its bottleneck), what taking out each relaying node
 * and each link does to them, and the key pools over time if the experiment asks for them.
 *
 * @param evaluated   the network with the links' key rates
 * @param throughputs one per demand (or per user pair if there are no demands), each alone
 * @param whatIf      by removed element (every relaying node, then every link, in the network's
 *                    order): the change of every throughput
 * @param pools       the key-pool simulation's results, {@code null} if not asked for
 */
public record NetworkReport(EvaluatedNetwork evaluated, List<Throughput> throughputs,
		Map<String, List<ThroughputChange>> whatIf, PoolResults pools) {

	/** Checks and copies. */
	public NetworkReport {
		Objects.requireNonNull(evaluated, "evaluated");
		throughputs = List.copyOf(throughputs);
		whatIf = Collections.unmodifiableMap(new LinkedHashMap<>(whatIf));
	}

	/**
	 * The demand whose throughput is {@code throughputs().get(index)}, or {@code null} when the
	 * network has no demands and the throughputs are those of every pair of user sites.
	 */
	public Demand demandOf(int index) {
		List<Demand> demands = evaluated.network().demands();
		return index < demands.size() ? demands.get(index) : null;
	}

	/**
	 * Evaluates the experiment's network and analyses it.
	 *
	 * @param monitor progress (links 60 %, analysis 5 %, pools 35 %) and cancellation; may be {@code null}
	 * @throws ExperimentException        if the experiment has errors or a model fails
	 * @throws OperationCanceledException if cancelled
	 */
	public static NetworkReport run(Experiment experiment, ModelRegistry registry, RunOptions options,
			IProgressMonitor monitor) throws ExperimentException {
		SubMonitor progress = SubMonitor.convert(monitor, "Network " + experiment.getName(), 100);
		EvaluatedNetwork evaluated = NetworkEvaluation.evaluate(experiment, registry, options, progress.split(60));
		return analyse(evaluated, progress.split(40));
	}

	/**
	 * Analyses an evaluated network: throughputs, what-if, and the pools if asked for.
	 *
	 * @throws OperationCanceledException if cancelled
	 */
	public static NetworkReport analyse(EvaluatedNetwork evaluated, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Analysing the network", 100);
		progress.subTask("Throughput and what-if");
		List<Throughput> throughputs = NetworkAnalysis.throughputs(evaluated.network(), evaluated.routing());
		Map<String, List<ThroughputChange>> whatIf = new LinkedHashMap<>();
		for (Node node : evaluated.network().nodes()) {
			if (node.relays()) {
				whatIf.put(node.id(), NetworkAnalysis.whatIf(evaluated.network(), evaluated.routing(), node.id()));
			}
		}
		for (Link link : evaluated.network().links()) {
			whatIf.put(link.id(), NetworkAnalysis.whatIf(evaluated.network(), evaluated.routing(), link.id()));
		}
		progress.worked(10);
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		PoolResults pools = null;
		if (evaluated.pools() != null) {
			progress.subTask("Key pools over " + evaluated.pools().durationSeconds() / 86400 + " days");
			SubMonitor poolProgress = progress.split(90);
			poolProgress.setWorkRemaining(1000);
			int[] done = { 0 };
			try {
				pools = KeyPoolSimulation.run(evaluated.network(), evaluated.supplies(), evaluated.pools(), fraction -> {
					int target = (int) Math.min(1000, fraction * 1000);
					if (target > done[0]) {
						poolProgress.worked(target - done[0]);
						done[0] = target;
					}
					return !poolProgress.isCanceled();
				});
			} catch (CancellationException e) {
				throw new OperationCanceledException();
			}
		}
		return new NetworkReport(evaluated, throughputs, whatIf, pools);
	}
}
