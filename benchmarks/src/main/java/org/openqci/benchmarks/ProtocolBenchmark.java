/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.physics.Maximiser;
import org.openqci.physics.Maximiser.Variable;
import org.openqci.protocol.bb84.GllpBb84;
import org.openqci.protocol.bb84.InfiniteDecoyBb84;
import org.openqci.protocol.bb84.VacuumWeakDecoyBb84;

/**
 * One protocol evaluation, and one optimisation of the signal intensity, at 100 km of fibre
 * with the GYS parameters (0.21 dB/km, eta_Bob 4.5 %, Y0 1.7e-6, e_d 3.3 %, f 1.22).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProtocolBenchmark {

	@Param({ "bb84-decoy-infinite", "bb84-decoy-vacuum-weak", "bb84-gllp" })
	public String protocol;

	private ProtocolModel model;
	private ParameterValues parameters;
	private double transmittance;

	/** Picks the protocol and the operating point. */
	@Setup
	public void setUp() {
		model = switch (protocol) {
			case "bb84-decoy-infinite" -> new InfiniteDecoyBb84();
			case "bb84-decoy-vacuum-weak" -> new VacuumWeakDecoyBb84();
			case "bb84-gllp" -> new GllpBb84();
			default -> throw new IllegalArgumentException(protocol);
		};
		parameters = ParameterValues.of(Map.of("ecEfficiency", 1.22, "basisSiftingFactor", 0.5));
		transmittance = Math.pow(10, -0.21 * 100 / 10);
	}

	private double rate(double mu) {
		LinkBudget budget = new LinkBudget(new ChannelBudget(transmittance, 0),
				new SourceCharacteristics(2e6, PhotonStatistics.POISSONIAN, mu, 0.05, 0),
				new DetectorCharacteristics(0.045, 1.7e-6, 0.033));
		KeyRate r = model.evaluate(budget, parameters);
		return r.secretKeyPerPulse();
	}

	/** One key-rate evaluation at mu = 0.48. */
	@Benchmark
	@OutputTimeUnit(TimeUnit.NANOSECONDS)
	public double evaluate() {
		return rate(0.48);
	}

	/** The signal intensity optimised over [1e-6, 1] (log scale), as the engine does per point. */
	@Benchmark
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public double optimise() {
		return Maximiser.maximise(this::rate, Variable.logarithmic(0, 1)).value();
	}
}
