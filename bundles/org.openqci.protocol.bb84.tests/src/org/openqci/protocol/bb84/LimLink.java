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
import org.openqci.physics.Maximiser;
import org.openqci.physics.Maximiser.Variable;

/**
 * The fibre system of Lim, Curty, Walenta, Xu, Zbinden, PRA 89, 022307 (2014), Sec. IV, for the
 * tests: 0.2 dB/km, eta_Bob = 10 %, p_dc = 6e-7 per detector (Y0 = 2 p_dc), p_ap = 4 %,
 * e_mis = 0.5 %, mu3 = 2e-4, f_EC = 1.16, kappa = eps_cor = 1e-15; and the five free parameters
 * x = (q_x, p1, p2, mu1, mu2) the paper optimises. The asymptotic model has no p1, p2 (it is their
 * limit p1 -&gt; 1): it reads q_x, mu1 and mu2 of the same x and has three free parameters.
 *
 * @param noise        channel noise per gate added to the dark counts
 * @param epsSecPerBit kappa (the paper: 1e-15); 0 for a fixed eps_sec
 * @param epsSec       the fixed eps_sec used when kappa is 0
 */
record LimLink(double noise, double epsSecPerBit, double epsSec) {

	static final LimLink LIM = new LimLink(0.0, 1e-15, 1e-10);
	static final double Y0 = 2 * 6e-7;
	static final double MU3 = 2e-4;

	static final FiniteKeyDecoyBb84 FINITE = new FiniteKeyDecoyBb84();
	static final ThreeIntensityDecoyBb84 ASYMPTOTIC = new ThreeIntensityDecoyBb84();

	/** A box that holds the optimum for every block size at 0-190 km (found with wider searches). */
	static final List<Variable> BOX = List.of(Variable.logarithmic(0.01, 0.999), Variable.logarithmic(0.01, 0.98),
			Variable.linear(0.01, 0.98), Variable.linear(0.3, 0.7), Variable.logarithmic(0.03, 0.3));

	/**
	 * The asymptotic model's box: q_x up to 1, p1 and p2 fixed (not read), mu1 as above and mu2 down
	 * to just above mu3, where its optimum lies (the bounds tighten as mu2 -&gt; mu3 without fluctuations).
	 */
	static final List<Variable> ASYMPTOTIC_BOX = List.of(Variable.logarithmic(0.01, 1.0), Variable.linear(1.0, 1.0),
			Variable.linear(0.0, 0.0), Variable.linear(0.3, 0.7), Variable.logarithmic(1.001 * MU3, 0.3));

	static double transmittance(double km) {
		return Math.pow(10.0, -0.02 * km);
	}

	LinkBudget budget(double km, double mu1, double mu2) {
		return new LinkBudget(new ChannelBudget(transmittance(km), noise),
				new SourceCharacteristics(1e9, PhotonStatistics.POISSONIAN, mu1, mu2, MU3),
				DetectorCharacteristics.photonCounting(0.1, Y0, 5e-3, 0.04));
	}

	/** The finite-key parameters with the paper's kappa = eps_cor = 1e-15 and f_EC = 1.16. */
	static ParameterValues finite(double blockSize, double q, double p1, double p2) {
		return LIM.parameters(blockSize, q, p1, p2);
	}

	/** The finite-key parameters with this link's secrecy, eps_cor = 1e-15 and f_EC = 1.16. */
	ParameterValues parameters(double blockSize, double q, double p1, double p2) {
		return ParameterValues.of(Map.of("basisProbability", q, "p1", p1, "p2", p2, "blockSize", blockSize,
				"epsSecPerBit", epsSecPerBit, "epsSec", epsSec, "epsCor", 1e-15, "ecEfficiency", 1.16));
	}

	/** The asymptotic parameters with f_EC = 1.16. */
	static ParameterValues asymptotic(double q) {
		return ParameterValues.of(Map.of("basisProbability", q, "ecEfficiency", 1.16));
	}

	/**
	 * The key per pulse at x = (q_x, p1, p2, mu1, mu2); blockSize 0 means the asymptotic model, which
	 * does not read p1 and p2.
	 */
	double rate(double km, double blockSize, double[] x) {
		LinkBudget b = budget(km, x[3], x[4]);
		ProtocolModel m = blockSize > 0 ? FINITE : ASYMPTOTIC;
		ParameterValues p = blockSize > 0 ? parameters(blockSize, x[0], x[1], x[2]) : asymptotic(x[0]);
		return m.evaluate(b, p).secretKeyPerPulse();
	}

	/**
	 * The key per pulse maximised over the five free parameters in {@link #BOX} (asymptotic model:
	 * the three in {@link #ASYMPTOTIC_BOX}).
	 */
	Maximiser.Result optimised(double km, double blockSize) {
		Maximiser.Result global = Maximiser.maximise(x -> rate(km, blockSize, x), blockSize > 0 ? BOX : ASYMPTOTIC_BOX);
		if (!(global.value() > 0)) {
			return global;
		}
		// polish: the key-length formula has small kinks where a local search may stop early
		Maximiser.Result local = optimisedAround(km, blockSize, global.point());
		return local.value() > global.value() ? local : global;
	}

	/**
	 * The optimum in a box of +-30 % around x0 (to follow the optimum along the fibre); for the
	 * asymptotic model p1 and p2 stay fixed.
	 */
	Maximiser.Result optimisedAround(double km, double blockSize, double[] x0) {
		double[] upper = { blockSize > 0 ? 0.999 : 1.0, 0.98, 0.98, 2, 2 };
		Variable[] v = new Variable[5];
		for (int i = 0; i < 5; i++) {
			double lower = i == 4 ? 1.001 * MU3 : 1e-3;
			v[i] = blockSize > 0 || i == 0 || i > 2
					? Variable.linear(Math.max(lower, 0.7 * x0[i]), Math.min(upper[i], 1.3 * x0[i]))
					: Variable.linear(x0[i], x0[i]);
		}
		return Maximiser.maximise(x -> rate(km, blockSize, x), List.of(v));
	}

	/**
	 * The largest distance with key, to 0.125 km: from the optimum at {@code startKm}, the optimum is
	 * followed in steps of 4 km (halved after every step without key), each step optimised around the
	 * last optimum, since near the cut-off the optimal parameters move far (q_x falls to a few per
	 * cent) and the key exists only in a narrow region.
	 */
	double maximumDistance(double blockSize, double startKm) {
		Maximiser.Result r = optimised(startKm, blockSize);
		if (!(r.value() > 0)) {
			return 0.0;
		}
		double[] x = r.point();
		double km = startKm;
		for (double step = 4; step >= 0.125;) {
			Maximiser.Result next = optimisedAround(km + step, blockSize, x);
			if (next.value() > 0) {
				km += step;
				x = next.point();
			} else {
				step /= 2;
			}
		}
		return km;
	}
}
