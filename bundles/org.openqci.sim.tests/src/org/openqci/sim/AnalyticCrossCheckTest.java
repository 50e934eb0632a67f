/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;

/**
 * The simulator against the analytic vacuum + weak decoy BB84 model (the registered
 * {@code bb84-decoy-vacuum-weak} service, Ma et al. 2005) on the GYS link of Ma et al.
 * (eta_Bob 4.5 %, Y0 1.7e-6, e_d 3.3 %, 0.21 dB/km), mu 0.48 and nu 0.05 sent with
 * probabilities 0.8 and 0.1 (vacuum 0.1): gains and QBERs of both intensities, and the vacuum's
 * gain, agree within 3 standard deviations of the simulated estimates at 25, 50 and 100 km,
 * with 2e10 simulated pulses each (fixed seed).
 */
class AnalyticCrossCheckTest {

	private static final double[] PROBABILITIES = { 0.8, 0.1, 0.1 };

	@ParameterizedTest(name = "{0} km")
	@ValueSource(doubles = { 25, 50, 100 })
	void gainsAndQbersAgreeWithTheAnalyticModelWithinThreeSigma(double km) throws Exception {
		ChannelBudget channel = new ChannelBudget(Math.pow(10, -0.21 * km / 10), 0);
		SourceCharacteristics source = new SourceCharacteristics(1e9, PhotonStatistics.POISSONIAN, 0.48, 0.05, 0);
		DetectorCharacteristics detector = DetectorCharacteristics.photonCounting(0.045, 1.7e-6, 0.033, 0);
		LinkBudget budget = new LinkBudget(channel, source, detector);
		ProtocolModel model = RegisteredModels.protocol("bb84-decoy-vacuum-weak");
		KeyRate analytic = model.evaluate(budget, ParameterValues.defaults(model));

		DecoyBb84Simulator simulator = new DecoyBb84Simulator(DecoyBb84Link.of(budget, PROBABILITIES, 0.5, 0), 20_26);
		LinkStatistics statistics = new LinkStatistics(3);
		for (int block = 0; block < 20; block++) {
			statistics.add(simulator.next(1_000_000_000L));
		}

		assertWithin3Sigma("Q_mu", analytic.gain(), statistics.gain(0), statistics.gainError(0));
		assertWithin3Sigma("E_mu", analytic.qber(), statistics.qber(0), statistics.qberError(0));
		assertWithin3Sigma("Q_nu", analytic.details().get("Q_nu"), statistics.gain(1), statistics.gainError(1));
		assertWithin3Sigma("E_nu", analytic.details().get("E_nu"), statistics.qber(1), statistics.qberError(1));
		assertWithin3Sigma("Y0", budget.backgroundProbability(), statistics.gain(2), statistics.gainError(2));
		assertEquals(2e10, statistics.pulses(0) + statistics.pulses(1) + statistics.pulses(2), 0.5);
	}

	private static void assertWithin3Sigma(String what, double expected, double simulated, double sigma) {
		assertTrue(sigma > 0, what + ": no statistics");
		assertTrue(Math.abs(simulated - expected) <= 3 * sigma, () -> String.format(
				"%s: simulated %.6e, analytic %.6e, %.2f sigma apart", what, simulated, expected,
				(simulated - expected) / sigma));
	}
}
