/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;

/** Loss arithmetic, noise, configuration problems and descriptors of the fibre channel. */
class FibreChannelTest {

	private final FibreChannel fibre = new FibreChannel();

	private ParameterValues defaultsWithLength(double km) {
		return ParameterValues.defaults(fibre).with("length", km);
	}

	@Test
	void lossAddsUpInDecibels() {
		// 50 km x 0.2 dB/km + 2 x 0.3 dB + 10 x 0.05 dB = 11.1 dB; tolerance 1e-12 dB (rounding).
		ParameterValues p = defaultsWithLength(50).with("connectors", 2).with("splices", 10);
		assertEquals(11.1, FibreChannel.lossDb(p), 1e-12);
		ChannelBudget b = fibre.budget(p);
		assertEquals(Math.pow(10, -1.11), b.transmittance(), 1e-15);
		assertEquals(11.1, b.lossDb(), 1e-12);
		assertEquals(0.0, b.noisePhotons());
	}

	@Test
	void defaultsGiveTwentyDecibelsPerHundredKilometres() {
		// 0.2 dB/km by default (typical G.652 fibre at 1550 nm), no connectors or splices.
		assertEquals(20.0, fibre.budget(defaultsWithLength(100)).lossDb(), 1e-12);
		assertEquals(1.0, fibre.budget(defaultsWithLength(0)).transmittance());
		// the GYS attenuation, 0.21 dB/km, over 142 km: 29.82 dB
		assertEquals(29.82, fibre.budget(defaultsWithLength(142).with("attenuation", 0.21)).lossDb(), 1e-12);
	}

	@Test
	void oldExperimentValuesStillEvaluate() {
		// values stored before the new parameters existed: only the original six, same result
		ParameterValues old = ParameterValues.of(Map.of("length", 80.0, "attenuation", 0.21, "connectors", 2.0,
				"connectorLoss", 0.3, "splices", 4.0, "spliceLoss", 0.05));
		ChannelBudget b = fibre.budget(old);
		assertEquals(80 * 0.21 + 0.6 + 0.2, b.lossDb(), 1e-12);
		assertEquals(0.0, b.noisePhotons());
		assertTrue(fibre.configurationProblems(old).isEmpty());
	}

	@Test
	void attenuationModelsTakeTheLossFromTheSpectrumAtTheQuantumWavelength() {
		ParameterValues p = defaultsWithLength(100).with("attenuation", 5);
		assertEquals(500.0, fibre.budget(p).lossDb(), 1e-9);
		// model 1 ignores the attenuation parameter: 100 km x 0.190 dB/km at 1550 nm
		assertEquals(100 * FibreSpectrum.G652D.dbPerKm(1550, 0), fibre.budget(p.with("attenuationModel", 1)).lossDb(),
				1e-9);
		assertEquals(19.0, fibre.budget(p.with("attenuationModel", 1)).lossDb(), 0.01);
		assertEquals(33.0, fibre.budget(p.with("attenuationModel", 1).with("wavelength", 1310)).lossDb(), 0.01);
		assertEquals(15.5, fibre.budget(p.with("attenuationModel", 2)).lossDb(), 0.01);
	}

	@Test
	void lossNeverDecreasesWithLengthForAllModels() {
		for (int model = 0; model <= 2; model++) {
			for (double wavelength : new double[] { 1260, 1310, 1383, 1550, 1675 }) {
				double previous = -1;
				for (double km = 0; km <= 2000; km += 5) {
					double loss = fibre.budget(defaultsWithLength(km).with("attenuationModel", model)
							.with("wavelength", wavelength).with("connectors", 2)).lossDb();
					assertTrue(loss >= previous, "model " + model + " at " + km + " km");
					previous = loss;
				}
			}
		}
	}

	@Test
	void transmittanceStaysPositiveAtTheLongestLength() {
		// 2000 km at 10 dB/km is 20000 dB: underflows to 0, never negative or NaN.
		ChannelBudget b = fibre.budget(defaultsWithLength(2000).with("attenuation", 10));
		assertEquals(0.0, b.transmittance());
		ChannelBudget longest = fibre.budget(defaultsWithLength(2000));
		assertEquals(400.0, longest.lossDb(), 1e-9);
	}

	@Test
	void noiseIsLinearInLaunchPower() {
		// Raman and crosstalk are both linear in the classical power (no stimulated gain modelled)
		ParameterValues p = defaultsWithLength(40).with("wavelength", 1550).with("classicalWavelength", 1530)
				.with("isolation", 60);
		for (String direction : List.of("coPropagatingPower", "counterPropagatingPower")) {
			double one = fibre.budget(p.with(direction, 1)).noisePhotons();
			assertTrue(one > 0, direction);
			for (double mw : new double[] { 0.1, 2, 10, 100 }) {
				assertEquals(mw * one, fibre.budget(p.with(direction, mw)).noisePhotons(), 1e-12 * mw * one, direction);
			}
		}
		double both = fibre.budget(p.with("coPropagatingPower", 1).with("counterPropagatingPower", 3)).noisePhotons();
		double sum = fibre.budget(p.with("coPropagatingPower", 1)).noisePhotons()
				+ fibre.budget(p.with("counterPropagatingPower", 3)).noisePhotons();
		assertEquals(sum, both, 1e-12 * sum);
	}

	@Test
	void noisePhotonsFollowFromPowerWindowAndPhotonEnergy() {
		// 1 mW counter-propagating at 1530 nm into 1550 nm over 50 km, 0.6 nm, 1 ns, no crosstalk
		// (isolation 200 dB): n = P_b t lambda / (h c), P_b = P rho dl (1 - exp(-2aL)) / (2a)
		ParameterValues p = defaultsWithLength(50).with("classicalWavelength", 1530).with("counterPropagatingPower", 1)
				.with("isolation", 200);
		double a = 0.2 * Math.log(10) / 10;
		double rho = RamanScattering.crossSection(1550, 1530, 300);
		double pb = 1e-3 * rho * 0.6 * (1 - Math.exp(-2 * a * 50)) / (2 * a);
		double expected = pb * 1e-9 * 1550e-9 / (6.62607015e-34 * 299792458.0);
		assertEquals(expected, fibre.budget(p).noisePhotons(), 1e-12 * expected);
		// rho(1530 nm -> 1550 nm) = 7.7e-9 per km and nm: P_b = 5.0e-11 W (-103 dBm), 0.39 photons
		// per ns, so 1 mW of C-band light 20 nm away swamps a quantum signal without narrower
		// filters or lower powers
		assertEquals(7.7e-9, rho, 0.1e-9);
		assertEquals(0.387, fibre.budget(p).noisePhotons(), 0.002);
		// ten times the window, ten times the photons
		assertEquals(10 * expected, fibre.budget(p.with("detectionWindow", 10)).noisePhotons(), 1e-11 * expected);
	}

	@Test
	void classicalAttenuationComesFromTheSpectrumWhenAModelIsChosen() {
		// co-propagating 1310 nm light into 1550 nm: with model 1 the 1310 nm light is attenuated by
		// 0.33 dB/km, the quantum signal by 0.19 dB/km; with model 0 both by the given 0.2 dB/km
		ParameterValues p = defaultsWithLength(30).with("coPropagatingPower", 5).with("isolation", 200);
		double rhoDl = RamanScattering.crossSection(1550, 1310, 300) * 0.6;
		double aq = CoexistenceNoise.perKm(FibreSpectrum.G652D.dbPerKm(1550, 0));
		double ac = CoexistenceNoise.perKm(FibreSpectrum.G652D.dbPerKm(1310, 0));
		double pf = 5e-3 * rhoDl * (Math.exp(-aq * 30) - Math.exp(-ac * 30)) / (ac - aq);
		assertEquals(pf, FibreSpan.of(p.with("attenuationModel", 1)).noise().ramanForwardW(), 1e-12 * pf);
		double a = CoexistenceNoise.perKm(0.2);
		double pf0 = 5e-3 * rhoDl * 30 * Math.exp(-a * 30);
		assertEquals(pf0, FibreSpan.of(p).noise().ramanForwardW(), 1e-12 * pf0);
	}

	@Test
	void crosstalkPassesTheIsolation() {
		// co-propagating: P exp(-a L) 10^(-iso/10); counter-propagating: P R(L) 10^(-iso/10) with the
		// Rayleigh backscatter of a long fibre, R = B / (2a) = 6.7e-4 (31.7 dB) at 0.2 dB/km
		ParameterValues p = defaultsWithLength(100).with("isolation", 80);
		CoexistenceNoise co = FibreSpan.of(p.with("coPropagatingPower", 10)).noise();
		assertEquals(10e-3 * 1e-2 * 1e-8, co.leakedCoW(), 1e-12 * 1e-12);
		CoexistenceNoise counter = FibreSpan.of(p.with("counterPropagatingPower", 10)).noise();
		double a = CoexistenceNoise.perKm(0.2);
		assertEquals(10e-3 * CoexistenceNoise.BACKSCATTER_PER_KM / (2 * a) * (1 - 1e-4) * 1e-8, counter.leakedCounterW(),
				1e-20);
		assertEquals(31.7, -10 * Math.log10(CoexistenceNoise.BACKSCATTER_PER_KM / (2 * a)), 0.05);
		// at 0 km the co-propagating light reaches the demultiplexer unattenuated and scatters nothing
		CoexistenceNoise shortSpan = FibreSpan.of(p.with("length", 0).with("coPropagatingPower", 10)).noise();
		assertEquals(10e-3 * 1e-8, shortSpan.leakedCoW(), 1e-22);
		assertEquals(0.0, shortSpan.ramanForwardW());
	}

	@Test
	void noNoiseWithoutClassicalLight() {
		for (double km : new double[] { 0, 10, 100, 2000 }) {
			assertEquals(0.0, fibre.budget(defaultsWithLength(km).with("attenuationModel", 1)).noisePhotons());
		}
	}

	@Test
	void inRangeParametersNeverGiveNaN() {
		Random random = new Random(20240611L);
		List<ParameterDescriptor> descriptors = fibre.parameters();
		for (int i = 0; i < 3000; i++) {
			ParameterValues p = ParameterValues.defaults(fibre);
			for (ParameterDescriptor d : descriptors) {
				double v;
				int corner = random.nextInt(5);
				if (corner == 0) {
					v = d.min();
				} else if (corner == 1) {
					v = d.max();
				} else {
					v = d.min() + random.nextDouble() * (d.max() - d.min());
				}
				if (d.integer()) {
					v = Math.rint(v);
				}
				p = p.with(d.name(), v);
			}
			if (random.nextInt(10) == 0) {
				p = p.with("classicalWavelength", p.get("wavelength")); // equal wavelengths: defined too
			}
			ChannelBudget b = fibre.budget(p);
			assertTrue(b.transmittance() >= 0 && b.transmittance() <= 1, p.toString());
			assertTrue(Double.isFinite(b.noisePhotons()) && b.noisePhotons() >= 0, p.toString());
			assertTrue(fibre.configurationProblems(p) != null);
		}
	}

	@Test
	void inlineAmplifiersAreAConfigurationProblem() {
		assertTrue(fibre.configurationProblems(defaultsWithLength(50)).isEmpty());
		List<String> problems = fibre.configurationProblems(defaultsWithLength(50).with("inlineAmplifiers", 1));
		assertEquals(1, problems.size());
		String problem = problems.get(0);
		assertTrue(problem.startsWith("inlineAmplifiers"), problem);
		assertTrue(problem.contains("trusted node"), problem);
		assertSentence(problem);
		// the budget of such a configuration is still defined
		assertEquals(10.0, fibre.budget(defaultsWithLength(50).with("inlineAmplifiers", 3)).lossDb(), 1e-12);
	}

	@Test
	void classicalLightInTheFilterBandIsAConfigurationProblem() {
		ParameterValues inBand = defaultsWithLength(20).with("classicalWavelength", 1550.4).with("coPropagatingPower",
				1);
		List<String> problems = fibre.configurationProblems(inBand);
		assertEquals(1, problems.size());
		assertTrue(problems.get(0).startsWith("classicalWavelength (1550.4 nm) is within filterBandwidth (0.6 nm)"),
				problems.get(0));
		assertSentence(problems.get(0));
		// equal wavelengths, counter-propagating light
		assertEquals(1, fibre.configurationProblems(
				defaultsWithLength(20).with("classicalWavelength", 1550).with("counterPropagatingPower", 1)).size());
		// no classical power: no problem; outside the band: no problem
		assertTrue(fibre.configurationProblems(defaultsWithLength(20).with("classicalWavelength", 1550)).isEmpty());
		assertTrue(fibre.configurationProblems(inBand.with("classicalWavelength", 1551.2)).isEmpty());
		assertTrue(Double.isFinite(fibre.budget(inBand.with("classicalWavelength", 1550)).noisePhotons()));
	}

	private static void assertSentence(String problem) {
		assertEquals(problem.substring(0, 1), problem.substring(0, 1).toLowerCase(), problem);
		assertFalse(problem.endsWith("."), problem);
	}

	@Test
	void lengthIsRequired() {
		assertThrows(IllegalArgumentException.class, () -> fibre.budget(ParameterValues.defaults(fibre)));
	}

	@Test
	void descriptorsAreSane() {
		assertEquals("fibre", fibre.id());
		assertEquals("Optical fibre", fibre.name());
		assertTrue(fibre.description().contains("G.652"));
		List<String> names = fibre.parameters().stream().map(ParameterDescriptor::name).toList();
		assertEquals(List.of("length", "attenuation", "connectors", "connectorLoss", "splices", "spliceLoss",
				"wavelength", "attenuationModel", "coPropagatingPower", "counterPropagatingPower",
				"classicalWavelength", "filterBandwidth", "detectionWindow", "isolation", "temperature",
				"inlineAmplifiers"), names);
		ParameterDescriptor length = fibre.parameter("length").orElseThrow();
		assertTrue(length.isRequired());
		assertEquals("km", length.unit());
		assertEquals(2000.0, length.max());
		assertEquals("dB/km", fibre.parameter("attenuation").orElseThrow().unit());
		assertEquals(0.2, fibre.parameter("attenuation").orElseThrow().defaultValue());
		assertEquals("dB", fibre.parameter("connectorLoss").orElseThrow().unit());
		assertEquals("dB", fibre.parameter("spliceLoss").orElseThrow().unit());
		assertTrue(fibre.parameter("connectors").orElseThrow().integer());
		assertTrue(fibre.parameter("splices").orElseThrow().integer());
		assertTrue(fibre.parameter("attenuationModel").orElseThrow().integer());
		assertTrue(fibre.parameter("inlineAmplifiers").orElseThrow().integer());
		assertFalse(fibre.parameter("connectors").orElseThrow().accepts(1.5));
		assertEquals("nm", fibre.parameter("wavelength").orElseThrow().unit());
		assertEquals(1260.0, fibre.parameter("wavelength").orElseThrow().min());
		assertEquals(1675.0, fibre.parameter("wavelength").orElseThrow().max());
		assertEquals("mW", fibre.parameter("coPropagatingPower").orElseThrow().unit());
		assertEquals(100.0, fibre.parameter("counterPropagatingPower").orElseThrow().max());
		assertEquals("ns", fibre.parameter("detectionWindow").orElseThrow().unit());
		assertEquals("dB", fibre.parameter("isolation").orElseThrow().unit());
		for (String power : List.of("coPropagatingPower", "counterPropagatingPower", "attenuationModel",
				"inlineAmplifiers")) {
			assertEquals(0.0, fibre.parameter(power).orElseThrow().defaultValue(), power);
		}
		for (ParameterDescriptor d : fibre.parameters()) {
			assertTrue(d.isRequired() || d.accepts(d.defaultValue()), d.name());
			assertFalse(d.optimisable(), d.name());
			assertFalse(d.description().isBlank(), d.name());
		}
	}
}
