/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.cv;

import java.util.Map;

import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.DetectionScheme;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.physics.Maximiser;
import org.openqci.physics.Maximiser.Variable;

/**
 * A CV link for the tests: Bob's receiver and the protocol parameters; the transmittance and the
 * modulation variance are given per call.
 *
 * @param scheme     homodyne or heterodyne
 * @param efficiency eta
 * @param vel        electronic noise v_el (SNU)
 * @param beta       reconciliation efficiency
 * @param xi         excess noise (SNU, channel input)
 */
record CvLink(DetectionScheme scheme, double efficiency, double vel, double beta, double xi) {

	static final Gg02Protocol MODEL = new Gg02Protocol();

	/** The modulation-variance range of the gaussian-coherent-source, searched on a log scale. */
	static final Variable MODULATION_VARIANCE = Variable.logarithmic(0.01, 100);

	/**
	 * Lodewyck et al., PRA 76, 042305 (2007): eta = 0.606, v_el = 0.041, beta = 0.898, xi = 0.005.
	 */
	static CvLink lodewyck(DetectionScheme scheme) {
		return new CvLink(scheme, 0.606, 0.041, 0.898, 0.005);
	}

	/** Ideal detection, no excess noise, perfect reconciliation. */
	static CvLink ideal(DetectionScheme scheme) {
		return new CvLink(scheme, 1.0, 0.0, 1.0, 0.0);
	}

	CvLink withXi(double excessNoise) {
		return new CvLink(scheme, efficiency, vel, beta, excessNoise);
	}

	ParameterValues parameters() {
		return ParameterValues
				.of(Map.of(Gg02Parameters.RECONCILIATION_EFFICIENCY, beta, Gg02Parameters.EXCESS_NOISE, xi));
	}

	LinkBudget budget(double transmittance, double va) {
		return new LinkBudget(new ChannelBudget(transmittance, 0.0),
				new SourceCharacteristics(1e6, PhotonStatistics.GAUSSIAN_MODULATED, va, 0.0, 0.0),
				DetectorCharacteristics.coherent(scheme, efficiency, vel));
	}

	KeyRate evaluate(double transmittance, double va) {
		return MODEL.evaluate(budget(transmittance, va), parameters());
	}

	double rate(double transmittance, double va) {
		return evaluate(transmittance, va).secretKeyPerPulse();
	}

	/** The rate with V_A optimised over the source's range, as the engine does. */
	double optimisedRate(double transmittance) {
		return Maximiser.maximise(va -> rate(transmittance, va), MODULATION_VARIANCE).value();
	}

	/** The largest rate over 201 values of V_A spread logarithmically over the source's range. */
	double bestOnGrid(double transmittance) {
		double best = 0.0;
		for (int i = 0; i <= 200; i++) {
			best = Math.max(best, rate(transmittance, Math.pow(10.0, -2.0 + 4.0 * i / 200)));
		}
		return best;
	}

	/** The transmittance of a fibre of the given length at 0.2 dB/km. */
	static double fibre(double km) {
		return Math.pow(10.0, -0.02 * km);
	}
}
