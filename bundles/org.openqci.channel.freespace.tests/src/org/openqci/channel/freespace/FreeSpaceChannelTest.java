/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.freespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.units.Units;

/** Descriptors, configuration problems and invariants of the free-space channel. */
class FreeSpaceChannelTest {

	private final FreeSpaceChannel channel = new FreeSpaceChannel();

	private ParameterValues defaults(double km) {
		return ParameterValues.defaults(channel).with("length", km);
	}

	@Test
	void descriptorsAreSane() {
		assertEquals("free-space", channel.id());
		assertFalse(channel.name().isBlank());
		assertTrue(channel.description().contains("Kim"));
		List<String> names = channel.parameters().stream().map(ParameterDescriptor::name).toList();
		assertEquals(List.of("length", "wavelength", "transmitterAperture", "receiverAperture", "visibility", "cn2",
				"pointingJitter", "opticalLoss", "skyRadiance", "fieldOfView", "filterBandwidth", "detectionWindow"),
				names);
		List<String> units = channel.parameters().stream().map(ParameterDescriptor::unit).toList();
		assertEquals(List.of("km", "nm", "m", "m", "km", "m^-2/3", "urad", "dB", "W/(m2 sr nm)", "urad", "nm", "ns"),
				units);
		assertTrue(channel.parameter("length").orElseThrow().isRequired());
		assertEquals(850.0, channel.parameter("wavelength").orElseThrow().defaultValue());
		assertEquals(23.0, channel.parameter("visibility").orElseThrow().defaultValue());
		assertEquals(1e-15, channel.parameter("cn2").orElseThrow().defaultValue());
		for (ParameterDescriptor d : channel.parameters()) {
			assertTrue(Units.isKnown(d.unit()), d.name() + " has an unknown unit " + d.unit());
			assertTrue(d.isRequired() || d.accepts(d.defaultValue()), d.name());
			assertTrue(d.min() >= 0, d.name() + " accepts negative values");
			assertFalse(d.optimisable(), d.name());
			assertFalse(d.integer(), d.name());
			assertFalse(d.description().isBlank(), d.name());
		}
		assertFalse(channel.parameter("transmitterAperture").orElseThrow().accepts(-0.1));
		assertFalse(channel.parameter("length").orElseThrow().accepts(-1));
	}

	@Test
	void lengthIsRequired() {
		assertThrows(IllegalArgumentException.class, () -> channel.budget(ParameterValues.defaults(channel)));
	}

	@Test
	void defaultsHaveNoConfigurationProblems() {
		assertEquals(List.of(), channel.configurationProblems(defaults(0)));
		assertEquals(List.of(), channel.configurationProblems(defaults(144).with("receiverAperture", 1.0)));
	}

	@Test
	void zeroAperturesAreConfigurationProblems() {
		List<String> tx = channel.configurationProblems(defaults(10).with("transmitterAperture", 0));
		assertEquals(1, tx.size());
		assertTrue(tx.get(0).contains("transmitterAperture"));
		List<String> rx = channel.configurationProblems(defaults(10).with("receiverAperture", 0));
		assertEquals(1, rx.size());
		assertTrue(rx.get(0).contains("receiverAperture"));
		// the budget is still defined: nothing arrives
		assertEquals(new ChannelBudget(0.0, 0.0), channel.budget(defaults(10).with("receiverAperture", 0)));
		assertEquals(0.0, channel.budget(defaults(10).with("transmitterAperture", 0)).transmittance());
		assertEquals(0.0, channel.budget(defaults(0).with("transmitterAperture", 0)).transmittance());
		assertStyle(tx);
		assertStyle(rx);
	}

	@Test
	void fieldOfViewBelowTheDiffractionLimitIsAProblem() {
		// 2.44 x 850 nm / 0.3 m = 6.91 urad
		ParameterValues p = defaults(10).with("fieldOfView", 5);
		List<String> problems = channel.configurationProblems(p);
		assertEquals(1, problems.size());
		assertTrue(problems.get(0).contains("fieldOfView"), problems.get(0));
		assertTrue(problems.get(0).contains("diffraction limit"), problems.get(0));
		assertTrue(problems.get(0).contains("6.91 urad"), problems.get(0));
		assertStyle(problems);
		assertEquals(List.of(), channel.configurationProblems(defaults(10).with("fieldOfView", 7)));
		assertEquals(6.913333333333333, FreeSpaceChannel.link(p).diffractionLimitedFieldOfViewUrad(), 1e-12);
		// a larger telescope has a smaller diffraction limit
		assertEquals(List.of(), channel.configurationProblems(p.with("receiverAperture", 1.0)));
	}

	private static void assertStyle(List<String> problems) {
		for (String s : problems) {
			assertTrue(Character.isLowerCase(s.charAt(0)), s);
			assertFalse(s.endsWith("."), s);
		}
	}

	@Test
	void zeroLengthLeavesOnlyTheOpticsAndTheNearFieldClipping() {
		// 10 cm transmitter (w0 = 3.19 cm) into a 30 cm receiver: all of the beam is collected
		ChannelBudget b = channel.budget(defaults(0));
		assertEquals(Math.pow(10, -0.3), b.transmittance(), 1e-12);
		assertEquals(3.0, b.lossDb(), 1e-10);
		// 1 m transmitter (w0 = 31.9 cm) into a 10 cm receiver: 1 - exp(-2 (0.05)^2 / w0^2) = 4.8 %
		double w0 = 0.31908634316947576;
		double eta = 1 - Math.exp(-2 * 0.05 * 0.05 / (w0 * w0));
		ChannelBudget clipped = channel.budget(defaults(0).with("transmitterAperture", 1).with("receiverAperture", 0.1)
				.with("opticalLoss", 0));
		assertEquals(eta, clipped.transmittance(), 1e-14);
	}

	@Test
	void turbulenceAndJitterOnlyLower() {
		ParameterValues calm = defaults(20).with("cn2", 0).with("pointingJitter", 0);
		double t0 = channel.budget(calm).transmittance();
		assertTrue(channel.budget(calm.with("cn2", 1e-14)).transmittance() < t0);
		assertTrue(channel.budget(calm.with("pointingJitter", 10)).transmittance() < t0);
		// jitter: w_eff^2 = W^2 + 4 (sigma L)^2 exactly
		FreeSpaceLink link = FreeSpaceChannel.link(calm.with("pointingJitter", 10));
		double w2 = FreeSpaceChannel.link(calm).effectiveRadiusSquared();
		assertEquals(w2 + 4 * Math.pow(10e-6 * 20e3, 2), link.effectiveRadiusSquared(), 1e-12 * w2);
		// small receiver: the mean collected fraction is the on-axis fraction / (1 + 4 sigma^2 L^2 / W^2)
		// (Farid & Hranilovic 2007), to first order in D_R^2 / w^2 (here 2e-7)
		FreeSpaceLink small = FreeSpaceChannel.link(calm.with("receiverAperture", 1e-4).with("pointingJitter", 10));
		FreeSpaceLink steady = FreeSpaceChannel.link(calm.with("receiverAperture", 1e-4));
		double w = steady.effectiveRadiusSquared();
		double expected = steady.geometricTransmittance() / (1 + 4 * Math.pow(10e-6 * 20e3, 2) / w);
		assertEquals(expected, small.geometricTransmittance(), 1e-6 * expected);
	}

	@Test
	void randomisedInvariants() {
		// a property test written as a plain loop (no jqwik here): 2000 random configurations over the
		// descriptors' ranges (log-uniform where the range spans decades), lengths increasing
		Random random = new Random(20070101L);
		List<ParameterDescriptor> ds = channel.parameters();
		for (int i = 0; i < 2000; i++) {
			ParameterValues p = ParameterValues.defaults(channel);
			for (ParameterDescriptor d : ds) {
				if (!d.name().equals("length")) {
					p = p.with(d.name(), sample(random, d));
				}
			}
			double previous = 1.0;
			double[] lengths = { 0, 1e-3, 0.5, 5, 30, 144, 250, 499.9, 500 };
			double noise = Double.NaN;
			for (double km : lengths) {
				ChannelBudget b = channel.budget(p.with("length", km));
				double t = b.transmittance();
				assertTrue(t >= 0 && t <= 1, "transmittance " + t + " at " + p);
				assertTrue(t <= previous * (1 + 1e-12), "loss decreased with length at " + km + " km: " + p);
				assertTrue(Double.isFinite(b.noisePhotons()) && b.noisePhotons() >= 0, "noise at " + p);
				if (!Double.isNaN(noise)) {
					assertEquals(noise, b.noisePhotons(), 0.0, "noise depends on length");
				}
				noise = b.noisePhotons();
				previous = t;
			}
		}
	}

	@Test
	void rangeCornersGiveNoNaN() {
		// every combination of range ends of the eleven non-length parameters, at three lengths
		List<ParameterDescriptor> ds = channel.parameters().subList(1, 12);
		for (int mask = 0; mask < (1 << ds.size()); mask++) {
			ParameterValues p = ParameterValues.defaults(channel);
			for (int j = 0; j < ds.size(); j++) {
				ParameterDescriptor d = ds.get(j);
				p = p.with(d.name(), (mask & (1 << j)) == 0 ? d.min() : d.max());
			}
			for (double km : new double[] { 0, 144, 500 }) {
				ChannelBudget b = channel.budget(p.with("length", km));
				assertTrue(b.transmittance() >= 0 && b.transmittance() <= 1, p.toString());
				assertTrue(Double.isFinite(b.noisePhotons()) && b.noisePhotons() >= 0, p.toString());
				assertFalse(channel.configurationProblems(p.with("length", km)).contains(null));
			}
		}
	}

	private static double sample(Random random, ParameterDescriptor d) {
		double min = d.min(), max = d.max();
		if (random.nextInt(20) == 0) {
			return random.nextBoolean() ? min : max;
		}
		if (min > 0 && max / min > 100) {
			return Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)));
		}
		if (min == 0 && max > 0 && random.nextBoolean()) {
			// log-uniform over the upper six decades
			return max * Math.pow(10, -6 * random.nextDouble());
		}
		return min + random.nextDouble() * (max - min);
	}
}
