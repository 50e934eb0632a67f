/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.DetectionScheme;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.physics.RepeaterlessBounds;

/**
 * Properties of the GG02 model over many links: finite everywhere from 0 to 500 km and beyond,
 * never negative, never above PLOB, non-increasing in loss and in excess noise, zero for large
 * excess noise and for infeasible inputs.
 */
class Gg02PropertiesTest {

	private static final double[] MODULATION_VARIANCES = { 0.01, 0.1, 1, 4, 18.5, 100 };

	static Stream<Arguments> links() {
		List<Arguments> args = new ArrayList<>();
		for (DetectionScheme scheme : List.of(DetectionScheme.HOMODYNE, DetectionScheme.HETERODYNE)) {
			args.add(Arguments.of(CvLink.ideal(scheme)));
			args.add(Arguments.of(CvLink.lodewyck(scheme)));
			args.add(Arguments.of(new CvLink(scheme, 0.6, 0.01, 0.95, 0.01))); // the catalogue defaults
			args.add(Arguments.of(new CvLink(scheme, 0.3, 0.5, 0.9, 0.1))); // noisy
			args.add(Arguments.of(new CvLink(scheme, 0.9, 0.0, 1.0, 0.3))); // large excess noise
		}
		return args.stream();
	}

	@ParameterizedTest
	@MethodSource("links")
	void finiteBelowPlobAndNonIncreasingInLoss(CvLink link) {
		for (double va : MODULATION_VARIANCES) {
			double previous = Double.POSITIVE_INFINITY;
			for (int km = 0; km <= 500; km++) {
				double t = CvLink.fibre(km);
				double rate = checked(link, t, va);
				// non-increasing in loss; 1e-12 relative for rounding
				int at = km;
				assertTrue(rate <= previous * (1 + 1e-12), () -> link + " V_A=" + va + " rises at " + at + " km");
				previous = rate;
			}
			for (double t : new double[] { 1e-12, 1e-18, 1e-25, 0.0 }) {
				double rate = checked(link, t, va);
				assertTrue(rate <= previous * (1 + 1e-12), () -> link + " V_A=" + va + " rises at T=" + t);
				previous = rate;
			}
		}
	}

	@ParameterizedTest
	@MethodSource("links")
	void optimisedRateIsNonIncreasingAndBelowPlob(CvLink link) {
		double previous = Double.POSITIVE_INFINITY;
		for (int km = 0; km <= 500; km += 20) {
			double t = CvLink.fibre(km);
			double rate = link.optimisedRate(t);
			assertFalse(Double.isNaN(rate));
			assertTrue(rate >= 0.0);
			assertTrue(rate <= previous * (1 + 1e-9), link + " rises at " + km + " km");
			assertTrue(rate <= RepeaterlessBounds.plob(t), link + " above PLOB at " + km + " km");
			previous = rate;
		}
	}

	/** The acceptance grid: every T from 1e-25 to 1 and V_A up to 1e9, both schemes, never above PLOB. */
	@Test
	void neverAbovePlob() {
		for (DetectionScheme scheme : List.of(DetectionScheme.HOMODYNE, DetectionScheme.HETERODYNE)) {
			for (CvLink link : List.of(CvLink.ideal(scheme), CvLink.ideal(scheme).withXi(0.01), CvLink.lodewyck(scheme),
					new CvLink(scheme, 0.5, 0.0, 1.0, 0.0))) {
				for (double logT = -25; logT <= 0; logT += 0.25) {
					double t = Math.pow(10, logT);
					for (double logVa = -2; logVa <= 9; logVa += 0.5) {
						double va = Math.pow(10, logVa);
						double rate = link.rate(t, va);
						assertTrue(Double.isFinite(rate));
						assertTrue(rate <= RepeaterlessBounds.plob(t),
								() -> link + " T=" + t + " V_A=" + va + ": " + rate + " > PLOB");
					}
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("links")
	void nonIncreasingInExcessNoise(CvLink link) {
		for (double t : new double[] { 1.0, 0.9, 0.302, 0.1, 1e-2, 1e-4, 1e-8 }) {
			for (double va : MODULATION_VARIANCES) {
				double previous = Double.POSITIVE_INFINITY;
				for (double xi = 0; xi <= 10.0; xi += xi < 0.1 ? 0.005 : 0.25) {
					double rate = link.withXi(xi).rate(t, va);
					double at = xi;
					assertTrue(rate <= previous * (1 + 1e-12),
							() -> link + " T=" + t + " V_A=" + va + " rises at xi=" + at);
					previous = rate;
				}
			}
		}
	}

	/** With excess noise of half a shot-noise unit or more no V_A gives key at any distance. */
	@Test
	void noKeyForLargeExcessNoise() {
		for (DetectionScheme scheme : List.of(DetectionScheme.HOMODYNE, DetectionScheme.HETERODYNE)) {
			for (CvLink link : List.of(CvLink.ideal(scheme).withXi(0.5), CvLink.lodewyck(scheme).withXi(0.5),
					new CvLink(scheme, 0.6, 0.01, 0.95, 2.0))) {
				for (int km = 0; km <= 500; km += 25) {
					assertEquals(0.0, link.bestOnGrid(CvLink.fibre(km)), link + " at " + km + " km");
				}
			}
		}
		// while a little excess noise leaves key
		assertTrue(CvLink.lodewyck(DetectionScheme.HOMODYNE).withXi(0.05).bestOnGrid(CvLink.fibre(50)) > 0);
	}

	@Test
	void infeasibleInputsGiveZero() {
		CvLink link = CvLink.lodewyck(DetectionScheme.HOMODYNE);
		assertZero(link.evaluate(0.5, 0.0)); // no modulation
		assertZero(link.evaluate(0.0, 4.0)); // no transmission
		assertZero(link.evaluate(Double.NaN, 4.0));
		assertZero(link.evaluate(0.5, Double.NaN));
		assertZero(link.evaluate(0.5, Double.POSITIVE_INFINITY));
		assertZero(new CvLink(DetectionScheme.HETERODYNE, 0.0, 0.01, 0.95, 0.01).evaluate(0.5, 4.0)); // blind detector
		assertZero(new CvLink(DetectionScheme.HOMODYNE, 0.6, 0.01, 0.0, 0.01).evaluate(0.5, 4.0)); // beta = 0
		assertZero(new CvLink(DetectionScheme.HOMODYNE, 0.6, 0.01, 0.95, Double.POSITIVE_INFINITY).evaluate(0.5, 4.0));
		assertZero(new CvLink(DetectionScheme.HOMODYNE, 0.6, Double.POSITIVE_INFINITY, 0.95, 0.01).evaluate(0.5, 4.0));
		// a photon-counting detector is not a coherent receiver (the validator rejects the link)
		LinkBudget counting = new LinkBudget(new ChannelBudget(0.5, 0.0),
				new SourceCharacteristics(1e6, PhotonStatistics.GAUSSIAN_MODULATED, 4.0, 0, 0),
				new DetectorCharacteristics(0.6, 1e-6, 0.01));
		assertZero(CvLink.MODEL.evaluate(counting, link.parameters()));
	}

	@Test
	void configurationProblems() {
		Gg02Protocol model = CvLink.MODEL;
		ParameterValues defaults = ParameterValues.defaults(model);
		SourceCharacteristics source = new SourceCharacteristics(1e6, PhotonStatistics.GAUSSIAN_MODULATED, 4.0, 0, 0);
		assertEquals(List.of(), model.configurationProblems(source, defaults));
		SourceCharacteristics dark = new SourceCharacteristics(1e6, PhotonStatistics.GAUSSIAN_MODULATED, 0.0, 0, 0);
		assertEquals(List.of("the modulation variance V_A of the source must be positive for any key"),
				model.configurationProblems(dark, defaults));
		assertEquals(List.of("reconciliationEfficiency must be positive for any key"),
				model.configurationProblems(source, defaults.with("reconciliationEfficiency", 0.0)));
		for (String problem : model.configurationProblems(dark, defaults.with("reconciliationEfficiency", 0.0))) {
			assertFalse(problem.endsWith("."), problem);
		}
	}

	@Test
	void declaration() {
		Gg02Protocol model = CvLink.MODEL;
		assertEquals("cv-gg02", model.id());
		assertEquals(Set.of(PhotonStatistics.GAUSSIAN_MODULATED), model.supportedSources());
		assertEquals(Set.of(DetectionScheme.HOMODYNE, DetectionScheme.HETERODYNE), model.supportedDetection());
		assertTrue(model.isRepeaterless());
		assertFalse(model.name().isBlank());
		assertTrue(model.description().contains("Lodewyck"));
		assertEquals(List.of("reconciliationEfficiency", "excessNoise"),
				model.parameters().stream().map(ParameterDescriptor::name).toList());
		for (ParameterDescriptor d : model.parameters()) {
			assertFalse(d.isRequired());
			assertTrue(d.accepts(d.defaultValue()));
			assertFalse(d.optimisable());
		}
		assertEquals(0.95, model.parameter("reconciliationEfficiency").orElseThrow().defaultValue());
		assertEquals(1.0, model.parameter("reconciliationEfficiency").orElseThrow().max());
		assertEquals(0.01, model.parameter("excessNoise").orElseThrow().defaultValue());
		// every symbol is measured: gain 1, no QBER; the details carry the CV quantities
		KeyRate r = CvLink.lodewyck(DetectionScheme.HETERODYNE).evaluate(0.1, 4.0);
		assertEquals(1.0, r.gain());
		assertEquals(0.0, r.qber());
		assertEquals(Set.of("I_AB", "chi_BE", "V_A", "SNR", "lambda1", "lambda2", "lambda3", "lambda4"),
				r.details().keySet());
		assertEquals(4.0, r.details().get("V_A"));
	}

	private static double checked(CvLink link, double t, double va) {
		KeyRate r = link.evaluate(t, va);
		double rate = r.secretKeyPerPulse();
		assertTrue(Double.isFinite(rate) && rate >= 0.0, () -> link + " T=" + t + " V_A=" + va + ": " + rate);
		for (Map.Entry<String, Double> e : r.details().entrySet()) {
			assertTrue(Double.isFinite(e.getValue()), () -> link + " T=" + t + " V_A=" + va + " " + e);
		}
		assertTrue(rate <= RepeaterlessBounds.plob(t), () -> link + " T=" + t + " V_A=" + va + " above PLOB: " + rate);
		return rate;
	}

	private static void assertZero(KeyRate r) {
		assertEquals(0.0, r.secretKeyPerPulse(), r.toString());
		for (Map.Entry<String, Double> e : r.details().entrySet()) {
			assertTrue(Double.isFinite(e.getValue()), e.getKey() + " = " + e.getValue());
		}
	}
}
