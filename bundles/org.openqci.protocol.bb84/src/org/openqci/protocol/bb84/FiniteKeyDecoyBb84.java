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
 * Finite-key decoy-state BB84 with three intensities (signal mu1 = the source's mu, decoy mu2 =
 * nu, weakest decoy mu3 = its vacuum intensity) and biased basis choice, secure against general
 * attacks: C. C. W. Lim, M. Curty, N. Walenta, F. Xu, H. Zbinden, "Concise security bounds for
 * practical decoy-state quantum key distribution", Phys. Rev. A 89, 022307 (2014), Eqs. (1)-(5),
 * evaluated on the expected statistics of their Sec. IV system model. The formulas are written out
 * in {@link LimFiniteKeyBounds} and {@link LimChannelModel}; in short
 *
 * <pre>
 * l = floor[s_X,0 + s_X,1 (1 - h(phi_X)) - f_EC n_X h(E_X) - 6 log2(21 / eps_sec) - log2(2 / eps_cor)]
 * R = l / N,   N = n_X / (q_x^2 sum_k p_k R_k)
 * </pre>
 *
 * with the vacuum and single-photon events s_X,0, s_X,1 and the phase error rate phi_X bounded
 * from the decoy statistics with Hoeffding fluctuation terms, and eps_sec = kappa l (the paper's
 * choice, kappa = 1e-15) or fixed.
 */
@Component(service = ProtocolModel.class)
public final class FiniteKeyDecoyBb84 implements ProtocolModel {

	/** The model's id. */
	public static final String ID = "bb84-decoy-finite-key";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "BB84, decoy states, finite key (Lim et al.)";
	}

	@Override
	public String description() {
		return "Decoy-state BB84 with three intensities, biased basis choice and finite-key bounds against general "
				+ "attacks for a block of n_X key-basis detections (Lim, Curty, Walenta, Xu, Zbinden, PRA 89, 022307 "
				+ "(2014)).";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return LimParameters.FINITE;
	}

	@Override
	public Set<PhotonStatistics> supportedSources() {
		return Set.of(PhotonStatistics.POISSONIAN);
	}

	@Override
	public List<String> configurationProblems(SourceCharacteristics source, ParameterValues parameters) {
		return LimParameters.finite(parameters).problems(source, true);
	}

	@Override
	public KeyRate evaluate(LinkBudget budget, ParameterValues parameters) {
		LimParameters p = LimParameters.finite(parameters);
		LimChannelModel link = LimChannelModel.of(budget);
		ThreeIntensities s = p.intensities(budget.source());
		LimFiniteKeyBounds.Result r = p.blockCanYieldKey()
				? LimFiniteKeyBounds.finiteKey(link, s, p.basisProbability(), p)
				: LimFiniteKeyBounds.Result.none(link, s);
		if (!(r.pulses() > 0.0)) {
			return new KeyRate(0.0, r.gain(), r.qber(), Map.of());
		}
		return new KeyRate(r.rate(), r.gain(), r.qber(), Map.of("s_X0", r.vacuumX(), "s_X1", r.singleX(), "s_Z1",
				r.singleZ(), "v_Z1", r.errorsZ(), "phaseError", r.phaseError(), "keyLength", r.keyLength(), "nPulses",
				r.pulses(), "qberX", r.qberX(), "lambdaEC", r.leakage(), "epsSec", r.epsSec()));
	}
}
