/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.openqci.channel.fibre.FibreChannel;
import org.openqci.channel.freespace.FreeSpaceChannel;
import org.openqci.channel.satellite.SatelliteDownlink;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.ChannelModel;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.core.spi.TimeSlot;
import org.openqci.protocol.bb84.FiniteKeyDecoyBb84;

/**
 * Invariants of the channel models over random parameters anywhere in their declared ranges: the
 * loss never falls as a fibre or a free-space link gets longer or a satellite gets farther away,
 * transmittances stay in [0, 1] and noise is finite and non-negative; and the finite key of a
 * whole satellite pass never falls when the ground station's telescope gets larger.
 */
class ChannelProperties {

	/** Random values for every parameter of a model, uniform (or log-uniform over decades) in its range. */
	@Provide
	Arbitrary<Map<String, Double>> fibreValues() {
		return values(new FibreChannel());
	}

	@Provide
	Arbitrary<Map<String, Double>> freeSpaceValues() {
		return values(new FreeSpaceChannel());
	}

	@Provide
	Arbitrary<Map<String, Double>> satelliteValues() {
		return values(new SatelliteDownlink());
	}

	private static Arbitrary<Map<String, Double>> values(ChannelModel model) {
		List<Arbitrary<Double>> parts = new ArrayList<>();
		for (ParameterDescriptor d : model.parameters()) {
			Arbitrary<Double> a;
			if (d.integer()) {
				a = Arbitraries.integers().between((int) d.min(), (int) Math.min(d.max(), 1000)).map(i -> (double) i);
			} else if (d.min() > 0 && d.max() / d.min() > 100) {
				double lo = Math.log10(d.min());
				double hi = Math.log10(d.max());
				a = unit().map(u -> Math.pow(10, lo + u * (hi - lo)));
			} else {
				a = unit().map(u -> d.min() + u * (d.max() - d.min()));
			}
			parts.add(Arbitraries.oneOf(a, Arbitraries.just(d.defaultValue()), Arbitraries.just(d.min()),
					Arbitraries.just(d.max())));
		}
		return net.jqwik.api.Combinators.combine(parts).as(list -> {
			Map<String, Double> map = new HashMap<>();
			for (int i = 0; i < list.size(); i++) {
				map.put(model.parameters().get(i).name(), list.get(i));
			}
			return map;
		});
	}

	/** Uniform in [0, 1] with nine decimals (jqwik needs a scale that every bound can be written in). */
	private static Arbitrary<Double> unit() {
		return Arbitraries.doubles().between(0.0, 1.0).ofScale(9);
	}

	@Property(tries = 300)
	void fibreLossNeverFallsWithLength(@ForAll("fibreValues") Map<String, Double> values) {
		assertMonotone(new FibreChannel(), values, "length", 0, 400, 25);
	}

	@Property(tries = 300)
	void freeSpaceLossNeverFallsWithLength(@ForAll("freeSpaceValues") Map<String, Double> values) {
		assertMonotone(new FreeSpaceChannel(), values, "length", 0, 400, 25);
	}

	@Property(tries = 300)
	void satelliteLossNeverFallsWithRange(@ForAll("satelliteValues") Map<String, Double> values) {
		Map<String, Double> v = new HashMap<>(values);
		v.put("altitude", 400.0);
		assertMonotone(new SatelliteDownlink(), v, "slantRange", 400, 3000, 200);
	}

	private static void assertMonotone(ChannelModel model, Map<String, Double> values, String parameter, double from,
			double to, double step) {
		Map<String, Double> v = new HashMap<>(values);
		double previous = Double.POSITIVE_INFINITY;
		for (double x = from; x <= to; x += step) {
			v.put(parameter, x);
			ChannelBudget b = model.budget(ParameterValues.of(v));
			String where = model.id() + " at " + parameter + " = " + x + ", " + v;
			assertTrue(b.transmittance() >= 0 && b.transmittance() <= 1, "transmittance " + b.transmittance() + where);
			assertTrue(Double.isFinite(b.noisePhotons()) && b.noisePhotons() >= 0, "noise " + b.noisePhotons() + where);
			assertTrue(b.transmittance() <= previous * (1 + 1e-12), "loss fell: " + b.transmittance() + " after "
					+ previous + " " + where);
			previous = b.transmittance();
		}
	}

	/**
	 * A zenith pass of a satellite in a circular orbit at 500 km (10 s slots above 10 degrees): the
	 * finite key of the whole pass, at fixed protocol settings, grows with the receiver's aperture.
	 */
	@Property(tries = 60)
	void keyPerPassNeverFallsWithTheReceiverAperture(@ForAll @DoubleRange(min = 5, max = 25) double intrinsicLoss,
			@ForAll @DoubleRange(min = 0.1, max = 0.5) double transmitter,
			@ForAll @DoubleRange(min = 0.2, max = 0.9) double basis,
			@ForAll @DoubleRange(min = 0.2, max = 0.9) double mu2OverMu1,
			@ForAll @IntRange(min = -9, max = -5) int darkExponent) {
		double previous = 0.0;
		for (double receiver = 0.2; receiver <= 2.0; receiver += 0.2) {
			double key = passKey(intrinsicLoss, transmitter, receiver, basis, 0.6 * mu2OverMu1, Math.pow(10, darkExponent));
			assertTrue(Double.isFinite(key) && key >= 0, "key " + key);
			assertTrue(key >= previous * (1 - 1e-9), "the key fell from " + previous + " to " + key + " at a receiver of "
					+ receiver + " m");
			previous = key;
		}
	}

	private static double passKey(double intrinsicLoss, double transmitter, double receiver, double qx, double mu2,
			double dark) {
		SatelliteDownlink channel = new SatelliteDownlink();
		Map<String, Double> v = new HashMap<>();
		channel.parameters().forEach(d -> v.put(d.name(), d.defaultValue()));
		v.put("intrinsicLoss", intrinsicLoss);
		v.put("transmitterAperture", transmitter);
		v.put("receiverAperture", receiver);
		SourceCharacteristics source = new SourceCharacteristics(1e9, PhotonStatistics.POISSONIAN, 0.6, mu2, 0.0);
		DetectorCharacteristics detector = new DetectorCharacteristics(0.5, dark, 0.01);
		List<TimeSlot> slots = new ArrayList<>();
		double earth = 6371.0;
		double radius = earth + 500.0;
		double omega = Math.sqrt(398600.4418 / (radius * radius * radius)); // rad/s
		for (int t = -300; t <= 300; t += 10) {
			double angle = omega * t; // from the zenith, seen from the Earth's centre
			double x = radius * Math.sin(angle);
			double z = radius * Math.cos(angle) - earth;
			double elevation = Math.toDegrees(Math.atan2(z, Math.abs(x)));
			if (elevation < 10) {
				continue;
			}
			v.put("elevation", elevation);
			v.put("slantRange", Math.hypot(x, z));
			slots.add(new TimeSlot(new LinkBudget(channel.budget(ParameterValues.of(v)), source, detector), 1e10));
		}
		ParameterValues protocol = ParameterValues.of(Map.of("basisProbability", qx, "p1", 0.6, "p2", 0.3, "blockSize",
				1e7, "epsSecPerBit", 0.0, "epsSec", 1e-9, "epsCor", 1e-15, "ecEfficiency", 1.16));
		return new FiniteKeyDecoyBb84().evaluateBlock(slots, protocol).secretBits();
	}
}
