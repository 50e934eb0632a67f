/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bbm92;

import java.util.Map;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.physics.Entropy;

/**
 * The one-way key rate of entanglement-based QKD with a PDC source, X. Ma, C.-H. F. Fung,
 * H.-K. Lo, Phys. Rev. A 76, 012307 (2007), Sec. III (one-way post-processing; the paper's
 * equation numbers are not confirmed here, see docs/protocols/bbm92.md):
 *
 * <pre>
 * R = q Q_lambda [1 - f(E_lambda) h(E_lambda) - h(E_lambda)]
 * </pre>
 *
 * where h is the binary entropy, the first h the error-correction leakage and the second the
 * privacy amplification against the phase error rate, which equals the bit error rate E_lambda
 * because the source is basis independent and threshold detectors admit a squashing model.
 * Negative rates are reported as 0.
 */
final class EntangledKeyRate {

	private EntangledKeyRate() {
	}

	/**
	 * The key rate per pump pulse for one link budget and the protocol's parameters. Details:
	 * {@code lambda} (half the mean pair number), {@code etaA} and {@code etaB} (transmittance
	 * from the source to a click at Alice and at Bob), {@code clickProbabilityAlice} and
	 * {@code clickProbabilityBob} (per pulse), {@code phaseErrorBound} (= E_lambda) and
	 * {@code siftedKeyPerPulse} (q Q_lambda).
	 */
	static KeyRate evaluate(LinkBudget budget, Bbm92Parameters p) {
		EntangledPairLink link = EntangledPairLink.split(budget.channel().transmittance(), p.sourcePosition(),
				budget.detector().efficiency(), budget.backgroundProbability(), budget.detector().misalignmentError(),
				budget.source().signalIntensity());
		double gain = link.gain();
		double qber = link.qber();
		double rate = rate(gain, qber, p.ecEfficiency(), p.basisSiftingFactor());
		return new KeyRate(rate, gain, qber, Map.of(
				"lambda", link.lambda(),
				"etaA", link.etaA(),
				"etaB", link.etaB(),
				"clickProbabilityAlice", link.aliceClickProbability(),
				"clickProbabilityBob", link.bobClickProbability(),
				"phaseErrorBound", qber,
				"siftedKeyPerPulse", p.basisSiftingFactor() * gain));
	}

	/**
	 * R = q Q [1 - f h(E) - h(E)], or 0 where that is not positive.
	 *
	 * @param gain Q_lambda
	 * @param qber E_lambda
	 * @param f    error-correction efficiency
	 * @param q    basis-sifting factor
	 */
	static double rate(double gain, double qber, double f, double q) {
		double h = Entropy.binary(qber);
		double r = q * gain * (1.0 - f * h - h);
		return r > 0.0 ? r : 0.0;
	}
}
