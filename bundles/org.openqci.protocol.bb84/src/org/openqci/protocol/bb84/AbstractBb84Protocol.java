/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import java.util.List;
import java.util.Set;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.physics.Entropy;

/** What the BB84 models share: their parameters, and the GLLP key-rate formula. */
abstract class AbstractBb84Protocol implements ProtocolModel {

	@Override
	public List<ParameterDescriptor> parameters() {
		return Bb84Parameters.DESCRIPTORS;
	}

	@Override
	public Set<PhotonStatistics> supportedSources() {
		return Set.of(PhotonStatistics.POISSONIAN);
	}

	@Override
	public final KeyRate evaluate(LinkBudget budget, ParameterValues parameters) {
		return evaluate(budget, Bb84Parameters.from(parameters));
	}

	/** The key rate for one link budget and the protocol's parameters. */
	abstract KeyRate evaluate(LinkBudget budget, Bb84Parameters parameters);

	/**
	 * The GLLP key rate, Eq. (1) of Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005), from D. Gottesman,
	 * H.-K. Lo, N. Lütkenhaus, J. Preskill, Quantum Inf. Comput. 4, 325 (2004):
	 * R = q {-Q_mu f h(E_mu) + Q1 [1 - h(e1)]}. Negative or NaN results become 0.
	 *
	 * @param p      f and q
	 * @param gain   Q_mu, the gain of the pulses that carry the key
	 * @param qber   E_mu, their error rate
	 * @param q1     Q1, the (lower bound on the) gain of their single-photon part
	 * @param e1     e1, the (upper bound on the) single-photon error rate, &lt;= 1/2
	 * @return the secret key per pulse, &gt;= 0
	 */
	static double gllpRate(Bb84Parameters p, double gain, double qber, double q1, double e1) {
		double privacy = q1 * (1.0 - Entropy.binary(Math.min(e1, 0.5)));
		double leakage = gain * p.ecEfficiency() * Entropy.binary(qber);
		double r = p.basisSiftingFactor() * (privacy - leakage);
		return r > 0.0 ? r : 0.0;
	}
}
