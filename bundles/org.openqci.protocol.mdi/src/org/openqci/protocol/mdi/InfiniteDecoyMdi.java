/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.mdi;

import java.util.List;
import java.util.Map;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.osgi.service.component.annotations.Component;

/**
 * Asymptotic decoy-state MDI-QKD with weak coherent pulses and infinitely many decoy intensities,
 * so that the single-photon-pair yield Y11 and error rate e11 are known exactly: H.-K. Lo, M. Curty,
 * B. Qi, "Measurement-device-independent quantum key distribution", Phys. Rev. Lett. 108, 130503
 * (2012), key-rate formula; gains, error rates and Y11, e11 of the polarisation scheme with
 * threshold detectors, dark counts and misalignment from X. Ma, M. Razavi, Phys. Rev. A 86, 062319
 * (2012) ({@link MdiLink}):
 *
 * <pre>
 * R = q { mu_a mu_b e^(-mu_a - mu_b) Y11 [1 - h(e11)] - Q_Z f h(E_Z) },    mu_a = mu, mu_b = k mu
 * Y11 = (1 - p_d)^2 [eta_a eta_b / 2 + (2 eta_a + 2 eta_b - 3 eta_a eta_b) p_d + 4 (1 - eta_a)(1 - eta_b) p_d^2]
 * e11 Y11 = Y11 / 2 - (1/2 - e_d)(1 - p_d)^2 eta_a eta_b / 2
 * </pre>
 *
 * The key comes from the rectilinear basis at the signal intensity; e11 is the diagonal-basis
 * error rate of single-photon pairs.
 */
@Component(service = ProtocolModel.class)
public final class InfiniteDecoyMdi extends AbstractMdiProtocol {

	/** The model's id. */
	public static final String ID = "mdi-decoy-infinite";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "MDI-QKD, decoy states (infinite)";
	}

	@Override
	public String description() {
		return "Asymptotic measurement-device-independent QKD with infinitely many decoys: Y11 and e11 known "
				+ "exactly (Lo, Curty, Qi, PRL 108, 130503 (2012); Ma, Razavi, PRA 86, 062319 (2012)).";
	}

	@Override
	public List<String> configurationProblems(SourceCharacteristics source, ParameterValues parameters) {
		return source.signalIntensity() > 0.0 ? List.of() : List.of("the signal intensity mu must be positive");
	}

	@Override
	KeyRate evaluate(LinkBudget budget, MdiLink link, MdiParameters parameters) {
		double mu = Math.max(0.0, budget.source().signalIntensity());
		double muB = parameters.intensityRatio() * mu;
		MdiLink.Coincidences signal = link.rectilinear(link.alice(mu), link.bob(muB));
		double gain = signal.gain();
		double qber = signal.errorRate(link.misalignment());
		double y11 = link.singlePhotonPairYield();
		double e11 = link.singlePhotonPairError();
		double q11 = pairGain(mu, muB, y11);
		double rate = keyRate(parameters, q11, e11, gain, qber);
		double diagonalQber = link.diagonal(link.alice(mu), link.bob(muB)).errorRate(link.misalignment());
		return new KeyRate(rate, gain, qber, Map.of("Y11", y11, "e11", e11, "Q11", q11, "E_X", diagonalQber,
				"etaA", link.etaA(), "etaB", link.etaB()));
	}
}
