/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.openqci.channel.fibre.FibreChannel;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.registry.StaticModelRegistry;
import org.openqci.device.sim.SinglePhotonSource;
import org.openqci.device.sim.ThresholdDetector;
import org.openqci.device.sim.WeakCoherentPulseLaser;
import org.openqci.protocol.bb84.GllpBb84;
import org.openqci.protocol.bb84.InfiniteDecoyBb84;
import org.openqci.protocol.bb84.SinglePhotonBb84;
import org.openqci.protocol.bb84.VacuumWeakDecoyBb84;

/** The bundled examples and the models they use, for benchmarks outside OSGi. */
final class Examples {

	private Examples() {
	}

	/** The registry the product would have: every model of this repository. */
	static ModelRegistry registry() {
		return new StaticModelRegistry(List.of(new WeakCoherentPulseLaser(), new SinglePhotonSource(),
				new ThresholdDetector(), new FibreChannel(), new SinglePhotonBb84(), new InfiniteDecoyBb84(),
				new VacuumWeakDecoyBb84(), new GllpBb84()));
	}

	/** An example file, found through {@code -Dopenqci.repo} or by walking up from the working directory. */
	static Path file(String name) {
		String repo = System.getProperty("openqci.repo");
		if (repo != null) {
			return Paths.get(repo, "examples", name);
		}
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("examples").resolve(name);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("examples/" + name + " not found; set -Dopenqci.repo");
	}
}
