/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.DetectionScheme;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.physics.Maximiser;
import org.openqci.physics.RepeaterlessBounds;

/**
 * Invariants of every protocol model of the library, over random devices, random protocol
 * parameters (anywhere in their declared ranges, feasible or not) and random fibre: on a 0-500 km
 * sweep the rate is finite and never negative and, for a repeaterless protocol, never exceeds the
 * PLOB bound -log2(1 - t) of the channel (Pirandola, Laurenza, Ottaviani, Banchi, Nat. Commun. 8,
 * 15043 (2017)); with the free parameters optimised, the rate never rises as the fibre gets
 * longer. Each try draws everything from one seed; failures print the whole setup.
 */
class ProtocolLibraryProperties {

	@Property(tries = 150)
	void everyProtocolIsFiniteAndRepeaterlessBelowPlob(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
		for (ProtocolModel model : ProtocolLibrary.ALL) {
			Random random = new Random(seed ^ model.id().hashCode());
			Setup s = Setup.random(model, random);
			for (int km = 0; km <= 500; km += 5) {
				double t = s.transmittance(km);
				double rate = model.evaluate(s.budget(t, s.source()), s.parameters()).secretKeyPerPulse();
				String where = " at " + km + " km, " + s;
				assertTrue(Double.isFinite(rate) && rate >= 0, "not a rate: " + rate + where);
				if (model.isRepeaterless()) {
					assertTrue(rate <= RepeaterlessBounds.plob(t), "above PLOB " + RepeaterlessBounds.plob(t) + ": "
							+ rate + where);
				}
			}
		}
	}

	/**
	 * The key rate a user sees, with the free parameters optimised at every distance (as the
	 * engine does), never rises with the fibre length. At fixed parameters a decoy bound may
	 * certify a little more key behind a little more loss (e.g. MDI-QKD with very unequal arms and
	 * intensities), but never more than the optimised rate at the shorter distance, since Alice
	 * and Bob could add that loss themselves. Each distance takes the better of a search from
	 * scratch and one started at the previous distance's optimum; 0.1 % is allowed for the
	 * optimiser's precision.
	 */
	@Property(tries = 4)
	void everyOptimisedRateIsNonIncreasingInLoss(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
		for (ProtocolModel model : ProtocolLibrary.ALL) {
			Random random = new Random(seed ^ model.id().hashCode());
			Setup s = Setup.random(model, random);
			FreeVariables free = new FreeVariables(model, s);
			double previous = Double.POSITIVE_INFINITY;
			double[] start = null;
			for (int km = 0; km <= 500; km += 25) {
				double t = s.transmittance(km);
				ToDoubleFunction<double[]> rate = x -> model.evaluate(s.budget(t, free.source(x)), free.parameters(x))
						.secretKeyPerPulse();
				Maximiser.Result best = Maximiser.maximise(rate, free.variables(), free.seed());
				if (start != null) {
					Maximiser.Result warm = Maximiser.maximiseFrom(rate, free.variables(), start, free.seed());
					best = warm.value() > best.value() ? warm : best;
				}
				double r = best.value() > 0 ? best.value() : 0.0;
				assertTrue(r <= previous * (1 + 1e-3), model.id() + ": optimised rate rises to " + r + " from "
						+ previous + " at " + km + " km, " + s);
				previous = r;
				start = r > 0 ? best.point() : null;
			}
		}
	}

	/** A random link for one protocol: fibre, noise, source, detector and protocol parameters. */
	record Setup(ProtocolModel model, double attenuation, double noise, SourceCharacteristics source,
			DetectorCharacteristics detector, ParameterValues parameters) {

		static Setup random(ProtocolModel model, Random random) {
			double attenuation = 0.15 + 0.3 * random.nextDouble();
			double noise = random.nextBoolean() ? 0.0 : Math.pow(10, -9 + 4 * random.nextDouble());
			return new Setup(model, attenuation, noise, randomSource(model, random), randomDetector(model, random),
					randomParameters(model, random));
		}

		double transmittance(double km) {
			return Math.pow(10, -attenuation * km / 10);
		}

		LinkBudget budget(double t, SourceCharacteristics s) {
			return new LinkBudget(new ChannelBudget(t, noise), s, detector);
		}

		@Override
		public String toString() {
			return model.id() + ": " + attenuation + " dB/km, noise " + noise + ", " + source + ", " + detector + ", "
					+ parameters;
		}
	}

	/**
	 * The parameters the engine would optimise for a protocol: its optimisable descriptors and
	 * the source's intensities (mu and nu for weak coherent pulses, the mean pair number, the
	 * modulation variance), with the engine's ranges and scales.
	 */
	static final class FreeVariables {
		private final ProtocolModel model;
		private final Setup setup;
		private final List<ParameterDescriptor> optimisable;
		private final int sourceVariables;

		FreeVariables(ProtocolModel model, Setup setup) {
			this.model = model;
			this.setup = setup;
			this.optimisable = model.parameters().stream().filter(ParameterDescriptor::optimisable).toList();
			this.sourceVariables = switch (setup.source().statistics()) {
				case POISSONIAN -> 2;
				case THERMAL, GAUSSIAN_MODULATED -> 1;
				case SINGLE_PHOTON -> 0;
			};
		}

		List<Maximiser.Variable> variables() {
			List<Maximiser.Variable> v = new ArrayList<>();
			for (int i = 0; i < sourceVariables; i++) {
				v.add(setup.source().statistics() == PhotonStatistics.GAUSSIAN_MODULATED
						? Maximiser.Variable.logarithmic(0.01, 100) : Maximiser.Variable.logarithmic(0, 2));
			}
			for (ParameterDescriptor d : optimisable) {
				v.add(Maximiser.Variable.spanning(d.min(), d.max()));
			}
			return v;
		}

		double[] seed() {
			double[] x = new double[sourceVariables + optimisable.size()];
			SourceCharacteristics s = setup.source();
			if (sourceVariables > 0) {
				x[0] = s.signalIntensity();
			}
			if (sourceVariables > 1) {
				x[1] = s.decoyIntensity();
			}
			for (int i = 0; i < optimisable.size(); i++) {
				x[sourceVariables + i] = setup.parameters().get(optimisable.get(i).name());
			}
			return x;
		}

		SourceCharacteristics source(double[] x) {
			SourceCharacteristics s = setup.source();
			return switch (sourceVariables) {
				case 2 -> new SourceCharacteristics(s.repetitionRateHz(), s.statistics(), x[0], x[1], s.vacuumIntensity());
				case 1 -> new SourceCharacteristics(s.repetitionRateHz(), s.statistics(), x[0], 0, 0);
				default -> s;
			};
		}

		ParameterValues parameters(double[] x) {
			ParameterValues p = setup.parameters();
			for (int i = 0; i < optimisable.size(); i++) {
				p = p.with(optimisable.get(i).name(), x[sourceVariables + i]);
			}
			return p;
		}

		@Override
		public String toString() {
			return model.id() + " free " + optimisable.stream().map(ParameterDescriptor::name).toList();
		}
	}

	/** A source the protocol supports, with random intensities. */
	static SourceCharacteristics randomSource(ProtocolModel model, Random random) {
		List<PhotonStatistics> supported = List.copyOf(model.supportedSources());
		PhotonStatistics statistics = supported.get(random.nextInt(supported.size()));
		return switch (statistics) {
			case POISSONIAN -> {
				double mu = logUniform(random, -3, 0.3);
				yield new SourceCharacteristics(1e9, statistics, mu, mu * 1.2 * random.nextDouble(),
						random.nextBoolean() ? 0.0 : logUniform(random, -5, -2));
			}
			case SINGLE_PHOTON -> new SourceCharacteristics(1e9, statistics, random.nextDouble(), 0, 0);
			case THERMAL -> new SourceCharacteristics(1e9, statistics, logUniform(random, -4, 0.3), 0, 0);
			case GAUSSIAN_MODULATED -> new SourceCharacteristics(1e8, statistics, logUniform(random, -2, 2), 0, 0);
		};
	}

	/** A detector of a scheme the protocol supports, with random properties. */
	static DetectorCharacteristics randomDetector(ProtocolModel model, Random random) {
		List<DetectionScheme> supported = List.copyOf(model.supportedDetection());
		DetectionScheme scheme = supported.get(random.nextInt(supported.size()));
		if (scheme == DetectionScheme.PHOTON_COUNTING) {
			return DetectorCharacteristics.photonCounting(logUniform(random, -2, 0),
					random.nextInt(5) == 0 ? 0.0 : logUniform(random, -10, -4), 0.1 * random.nextDouble(),
					random.nextBoolean() ? 0.0 : 0.1 * random.nextDouble());
		}
		return DetectorCharacteristics.coherent(scheme, 0.3 + 0.7 * random.nextDouble(), 0.1 * random.nextDouble());
	}

	/** Every parameter anywhere in its declared range: on a log scale where the range spans decades. */
	static ParameterValues randomParameters(ProtocolModel model, Random random) {
		Map<String, Double> values = new LinkedHashMap<>();
		for (ParameterDescriptor d : model.parameters()) {
			double v;
			if (d.min() > 0 && d.max() / d.min() > 100) {
				v = Math.exp(Math.log(d.min()) + random.nextDouble() * Math.log(d.max() / d.min()));
			} else {
				v = d.min() + random.nextDouble() * (d.max() - d.min());
			}
			values.put(d.name(), d.integer() ? Math.min(d.max(), Math.max(d.min(), Math.rint(v))) : v);
		}
		return ParameterValues.of(values);
	}

	private static double logUniform(Random random, double lo, double hi) {
		return Math.pow(10, lo + (hi - lo) * random.nextDouble());
	}
}
