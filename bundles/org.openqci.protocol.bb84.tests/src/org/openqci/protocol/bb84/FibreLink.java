/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import java.util.List;
import java.util.Map;

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
 * A fibre link for the tests: attenuation, Bob's detector and the protocol parameters, with the
 * signal intensity optimised per distance by the physics {@link Maximiser}.
 *
 * @param attenuation dB/km
 * @param etaBob      Bob's detection efficiency
 * @param y0          background yield per gate
 * @param ed          misalignment error
 * @param f           error-correction efficiency
 * @param q           basis-sifting factor
 */
record FibreLink(double attenuation, double etaBob, double y0, double ed, double f, double q) {

	/**
	 * The GYS parameters (Gobby, Yuan, Shields, APL 84, 3762 (2004)) as used by Ma, Qi, Zhao, Lo,
	 * PRA 72, 012326 (2005).
	 */
	static final FibreLink GYS = new FibreLink(0.21, 0.045, 1.7e-6, 0.033, 1.22, 0.5);

	ParameterValues parameters() {
		return ParameterValues.of(Map.of("ecEfficiency", f, "basisSiftingFactor", q));
	}

	double channelTransmittance(double km) {
		return Math.pow(10.0, -attenuation * km / 10.0);
	}

	LinkBudget budget(double km, PhotonStatistics statistics, double mu, double nu, double vacuum) {
		return new LinkBudget(new ChannelBudget(channelTransmittance(km), 0.0),
				new SourceCharacteristics(1e9, statistics, mu, nu, vacuum),
				new DetectorCharacteristics(etaBob, y0, ed));
	}

	LinkBudget wcp(double km, double mu, double nu) {
		return budget(km, PhotonStatistics.POISSONIAN, mu, nu, 0.0);
	}

	/** The rate at fixed intensities. */
	double rate(ProtocolModel model, double km, double mu, double nu) {
		PhotonStatistics statistics = model.supportedSources().iterator().next();
		return model.evaluate(budget(km, statistics, mu, nu, 0.0), parameters()).secretKeyPerPulse();
	}

	/** The rate with mu optimised over [1e-6, 1] (log scale), nu fixed. */
	Maximiser.Result optimised(ProtocolModel model, double km, double nu) {
		return Maximiser.maximise(mu -> rate(model, km, mu, nu), Variable.logarithmic(0, 1));
	}

	/** The rate with mu and nu optimised (log scale; nu over [5e-7, 0.5]). */
	Maximiser.Result optimisedWithDecoy(ProtocolModel model, double km) {
		return Maximiser.maximise(x -> rate(model, km, x[0], x[1]),
				List.of(Variable.logarithmic(0, 1), Variable.logarithmic(0, 0.5)));
	}

	/** The largest distance with a positive optimised rate, by bisection on [0, 400] km to 1 m. */
	static double maximumDistance(java.util.function.DoubleUnaryOperator rateAtKm) {
		return KeyReach.bisect(rateAtKm, 0.0, 400.0, 1e-3);
	}
}
