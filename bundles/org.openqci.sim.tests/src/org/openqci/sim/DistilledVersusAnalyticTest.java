/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.postprocessing.Distillation;
import org.openqci.postprocessing.ErrorCorrection;

/**
 * The key a simulated block really distils against the analytic finite key of the same block
 * (the registered {@code bb84-decoy-finite-key} model, Lim et al. 2014, with the block's mean
 * sifted size as n_X and Cascade's measured efficiency as f_EC, a fixed eps_sec): they agree
 * within 3 % once the authentication key the simulation also pays is added back. The remaining
 * difference is the statistics of the observed counts against their expectations.
 */
class DistilledVersusAnalyticTest {

	@Test
	void theDistilledKeyApproachesTheAnalyticFiniteKeyOfTheSameBlock() throws Exception {
		double[] probabilities = { 0.5, 0.3, 0.2 };
		LinkBudget budget = new LinkBudget(new ChannelBudget(Math.pow(10, -0.2 * 25 / 10), 0),
				new SourceCharacteristics(1e9, PhotonStatistics.POISSONIAN, 0.5, 0.1, 0.0002),
				DetectorCharacteristics.photonCounting(0.1, 6e-7, 0.01, 0));
		DecoyBb84Link link = DecoyBb84Link.of(budget, probabilities, 0.7, 0);
		DecoyBb84KeyBound bound = new DecoyBb84KeyBound(link.intensities(), probabilities, 1e-10, 1e-15);
		KeyDistillationRun run = new KeyDistillationRun(new DecoyBb84Simulator(link, 11),
				new Distillation(ErrorCorrection.cascade(), bound, 0.11), 300_000_000L, 1e9, 13);
		int blocks = 3;
		double[] sums = new double[3]; // sifted bits, efficiency, final key + authentication
		run.run(blocks, (i, t, r) -> {
			assertNull(r.aborted());
			sums[0] += r.siftedBits();
			sums[1] += r.efficiency();
			sums[2] += r.finalBits() + r.authenticationBits();
		}, () -> false);
		double siftedBits = sums[0] / blocks;
		double efficiency = sums[1] / blocks;
		double distilled = sums[2] / blocks;

		ProtocolModel model = RegisteredModels.protocol("bb84-decoy-finite-key");
		ParameterValues values = ParameterValues.defaults(model).with("basisProbability", 0.7)
				.with("p1", probabilities[0]).with("p2", probabilities[1]).with("blockSize", siftedBits)
				.with("epsSecPerBit", 0).with("epsSec", 1e-10).with("epsCor", 1e-15)
				.with("ecEfficiency", efficiency);
		KeyRate analytic = model.evaluate(budget, values);
		double analyticLength = analytic.details().get("keyLength");

		assertEquals(analyticLength, distilled, 0.03 * analyticLength, String.format(
				"distilled %.0f bits per block (with authentication), analytic %.0f for n_X = %.0f, f = %.3f",
				distilled, analyticLength, siftedBits, efficiency));
		assertEquals(300_000_000L, analytic.details().get("nPulses"), 0.01 * 300_000_000L,
				"the analytic block takes as many pulses as the simulated one");
	}
}
