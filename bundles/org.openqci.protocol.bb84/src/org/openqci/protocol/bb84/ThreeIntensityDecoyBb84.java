/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.osgi.service.component.annotations.Component;

/**
 * Asymptotic decoy-state BB84 with three intensities (mu1 = the source's mu, mu2 = nu, mu3 = its
 * vacuum intensity) and biased basis choice: the decoy bounds of C. C. W. Lim, M. Curty,
 * N. Walenta, F. Xu, H. Zbinden, Phys. Rev. A 89, 022307 (2014), Eqs. (2)-(4), with the expected
 * counts in place of the observed ones (no statistical fluctuations, no correction gamma of
 * Eq. (5), no fixed costs of Eq. (1)), on their Sec. IV system model ({@link LimChannelModel}).
 * <p>
 * For infinitely long keys the decoys, like the test basis Z, need a vanishing fraction of the
 * pulses, so the model is the limit p1 -&gt; 1, p2, p3 -&gt; 0+ of the intensity probabilities
 * (and, at its default q_x = 1, the limit q_x -&gt; 1): the infinite-data curve of Lim et al.'s
 * Fig. 1 (dashed, "in the limit of infinitely large keys", still with three intensities). With
 * expected counts the bounds use e^k n_k / p_k = q_x^2 e^k R_k, which does not depend on the p_k,
 * and in the limit tau_n = e^(-mu1) mu1^n / n!, sum_k p_k R_k -&gt; R_mu1, E_X -&gt; e_mu1 / R_mu1.
 * Per pulse,
 *
 * <pre>
 * s_0 = e^(-mu1) (mu2 e^mu3 R_mu3 - mu3 e^mu2 R_mu2) / (mu2 - mu3)                          (2)
 * s_1 = mu1^2 e^(-mu1) [e^mu2 R_mu2 - e^mu3 R_mu3 - (mu2^2 - mu3^2) / mu1^2 (e^mu1 R_mu1 - e^mu1 s_0)]
 *       / [mu1 (mu2 - mu3) - mu2^2 + mu3^2]                                                   (3)
 * v_1 = mu1 e^(-mu1) (e^mu2 e_mu2 - e^mu3 e_mu3) / (mu2 - mu3),    phi = v_1 / s_1             (4)
 * R = q_x^2 {s_0 + s_1 [1 - h(phi)] - f_EC R_mu1 h(e_mu1 / R_mu1)}
 * </pre>
 *
 * with R_k, e_k the detection and error probabilities of {@link LimChannelModel} (formulas in
 * {@link LimFiniteKeyBounds}). The rate grows as q_x^2, so q_x = 1 is its optimum. The model has
 * no intensity probabilities p1, p2: kept, they would enter the rate linearly (through tau_n) minus
 * the leakage f_EC (sum_k p_k R_k) h(E_X), which is concave in them, so the rate would be convex
 * in (p1, p2) and maximal at a corner: at p1 -&gt; 1 for any signal intensity worth using.
 */
@Component(service = ProtocolModel.class)
public final class ThreeIntensityDecoyBb84 implements ProtocolModel {

	/** The model's id. */
	public static final String ID = "bb84-decoy-three-intensity";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "BB84, three-intensity decoy, asymptotic (Lim et al.)";
	}

	@Override
	public String description() {
		return "Asymptotic decoy-state BB84 with three intensities and biased basis choice: the decoy bounds of "
				+ "Lim, Curty, Walenta, Xu, Zbinden, PRA 89, 022307 (2014) without statistical fluctuations, in the "
				+ "limit where the decoys take a vanishing fraction of the pulses.";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return LimParameters.ASYMPTOTIC;
	}

	@Override
	public Set<PhotonStatistics> supportedSources() {
		return Set.of(PhotonStatistics.POISSONIAN);
	}

	@Override
	public List<String> configurationProblems(SourceCharacteristics source, ParameterValues parameters) {
		return LimParameters.asymptotic(parameters).problems(source, false);
	}

	@Override
	public KeyRate evaluate(LinkBudget budget, ParameterValues parameters) {
		LimParameters p = LimParameters.asymptotic(parameters);
		SourceCharacteristics source = budget.source();
		LimFiniteKeyBounds.Result r = LimFiniteKeyBounds.asymptotic(LimChannelModel.of(budget),
				source.signalIntensity(), source.decoyIntensity(), source.vacuumIntensity(), p.basisProbability(),
				p.ecEfficiency());
		return new KeyRate(r.rate(), r.gain(), r.qber(), Map.of("s_X0PerPulse", r.vacuumX(), "s_X1PerPulse",
				r.singleX(), "phaseError", r.phaseError(), "qberX", r.qberX(), "lambdaECPerPulse", r.leakage()));
	}
}
