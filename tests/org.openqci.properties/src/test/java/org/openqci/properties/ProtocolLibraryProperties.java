/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
import org.openqci.physics.RepeaterlessBounds;

/**
 * Invariants of every protocol model of the library, over random devices, random protocol
 * parameters (anywhere in their declared ranges, feasible or not) and random fibre: on a 0-500 km
 * sweep the rate is finite and never negative, never rises as the fibre gets longer, and, for a
 * repeaterless protocol, never exceeds the PLOB bound -log2(1 - t) of the channel (Pirandola,
 * Laurenza, Ottaviani, Banchi, Nat. Commun. 8, 15043 (2017)). Each try draws everything from one
 * seed, printed with any failure.
 */
class ProtocolLibraryProperties {

	@Property(tries = 150)
	void everyProtocolIsFiniteMonotoneAndRepeaterlessBelowPlob(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
		for (ProtocolModel model : ProtocolLibrary.ALL) {
			Random random = new Random(seed ^ model.id().hashCode());
			double attenuation = 0.15 + 0.3 * random.nextDouble();
			SourceCharacteristics source = randomSource(model, random);
			DetectorCharacteristics detector = randomDetector(model, random);
			ParameterValues parameters = randomParameters(model, random);
			double noise = random.nextBoolean() ? 0.0 : Math.pow(10, -9 + 4 * random.nextDouble());
			String setup = model.id() + " with seed " + seed + ": " + attenuation + " dB/km, noise " + noise + ", "
					+ source + ", " + detector + ", " + parameters;
			double previous = Double.POSITIVE_INFINITY;
			for (int km = 0; km <= 500; km += 5) {
				double t = Math.pow(10, -attenuation * km / 10);
				double rate = model.evaluate(new LinkBudget(new ChannelBudget(t, noise), source, detector), parameters)
						.secretKeyPerPulse();
				String where = " at " + km + " km, " + setup;
				assertTrue(Double.isFinite(rate) && rate >= 0, "not a rate: " + rate + where);
				// a relative tolerance of 1e-9 for rounding between neighbouring distances
				assertTrue(rate <= previous * (1 + 1e-9), "rises to " + rate + " from " + previous + where);
				if (model.isRepeaterless()) {
					assertTrue(rate <= RepeaterlessBounds.plob(t), "above PLOB " + RepeaterlessBounds.plob(t) + ": "
							+ rate + where);
				}
				previous = rate;
			}
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
