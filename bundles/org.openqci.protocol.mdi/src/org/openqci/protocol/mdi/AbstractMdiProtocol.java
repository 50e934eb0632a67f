/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.mdi;

import java.util.List;
import java.util.Set;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.physics.Entropy;

/**
 * What the MDI-QKD models share: their parameters, the two-arm link and the asymptotic key-rate
 * formula of H.-K. Lo, M. Curty, B. Qi, Phys. Rev. Lett. 108, 130503 (2012) (the paper's equation
 * number could not be confirmed here; see docs/protocols/mdi-qkd.md), with a basis-sifting factor q:
 *
 * <pre>
 * R = q { Q11_Z [1 - h(e11_X)] - Q_Z f h(E_Z) },    Q11_Z = mu_a mu_b e^(-mu_a - mu_b) Y11_Z
 * </pre>
 *
 * with the rectilinear gain Q_Z and error rate E_Z of the signal pulses (mu_a = mu, mu_b = k mu).
 */
abstract class AbstractMdiProtocol implements ProtocolModel {

	@Override
	public List<ParameterDescriptor> parameters() {
		return MdiParameters.DESCRIPTORS;
	}

	@Override
	public Set<PhotonStatistics> supportedSources() {
		return Set.of(PhotonStatistics.POISSONIAN);
	}

	@Override
	public final KeyRate evaluate(LinkBudget budget, ParameterValues parameters) {
		MdiParameters p = MdiParameters.from(parameters);
		return evaluate(budget, MdiLink.of(budget, p.relayPosition()), p);
	}

	/** The key rate for one link budget, its two-arm link and the protocol's parameters. */
	abstract KeyRate evaluate(LinkBudget budget, MdiLink link, MdiParameters parameters);

	/**
	 * The key rate of Lo, Curty, Qi (2012); negative or NaN results become 0.
	 *
	 * @param p    f and q
	 * @param q11  Q11_Z, the (lower bound on the) gain of single-photon pairs in the key basis
	 * @param e11  e11_X, the (upper bound on the) single-photon-pair phase error rate
	 * @param gain Q_Z of the signal pulses
	 * @param qber E_Z of the signal pulses
	 */
	static double keyRate(MdiParameters p, double q11, double e11, double gain, double qber) {
		double privacy = q11 * (1.0 - Entropy.binary(Math.min(e11, MdiLink.E0)));
		double leakage = gain * p.ecEfficiency() * Entropy.binary(qber);
		double r = p.basisSiftingFactor() * (privacy - leakage);
		return r > 0.0 ? r : 0.0;
	}

	/** Q11 = mu_a mu_b e^(-mu_a - mu_b) Y11. */
	static double pairGain(double muA, double muB, double y11) {
		return muA * muB * Math.exp(-muA - muB) * y11;
	}
}
