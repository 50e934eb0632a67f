/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.openqci.core.engine.ExperimentException;
import org.openqci.core.engine.RunOptions;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.validation.Problem;
import org.openqci.kms.RelayFeed;
import org.openqci.model.Experiment;
import org.openqci.model.files.ExperimentFileException;
import org.openqci.model.files.ExperimentFiles;
import org.openqci.network.experiment.EvaluatedNetwork;
import org.openqci.network.experiment.NetworkEvaluation;
import org.openqci.network.pools.KeyPoolSimulation;
import org.openqci.network.pools.PoolProgress;

/**
 * The relays a network experiment's key-pool simulation serves to one demand, as keys of a given
 * size for {@code openqci kme serve --network}: each served relay request becomes one relay of
 * {@code floor(request bits / key size)} keys at its simulated time.
 */
final class NetworkRelays {

	private NetworkRelays() {
	}

	/**
	 * Evaluates the network of {@code file} and simulates its key pools.
	 *
	 * @throws UsageException if the file cannot be read, has errors, has no network or key pools,
	 *                        or no demand {@code demandId}
	 */
	static List<RelayFeed.Relay> of(Path file, String demandId, int keyBits, ModelRegistry registry,
			IProgressMonitor monitor) throws UsageException {
		Experiment experiment;
		try {
			experiment = ExperimentFiles.load(file);
		} catch (ExperimentFileException e) {
			throw new UsageException(e.getMessage());
		}
		if (experiment.getNetwork() == null || experiment.getNetwork().getPools() == null) {
			throw new UsageException(file + ": --network needs an experiment with a network and key pools (<pools>)");
		}
		List<String> demands = experiment.getNetwork().getDemands().stream().map(d -> d.getId()).toList();
		if (!demands.contains(demandId)) {
			throw new UsageException(file + ": no demand '" + demandId + "' (it has " + String.join(", ", demands) + ")");
		}
		EvaluatedNetwork network;
		try {
			network = NetworkEvaluation.evaluate(experiment, registry, RunOptions.none(), monitor);
		} catch (ExperimentException e) {
			throw new UsageException(file + ": " + String.join("; ", e.problems().stream().map(Problem::toString)
					.toList()));
		}
		List<RelayFeed.Relay> relays = new ArrayList<>();
		KeyPoolSimulation.run(network.network(), network.supplies(), network.pools(), PoolProgress.NONE,
				(demand, time, bits, route) -> {
					if (demand.equals(demandId)) {
						relays.add(new RelayFeed.Relay(time, (int) Math.floor(bits / keyBits)));
					}
				});
		return relays;
	}
}
