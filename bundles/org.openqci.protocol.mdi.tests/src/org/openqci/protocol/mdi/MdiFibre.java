/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.mdi;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.physics.KeyReach;
import org.openqci.physics.Maximiser;
import org.openqci.physics.Maximiser.Variable;

/**
 * A fibre link for the tests: the whole Alice-Bob fibre, the relay's detectors and the protocol
 * parameters, with intensities optimised by the physics {@link Maximiser} as the engine does.
 *
 * @param attenuation dB/km
 * @param etaDetector efficiency of each of the relay's detectors
 * @param y0          background probability of a detection event (two detectors), p_d = y0 / 2
 * @param ed          misalignment error
 * @param f           error-correction efficiency
 * @param q           basis-sifting factor
 */
record MdiFibre(double attenuation, double etaDetector, double y0, double ed, double f, double q) {

	/**
	 * The parameter set of Lo, Curty, Qi, PRL 108, 130503 (2012), Fig. 2 (from Ursin et al., Nat.
	 * Phys. 3, 481 (2007)), also used by Ma, Razavi (2012) and Xu et al. (2013): 0.2 dB/km,
	 * eta_d = 14.5 %, background 6.02e-6 (p_d = 3.01e-6 per detector), e_d = 1.5 %, f = 1.16.
	 */
	static final MdiFibre LCQ = new MdiFibre(0.2, 0.145, 6.02e-6, 0.015, 1.16, 1.0);

	ParameterValues parameters(double relayPosition, double intensityRatio) {
		return ParameterValues.of(Map.of("ecEfficiency", f, "basisSiftingFactor", q, "relayPosition", relayPosition,
				"intensityRatio", intensityRatio));
	}

	ParameterValues symmetric() {
		return parameters(0.5, 1.0);
	}

	double channelTransmittance(double km) {
		return Math.pow(10.0, -attenuation * km / 10.0);
	}

	LinkBudget budget(double km, double mu, double nu, double vacuum) {
		return new LinkBudget(new ChannelBudget(channelTransmittance(km), 0.0),
				new SourceCharacteristics(1e9, PhotonStatistics.POISSONIAN, mu, nu, vacuum),
				new DetectorCharacteristics(etaDetector, y0, ed));
	}

	double rate(ProtocolModel model, double km, double mu, double nu, double relayPosition, double k) {
		return model.evaluate(budget(km, mu, nu, 0.0), parameters(relayPosition, k)).secretKeyPerPulse();
	}

	/** The rate with mu optimised over [2e-6, 2] (log scale), nu, relay and k fixed. */
	double optimised(ProtocolModel model, double km, double nu, double relayPosition, double k) {
		return Maximiser.maximise(mu -> rate(model, km, mu, nu, relayPosition, k), Variable.logarithmic(0, 2))
				.value();
	}

	/** The rate with mu and Bob's intensity ratio k optimised (log scales; k over [0.05, 20]). */
	double optimisedWithRatio(ProtocolModel model, double km, double nu, double relayPosition) {
		return Maximiser.maximise(x -> rate(model, km, x[0], nu, relayPosition, x[1]),
				List.of(Variable.logarithmic(0, 2), Variable.logarithmic(0.05, 20))).value();
	}

	/**
	 * The largest distance with a positive rate, by bisection to 20 m inside a bracket [lo, hi] km
	 * that must hold it (positive rate at lo, none at hi); NaN if it does not.
	 */
	static double maximumDistance(DoubleUnaryOperator rateAtKm, double lo, double hi) {
		return maximumDistance(rateAtKm, lo, hi, 2e-2);
	}

	/** As {@link #maximumDistance(DoubleUnaryOperator, double, double)}, to {@code resolution} km. */
	static double maximumDistance(DoubleUnaryOperator rateAtKm, double lo, double hi, double resolution) {
		if (!(rateAtKm.applyAsDouble(lo) > 0.0) || rateAtKm.applyAsDouble(hi) > 0.0) {
			return Double.NaN;
		}
		return KeyReach.bisect(rateAtKm, lo, hi, resolution);
	}
}
