/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import java.util.Map;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.physics.DecoyStateBounds;
import org.osgi.service.component.annotations.Component;

/**
 * Asymptotic decoy-state BB84 with a signal of intensity mu, one weak decoy of intensity nu and a
 * vacuum decoy: X. Ma, B. Qi, Y. Zhao, H.-K. Lo, "Practical decoy state for quantum key
 * distribution", Phys. Rev. A 72, 012326 (2005), vacuum + weak decoy state. The gains and error
 * rates of signal and decoy are the expected values of the channel model of their Sec. II; the
 * single-photon yield and error are bounded by {@link DecoyStateBounds#vacuumPlusWeak}:
 *
 * <pre>
 * Y1L = mu / (mu nu - nu^2) [Q_nu e^nu - Q_mu e^mu nu^2 / mu^2 - (mu^2 - nu^2) / mu^2 Y0]
 * e1U = (E_nu Q_nu e^nu - e0 Y0) / (Y1L nu),   Q1L = Y1L mu e^-mu
 * R = q {-Q_mu f h(E_mu) + Q1L [1 - h(e1U)]}
 * </pre>
 *
 * The rate is 0 unless 0 &lt; nu &lt; mu. If the source's vacuum decoy is not perfectly dark
 * (vacuum intensity omega &gt; 0), Y0 is not measured directly and the paper's general bounds with
 * two weak decoys nu &gt; omega are used instead ({@link DecoyStateBounds#twoDecoys}; they need
 * nu + omega &lt; mu). The rate approaches the infinite-decoy rate as nu goes to 0. (Because the
 * channel model's gain drops a term of order Y0 Q, for nu very close to 0 the estimate may exceed
 * the {@link InfiniteDecoyBb84} rate by a relative amount of order Y0; for the decoy intensities
 * used in practice it stays below.)
 */
@Component(service = ProtocolModel.class)
public final class VacuumWeakDecoyBb84 extends AbstractBb84Protocol {

	/** The model's id. */
	public static final String ID = "bb84-decoy-vacuum-weak";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "BB84, vacuum + weak decoy";
	}

	@Override
	public String description() {
		return "Asymptotic decoy-state BB84 with a vacuum and one weak decoy, intensity from the source "
				+ "(Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005)).";
	}

	@Override
	KeyRate evaluate(LinkBudget budget, Bb84Parameters parameters) {
		WeakCoherentLink link = WeakCoherentLink.of(budget);
		SourceCharacteristics source = budget.source();
		double mu = Math.max(0.0, source.signalIntensity());
		double nu = source.decoyIntensity();
		double omega = Math.max(0.0, source.vacuumIntensity());
		double gain = link.gain(mu);
		double qber = link.qber(mu);
		double gainNu = link.gain(nu);
		double qberNu = link.qber(nu);
		DecoyStateBounds.Estimate estimate = nu > 0.0 && nu < mu
				? DecoyStateBounds.twoDecoys(gain, gainNu, qberNu, link.gain(omega), link.qber(omega), mu, nu, omega)
				: DecoyStateBounds.NONE;
		double q1 = estimate.yieldLower() * mu * Math.exp(-mu);
		double rate = estimate.isUseful() ? gllpRate(parameters, gain, qber, q1, estimate.errorUpper()) : 0.0;
		return new KeyRate(rate, gain, qber, Map.of("Y1", estimate.yieldLower(), "e1", estimate.errorUpper(), "Q1",
				q1, "Q_nu", gainNu, "E_nu", qberNu));
	}
}
