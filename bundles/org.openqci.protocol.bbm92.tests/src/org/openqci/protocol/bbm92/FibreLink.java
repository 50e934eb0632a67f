/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bbm92;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.physics.KeyReach;
import org.openqci.physics.Maximiser;
import org.openqci.physics.Maximiser.Variable;

/**
 * A fibre link for the tests: attenuation, the detectors (the same at Alice and Bob) and the
 * protocol parameters, with the mean pair number optimised per distance by the physics
 * {@link Maximiser} over [0, 2] (log scale), as the engine does.
 *
 * @param attenuation dB/km
 * @param etaD        detector efficiency
 * @param y0          background probability per pulse and party
 * @param ed          misalignment error
 * @param f           error-correction efficiency
 * @param q           basis-sifting factor
 */
record FibreLink(double attenuation, double etaD, double y0, double ed, double f, double q) {

	/**
	 * The GYS parameters (Gobby, Yuan, Shields, APL 84, 3762 (2004)) as used by Ma, Qi, Zhao, Lo,
	 * PRA 72, 012326 (2005) and in examples/ma2007-entangled-bbm92.qci.
	 */
	static final FibreLink GYS = new FibreLink(0.21, 0.045, 1.7e-6, 0.033, 1.22, 0.5);

	/** Source at Alice and in the middle of the channel. */
	static final double AT_ALICE = 0.0;
	static final double MIDDLE = 0.5;

	private static final Bbm92Protocol MODEL = new Bbm92Protocol();

	ParameterValues parameters(double sourcePosition) {
		return ParameterValues.of(Map.of("sourcePosition", sourcePosition, "ecEfficiency", f, "basisSiftingFactor", q));
	}

	double channelTransmittance(double km) {
		return Math.pow(10.0, -attenuation * km / 10.0);
	}

	LinkBudget budget(double km, double meanPairNumber) {
		return new LinkBudget(new ChannelBudget(channelTransmittance(km), 0.0),
				new SourceCharacteristics(1e9, PhotonStatistics.THERMAL, meanPairNumber, 0.0, 0.0),
				new DetectorCharacteristics(etaD, y0, ed));
	}

	/** The rate at a fixed mean pair number. */
	double rate(double km, double sourcePosition, double meanPairNumber) {
		return MODEL.evaluate(budget(km, meanPairNumber), parameters(sourcePosition)).secretKeyPerPulse();
	}

	/** The rate with the mean pair number optimised over [0, 2] on a log scale. */
	Maximiser.Result optimised(double km, double sourcePosition) {
		return Maximiser.maximise(mu -> rate(km, sourcePosition, mu), Variable.logarithmic(0, 2));
	}

	/** The largest distance with a positive optimised rate, by bisection on [0, 600] km to 1 m. */
	double maximumDistance(double sourcePosition) {
		return maximumDistance(km -> optimised(km, sourcePosition).value());
	}

	static double maximumDistance(DoubleUnaryOperator rateAtKm) {
		return KeyReach.bisect(rateAtKm, 0.0, 600.0, 1e-3);
	}
}
