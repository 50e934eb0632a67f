/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import java.util.Map;
import java.util.Set;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.physics.DecoyStateBounds;
import org.osgi.service.component.annotations.Component;

/**
 * Asymptotic BB84 with an ideal single-photon source that emits a photon with probability p per
 * pulse (the source's signal intensity). Every detected pulse holds at most one photon, so the
 * GLLP rate (Eq. (1) of X. Ma, B. Qi, Y. Zhao, H.-K. Lo, Phys. Rev. A 72, 012326 (2005)) applies
 * with Q1 = Q and e1 = E, which is the Shor-Preskill rate (P. W. Shor, J. Preskill, Phys. Rev.
 * Lett. 85, 441 (2000)) with inefficient error correction:
 *
 * <pre>
 * Q = 1 - (1 - Y0)(1 - p eta) = Y0 + p eta (1 - Y0)
 * E Q = e_d p eta + e0 Y0 (1 - p eta)
 * R = q Q [1 - f h(E) - h(E)]
 * </pre>
 *
 * where a background click counts only when the photon is not detected, with error e0 = 1/2.
 */
@Component(service = ProtocolModel.class)
public final class SinglePhotonBb84 extends AbstractBb84Protocol {

	/** The model's id. */
	public static final String ID = "bb84-single-photon";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "BB84, single-photon source";
	}

	@Override
	public String description() {
		return "Asymptotic BB84 with an ideal single-photon source (Shor and Preskill 2000; "
				+ "GLLP rate as in Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005)).";
	}

	@Override
	public Set<PhotonStatistics> supportedSources() {
		return Set.of(PhotonStatistics.SINGLE_PHOTON);
	}

	@Override
	KeyRate evaluate(LinkBudget budget, Bb84Parameters parameters) {
		WeakCoherentLink link = WeakCoherentLink.of(budget);
		double p = budget.source().signalIntensity();
		p = p > 0.0 ? Math.min(p, 1.0) : 0.0;
		double signal = p * link.eta();
		double gain = link.y0() + signal * (1.0 - link.y0());
		double errorGain = link.misalignment() * signal + DecoyStateBounds.E0 * link.y0() * (1.0 - signal);
		double qber = gain > 0.0 ? errorGain / gain : 0.0;
		double rate = gllpRate(parameters, gain, qber, gain, qber);
		return new KeyRate(rate, gain, qber, Map.of("eta", link.eta()));
	}
}
