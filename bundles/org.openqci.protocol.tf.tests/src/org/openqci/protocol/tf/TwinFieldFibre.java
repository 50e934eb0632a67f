/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.tf;

import java.util.List;
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
 * A fibre link for the twin-field tests: attenuation, Charlie's detectors (efficiency, dark counts
 * per detector, misalignment) and the error-correction efficiency, with the free parameters
 * optimised per distance by the physics {@link Maximiser}, as the engine does.
 *
 * @param attenuation dB/km
 * @param etaD        detection efficiency
 * @param darkCount   dark-count probability of each of Charlie's detectors per gate
 * @param ed          misalignment e_d
 * @param f           error-correction efficiency
 */
record TwinFieldFibre(double attenuation, double etaD, double darkCount, double ed, double f) {

	/**
	 * The parameters of X.-B. Wang, Z.-W. Yu, X.-L. Hu, PRA 98, 062323 (2018), as quoted by two
	 * independent implementations of the paper (its text was not available): eta_d = 80 %,
	 * p_d = 1e-11 per detector, f = 1.1, 0.2 dB/km; e_d is varied.
	 */
	static TwinFieldFibre wangYuHu(double ed) {
		return new TwinFieldFibre(0.2, 0.8, 1e-11, ed, 1.1);
	}

	/** The background probability of the detector pair, 1 - (1 - p_d)^2 = p_d (2 - p_d). */
	double y0() {
		return darkCount * (2.0 - darkCount);
	}

	double transmittance(double km) {
		return Math.pow(10.0, -attenuation * km / 10.0);
	}

	LinkBudget budget(double km, double mu, double nu) {
		return budget(km, mu, nu, 0.0);
	}

	LinkBudget budget(double km, double mu, double nu, double vacuum) {
		return new LinkBudget(new ChannelBudget(transmittance(km), 0.0),
				new SourceCharacteristics(1e9, PhotonStatistics.POISSONIAN, mu, nu, vacuum),
				new DetectorCharacteristics(etaD, y0(), ed));
	}

	ParameterValues snsParameters(double epsilon) {
		return snsParameters(epsilon, 0.5);
	}

	ParameterValues snsParameters(double epsilon, double relay) {
		return ParameterValues.of(Map.of("relayPosition", relay, "ecEfficiency", f, "sendingProbability", epsilon));
	}

	ParameterValues calParameters(double phaseMismatch) {
		return calParameters(phaseMismatch, 0.5);
	}

	ParameterValues calParameters(double phaseMismatch, double relay) {
		return ParameterValues.of(Map.of("relayPosition", relay, "ecEfficiency", f, "phaseMismatch", phaseMismatch));
	}

	/** SNS with infinite decoys, mu in [0, 2] and epsilon in [0, 1] optimised (log scale). */
	Maximiser.Result sns(double km) {
		SnsTwinField model = new SnsTwinField();
		return Maximiser.maximise(x -> model.evaluate(budget(km, x[0], 0.0), snsParameters(x[1])).secretKeyPerPulse(),
				List.of(Variable.logarithmic(0, 2), Variable.logarithmic(0, 1)));
	}

	/** SNS with vacuum + two decoys: mu, nu = r mu (r in [0.01, 0.99]) and epsilon optimised. */
	Maximiser.Result snsDecoy(double km) {
		SnsDecoyTwinField model = new SnsDecoyTwinField();
		return Maximiser.maximise(x -> model.evaluate(budget(km, x[0], x[1] * x[0]), snsParameters(x[2])).secretKeyPerPulse(),
				List.of(Variable.logarithmic(0, 2), Variable.linear(0.01, 0.99), Variable.logarithmic(0, 1)));
	}

	/** CAL19 with mu in [0, 2] optimised (log scale). */
	Maximiser.Result cal(double km, double phaseMismatch) {
		Cal19TwinField model = new Cal19TwinField();
		return Maximiser.maximise(mu -> model.evaluate(budget(km, mu, 0.0), calParameters(phaseMismatch)).secretKeyPerPulse(),
				Variable.logarithmic(0, 2));
	}

	/** The largest distance with a positive rate, by bisection on [0, 1000] km to 0.1 km. */
	static double maximumDistance(DoubleUnaryOperator rateAtKm) {
		return maximumDistance(rateAtKm, 0.0, 1000.0);
	}

	/**
	 * The largest distance with a positive rate in [lo, hi] by bisection to 0.1 km: lo if the rate
	 * is 0 there, hi if it is positive there.
	 */
	static double maximumDistance(DoubleUnaryOperator rateAtKm, double lo, double hi) {
		return KeyReach.bisect(rateAtKm, lo, hi, 0.1);
	}

	/** The distance where the rate first exceeds PLOB of the whole channel, by bisection to 0.1 km. */
	double plobCrossing(DoubleUnaryOperator rateAtKm, double lo, double hi) {
		while (hi - lo > 0.1) {
			double mid = 0.5 * (lo + hi);
			if (rateAtKm.applyAsDouble(mid) > org.openqci.physics.RepeaterlessBounds.plob(transmittance(mid))) {
				hi = mid;
			} else {
				lo = mid;
			}
		}
		return 0.5 * (lo + hi);
	}
}
