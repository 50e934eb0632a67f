/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import java.util.Map;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.physics.Poisson;
import org.osgi.service.component.annotations.Component;

/**
 * Asymptotic BB84 with weak coherent pulses and no decoy states: D. Gottesman, H.-K. Lo,
 * N. Lütkenhaus, J. Preskill, "Security of quantum key distribution with imperfect devices",
 * Quantum Inf. Comput. 4, 325 (2004). Without decoys Alice and Bob must assume that every
 * multi-photon pulse was detected without error, so the single-photon fraction of the detections
 * is at least 1 - Delta with
 *
 * <pre>
 * Delta = P_multi / Q_mu,   P_multi = 1 - (1 + mu) e^-mu
 * R = q {-Q_mu f h(E_mu) + Q_mu (1 - Delta) [1 - h(E_mu / (1 - Delta))]}
 * </pre>
 *
 * (Eq. (1) of X. Ma, B. Qi, Y. Zhao, H.-K. Lo, Phys. Rev. A 72, 012326 (2005) with
 * Q1 = Q_mu (1 - Delta) and e1 = E_mu / (1 - Delta), and their channel model.) The rate is 0 when
 * Delta &gt;= 1. With the GYS parameters the key reaches only about 40 km, with a tiny optimal mu.
 */
@Component(service = ProtocolModel.class)
public final class GllpBb84 extends AbstractBb84Protocol {

	/** The model's id. */
	public static final String ID = "bb84-gllp";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "BB84, weak coherent pulses without decoys (GLLP)";
	}

	@Override
	public String description() {
		return "Asymptotic BB84 with weak coherent pulses and no decoys: all multi-photon pulses are assumed "
				+ "insecure (Gottesman, Lo, Lütkenhaus, Preskill, QIC 4, 325 (2004)).";
	}

	@Override
	KeyRate evaluate(LinkBudget budget, Bb84Parameters parameters) {
		WeakCoherentLink link = WeakCoherentLink.of(budget);
		double mu = Math.max(0.0, budget.source().signalIntensity());
		double gain = link.gain(mu);
		double qber = link.qber(mu);
		double multi = Poisson.multiPhotonProbability(mu);
		double delta = gain > 0.0 ? multi / gain : Double.POSITIVE_INFINITY;
		double rate = 0.0;
		double q1 = 0.0;
		double e1 = 0.5;
		if (delta < 1.0) {
			q1 = gain * (1.0 - delta);
			e1 = Math.min(0.5, qber / (1.0 - delta));
			rate = gllpRate(parameters, gain, qber, q1, e1);
		}
		return new KeyRate(rate, gain, qber, Map.of("Delta", Double.isFinite(delta) ? delta : 1.0, "e1", e1, "Q1", q1));
	}
}
