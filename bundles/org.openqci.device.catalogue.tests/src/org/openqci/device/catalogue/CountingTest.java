/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.openqci.device.api.DeviceConfiguration;

/** Counting statistics: dead time, Poisson noise, the averages of the simulated readings. */
class CountingTest {

	@Test
	void deadTimeSaturates() {
		assertEquals(1e6 / (1 + 1e6 * 1e-6), Counting.deadTimeCorrected(1e6, 1e-6), 1e-9);
		assertEquals(5e5, Counting.deadTimeCorrected(1e6, 1e-6), 1e-6);
		assertEquals(1e3, Counting.deadTimeCorrected(1e3, 0));
		assertTrue(Counting.deadTimeCorrected(1e12, 20e-6) < 1 / 20e-6);
		assertEquals(1 / 20e-6, Counting.deadTimeCorrected(1e15, 20e-6), 1e-3 / 20e-6);
	}

	@Test
	void detectorRateAddsDarkCountsAndAfterpulses() {
		double r = (0.1 * 1e5 + 100) * 1.05;
		assertEquals(r / (1 + r * 1e-5), Counting.detectorRate(0.1, 1e5, 100, 0.05, 1e-5), 1e-9);
	}

	@Test
	void poissonHasTheRightMeanAndVariance() {
		RandomGenerator random = new SplittableRandom(1);
		for (double mean : new double[] { 0.3, 7, 40, 500, 1e5 }) {
			int n = 20_000;
			double sum = 0;
			double sumSquares = 0;
			for (int i = 0; i < n; i++) {
				double k = Counting.poisson(random, mean);
				sum += k;
				sumSquares += k * k;
			}
			double average = sum / n;
			double variance = sumSquares / n - average * average;
			assertEquals(mean, average, 5 * Math.sqrt(mean / n), "mean " + mean);
			assertEquals(mean, variance, 0.05 * mean + 0.05, "variance " + mean);
		}
		assertEquals(0, Counting.poisson(random, 0));
	}

	@Test
	void spadCountRateAveragesToTheExpectedRate() {
		SpadType spad = new SpadType();
		Map<String, Double> values = spad.resolve(spad.presets().get(0));
		double expected = Counting.detectorRate(0.10, 1e5, 1.0, 0.022, 20e-6);
		assertAverage(spad, values, "countRate", expected, 0.5);
		assertAverage(spad, values, "darkCountRate", Counting.detectorRate(0, 0, 1.0, 0.022, 20e-6), 0.5);
		assertAverage(spad, values, "temperature", 163.15, 0.5);
	}

	@Test
	void snspdSaturatesWithTheRecoveryTime() {
		SnspdType snspd = new SnspdType();
		CatalogueType type = snspd;
		Map<String, Double> values = type.resolve(snspd.presets().get(0),
				DeviceConfiguration.of(type.deviceType(), "incidentPhotonRate", "1e9"));
		double r = 0.93 * 1e9 + 1;
		assertAverage(snspd, values, "countRate", r / (1 + r * 40e-9), 0.1);
	}

	@Test
	void timeTaggerCountsCoincidences() {
		TimeTaggerType tagger = new TimeTaggerType();
		Map<String, Double> values = tagger.resolve(tagger.presets().get(0));
		double counted = Counting.deadTimeCorrected(1e5, 50e-9);
		double survival = (counted / 1e5) * (counted / 1e5);
		double expected = 1e4 * survival * TimeTaggerType.captured(values, 1e-9) + counted * counted * 1e-9;
		assertTrue(TimeTaggerType.captured(values, 1e-9) > 0.99);
		assertAverage(tagger, values, "countRate1", counted, 0.5);
		assertAverage(tagger, values, "coincidenceRate", expected, 0.5);
	}

	@Test
	void homodyneClearanceFollowsTheElectronicNoise() {
		HomodyneType homodyne = new HomodyneType();
		Map<String, Double> values = homodyne.resolve(homodyne.presets().get(0));
		assertAverage(homodyne, values, "shotNoiseClearance", 10 * Math.log10(1.041 / 0.041), 0.5);
		assertAverage(homodyne, values, "electronicNoise", 0.041, 0.5);
	}

	@Test
	void laserIntensityFluctuatesAroundTheMean() {
		WcpLaserType laser = new WcpLaserType();
		Map<String, Double> values = laser.resolve(laser.presets().get(0));
		assertAverage(laser, values, "meanPhotonNumber", 0.5, 0.5);
		assertEquals(1e9, laser.sample(values, new SplittableRandom(2), 0.5).get("pulseRate"));
	}

	@Test
	void spdcCoincidencesScaleWithTheHeraldingEfficiencySquared() {
		SpdcSourceType spdc = new SpdcSourceType();
		Map<String, Double> values = spdc.resolve(spdc.presets().get(0));
		assertAverage(spdc, values, "coincidenceRate", 1e6 * 0.83 * 0.83, 0.5);
	}

	/** Averages 2000 updates of {@code seconds}; the mean must lie within 5 standard errors. */
	private static void assertAverage(CatalogueType type, Map<String, Double> values, String reading,
			double expected, double seconds) {
		RandomGenerator random = new SplittableRandom(42);
		int n = 2000;
		double sum = 0;
		double sumSquares = 0;
		for (int i = 0; i < n; i++) {
			double v = type.sample(values, random, seconds).get(reading);
			sum += v;
			sumSquares += v * v;
		}
		double mean = sum / n;
		double standardError = Math.sqrt(Math.max(sumSquares / n - mean * mean, 0) / n);
		assertEquals(expected, mean, 5 * standardError + 1e-12 * Math.abs(expected), type.id() + " " + reading);
		if (reading.contains("Rate")) {
			double poissonError = Math.sqrt(expected / seconds / n);
			assertTrue(standardError < 1.5 * poissonError + 1e-9, type.id() + " " + reading + ": noise "
					+ standardError + " vs Poisson " + poissonError);
		}
	}
}
