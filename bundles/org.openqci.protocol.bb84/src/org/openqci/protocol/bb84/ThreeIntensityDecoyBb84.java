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
 * counts in place of the observed ones (no statistical fluctuations, no correction gamma, no
 * fixed costs), on their Sec. IV system model: the dashed "asymptotic" curve of their Fig. 1,
 * which still uses three intensities. Per pulse,
 *
 * <pre>
 * R = q_x^2 {s_0 + s_1 [1 - h(v_1 / s_1)] - f_EC h(E_X) sum_k p_k R_k}
 * </pre>
 *
 * with s_0, s_1, v_1 the bounds of {@link LimFiniteKeyBounds} on the per-pulse statistics
 * n_k = p_k R_k, m_k = p_k e_k of {@link LimChannelModel}. Asymptotically the test basis Z needs a
 * vanishing fraction of the pulses, so the rate grows as q_x^2 and q_x = 1 is its limit.
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
				+ "Lim, Curty, Walenta, Xu, Zbinden, PRA 89, 022307 (2014) without statistical fluctuations.";
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
		LimFiniteKeyBounds.Result r = LimFiniteKeyBounds.asymptotic(LimChannelModel.of(budget),
				p.intensities(budget.source()), p.basisProbability(), p.ecEfficiency());
		return new KeyRate(r.rate(), r.gain(), r.qber(), Map.of("s_X0PerPulse", r.vacuumX(), "s_X1PerPulse",
				r.singleX(), "phaseError", r.phaseError(), "qberX", r.qberX(), "lambdaECPerPulse", r.leakage()));
	}
}
