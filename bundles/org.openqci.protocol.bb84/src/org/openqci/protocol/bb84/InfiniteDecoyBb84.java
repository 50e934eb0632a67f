/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import java.util.Map;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ProtocolModel;
import org.osgi.service.component.annotations.Component;

/**
 * Asymptotic decoy-state BB84 with weak coherent pulses and infinitely many decoy intensities,
 * so that the single-photon gain and error rate are known exactly: the upper limit of every
 * decoy-state protocol. H.-K. Lo, X. Ma, K. Chen, "Decoy state quantum key distribution", Phys.
 * Rev. Lett. 94, 230504 (2005); formulas and simulation model from X. Ma, B. Qi, Y. Zhao,
 * H.-K. Lo, "Practical decoy state for quantum key distribution", Phys. Rev. A 72, 012326 (2005),
 * Eq. (1) (GLLP rate) with the channel model of their Sec. II:
 *
 * <pre>
 * Y1 = Y0 + eta - Y0 eta,   Q1 = Y1 mu e^-mu,   e1 = (e0 Y0 + e_d eta) / Y1
 * Q_mu = Y0 + 1 - e^(-eta mu),   E_mu Q_mu = e0 Y0 + e_d (1 - e^(-eta mu))
 * R = q {-Q_mu f h(E_mu) + Q1 [1 - h(e1)]}
 * </pre>
 *
 * with e0 = 1/2, eta the overall transmittance, Y0 the background yield, e_d the misalignment
 * and mu the signal intensity. With the GYS parameters of that paper (eta_Bob = 4.5 %,
 * Y0 = 1.7e-6, e_d = 3.3 %, 0.21 dB/km, f = 1.22, q = 1/2) the key reaches about 142 km.
 */
@Component(service = ProtocolModel.class)
public final class InfiniteDecoyBb84 extends AbstractBb84Protocol {

	/** The model's id. */
	public static final String ID = "bb84-decoy-infinite";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "BB84, decoy states (infinite)";
	}

	@Override
	public String description() {
		return "Asymptotic decoy-state BB84 with infinitely many decoys: the single-photon gain and error are "
				+ "known exactly (Lo, Ma, Chen, PRL 94, 230504 (2005); Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005)).";
	}

	@Override
	KeyRate evaluate(LinkBudget budget, Bb84Parameters parameters) {
		WeakCoherentLink link = WeakCoherentLink.of(budget);
		double mu = Math.max(0.0, budget.source().signalIntensity());
		double gain = link.gain(mu);
		double qber = link.qber(mu);
		double y1 = link.singlePhotonYield();
		double e1 = link.singlePhotonError();
		double q1 = y1 * mu * Math.exp(-mu);
		double rate = gllpRate(parameters, gain, qber, q1, e1);
		return new KeyRate(rate, gain, qber, Map.of("Y1", y1, "e1", e1, "Q1", q1));
	}
}
