/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.openqci.channel.fibre.FibreChannel;
import org.openqci.channel.freespace.FreeSpaceChannel;
import org.openqci.channel.satellite.SatelliteDownlink;
import org.openqci.channel.satellite.SatelliteUplink;
import org.openqci.core.registry.ModelRegistry;
import org.openqci.core.registry.StaticModelRegistry;
import org.openqci.core.spi.ModelContribution;
import org.openqci.device.sim.GaussianModulatedSource;
import org.openqci.device.sim.HeterodyneDetector;
import org.openqci.device.sim.HomodyneDetector;
import org.openqci.device.sim.SinglePhotonSource;
import org.openqci.device.sim.SpdcPairSource;
import org.openqci.device.sim.ThresholdDetector;
import org.openqci.device.sim.WeakCoherentPulseLaser;
import org.openqci.orbits.OrekitOrbitPropagator;
import org.openqci.protocol.bb84.FiniteKeyDecoyBb84;
import org.openqci.protocol.bb84.GllpBb84;
import org.openqci.protocol.bb84.InfiniteDecoyBb84;
import org.openqci.protocol.bb84.SinglePhotonBb84;
import org.openqci.protocol.bb84.ThreeIntensityDecoyBb84;
import org.openqci.protocol.bb84.VacuumWeakDecoyBb84;
import org.openqci.protocol.bbm92.Bbm92Protocol;
import org.openqci.protocol.cv.Gg02Protocol;
import org.openqci.protocol.mdi.InfiniteDecoyMdi;
import org.openqci.protocol.mdi.VacuumWeakDecoyMdi;
import org.openqci.protocol.tf.Cal19TwinField;
import org.openqci.protocol.tf.SnsDecoyTwinField;
import org.openqci.protocol.tf.SnsTwinField;

/** The bundled examples and the models they use, for benchmarks outside OSGi. */
final class Examples {

	private Examples() {
	}

	/** The registry the product would have: every model of this repository and the orbit propagator. */
	static ModelRegistry registry() {
		List<ModelContribution> models = new ArrayList<>(List.of(new WeakCoherentPulseLaser(), new SinglePhotonSource(),
				new SpdcPairSource(), new GaussianModulatedSource(), new ThresholdDetector(), new HomodyneDetector(),
				new HeterodyneDetector(), new FibreChannel(), new FreeSpaceChannel(), new SatelliteDownlink(),
				new SatelliteUplink()));
		models.addAll(List.of(new SinglePhotonBb84(), new InfiniteDecoyBb84(), new VacuumWeakDecoyBb84(),
				new GllpBb84(), new ThreeIntensityDecoyBb84(), new FiniteKeyDecoyBb84(), new Bbm92Protocol(),
				new InfiniteDecoyMdi(), new VacuumWeakDecoyMdi(), new SnsTwinField(), new SnsDecoyTwinField(),
				new Cal19TwinField(), new Gg02Protocol()));
		return new StaticModelRegistry(models, new OrekitOrbitPropagator());
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
