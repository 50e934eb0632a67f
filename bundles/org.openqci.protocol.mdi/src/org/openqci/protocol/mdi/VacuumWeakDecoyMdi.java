/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.mdi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.osgi.service.component.annotations.Component;

/**
 * Asymptotic decoy-state MDI-QKD in which each sender uses a signal intensity mu, one weak decoy nu
 * and a vacuum decoy (Bob k times Alice's): F. Xu, M. Curty, B. Qi, H.-K. Lo, "Practical aspects of
 * measurement-device-independent quantum key distribution", New J. Phys. 15, 113007 (2013), finite
 * decoy-state analysis; key-rate formula of H.-K. Lo, M. Curty, B. Qi, Phys. Rev. Lett. 108, 130503
 * (2012); gains and error rates of the expected detection statistics of X. Ma, M. Razavi, Phys.
 * Rev. A 86, 062319 (2012) ({@link MdiLink}). The single-photon-pair bounds ({@link DecoyEstimate}) with omega = 0:
 *
 * <pre>
 * S_x  = e^(2x) Q_xx - e^x Q_x0 - e^x Q_0x + Q_00          (for x = mu, nu; k = 1)
 * Y11L = [mu^3 S_nu - nu^3 S_mu] / [mu^2 nu^2 (mu - nu)]   (rectilinear for the key, diagonal for e11)
 * e11U = [e^(2nu) E_nn Q_nn - e^nu E_n0 Q_n0 - e^nu E_0n Q_0n + E_00 Q_00]_X / (nu^2 Y11L_X)
 * R = q { mu^2 e^(-2 mu) Y11L_Z [1 - h(e11U)] - Q_Z f h(E_Z) }
 * </pre>
 *
 * The rate is 0 unless 0 &lt; nu &lt; mu. A vacuum decoy that is not dark (omega &gt; 0) is used as the
 * weaker of two decoys (general form in {@link DecoyEstimate}; needs omega &lt; nu). As nu goes to 0
 * the rate approaches that of {@link InfiniteDecoyMdi}.
 */
@Component(service = ProtocolModel.class)
public final class VacuumWeakDecoyMdi extends AbstractMdiProtocol {

	/** The model's id. */
	public static final String ID = "mdi-decoy-vacuum-weak";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "MDI-QKD, vacuum + weak decoy";
	}

	@Override
	public String description() {
		return "Asymptotic measurement-device-independent QKD with a vacuum and one weak decoy per sender, "
				+ "analytic bounds on Y11 and e11 (Xu, Curty, Qi, Lo, New J. Phys. 15, 113007 (2013)).";
	}

	@Override
	public List<String> configurationProblems(SourceCharacteristics source, ParameterValues parameters) {
		double mu = source.signalIntensity();
		double nu = source.decoyIntensity();
		double omega = source.vacuumIntensity();
		List<String> problems = new ArrayList<>();
		if (!(nu < mu)) {
			problems.add("the weak decoy intensity nu must be below the signal intensity mu");
		}
		if (!(nu > omega)) {
			problems.add(omega > 0.0 ? "the weak decoy intensity nu must be above the vacuum decoy intensity"
					: "the weak decoy intensity nu must be positive");
		}
		return problems;
	}

	@Override
	KeyRate evaluate(LinkBudget budget, MdiLink link, MdiParameters parameters) {
		SourceCharacteristics source = budget.source();
		double mu = Math.max(0.0, source.signalIntensity());
		double nu = source.decoyIntensity();
		double omega = Math.max(0.0, source.vacuumIntensity());
		double k = parameters.intensityRatio();
		MdiLink.Coincidences signal = link.rectilinear(link.alice(mu), link.bob(k * mu));
		double gain = signal.gain();
		double qber = signal.errorRate(link.misalignment());
		DecoyEstimate estimate = DecoyEstimate.of(link, mu, nu, omega, k);
		double q11 = pairGain(mu, k * mu, estimate.yieldZ());
		double rate = estimate.isUseful() ? keyRate(parameters, q11, estimate.errorUpper(), gain, qber) : 0.0;
		return new KeyRate(rate, gain, qber, Map.of("Y11", estimate.yieldZ(), "e11", estimate.errorUpper(), "Q11",
				q11, "Y11_X", estimate.yieldX(), "etaA", link.etaA(), "etaB", link.etaB()));
	}
}
