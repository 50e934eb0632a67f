/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bb84;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqci.core.spi.BlockKey;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.core.spi.TimeSlot;
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
 * <p>
 * A block collected over a changing link (a satellite pass, {@link #evaluateBlock}) is one
 * finite-key analysis of all its pulses: N = sum_t N_t pulses, counts summed over the slots, so that
 * R_k and e_k are the pulse-weighted means over the slots and n_X = N q_x^2 sum_k p_k R_k replaces the
 * block size parameter. This is the block of SatQuMA (cnqo-qcomms/SatQuMA,
 * {@code key/protocols/key_efficient_BB84.py}: one key per pass from the counts summed over the time
 * slots of the transmission window). SatQuMA's defaults differ: Chernoff instead of Hoeffding
 * fluctuation terms (its Hoeffding option is ours), the error-correction leakage of Tomamichel et al.
 * (2017) (at least f_EC n_X h(E_X) from its version 2), the cap v_Z,1 &lt;= m_Z (all Z-basis errors),
 * the decoys' bit errors taken at the slot's mean error rate rather than e_k, s_X,0 with n-_mu2
 * where Eq. (2) has n+_mu2 (the same for mu3 = 0, its default), afterpulses in the error term
 * counted with D_k (1 + p_ap) instead of D_k (a p_ap^2 difference), and a fixed eps_sec (1e-9) rather
 * than kappa l. On SatQuMA's published example pass these cost 5 % of the key at 27 dB and 26 % at
 * 39 dB, mostly the Hoeffding terms and the missing cap (see the tests).
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

	/**
	 * The key of one block over the slots of a pass, in one finite-key analysis (see the class
	 * comment and {@link LimFiniteKeyBounds#finiteKeyOfBlock}); the block size parameter is not used,
	 * the intensities are those of the first slot's source. Slots whose pulses are not positive and
	 * finite are left out. The detections and error rate are those of the signal intensity mu1.
	 */
	@Override
	public BlockKey evaluateBlock(List<TimeSlot> slots, ParameterValues parameters) {
		List<TimeSlot> used = new ArrayList<>();
		for (TimeSlot slot : slots) {
			if (slot.pulses() > 0.0 && slot.pulses() < Double.POSITIVE_INFINITY) {
				used.add(slot);
			}
		}
		if (used.isEmpty()) {
			return new BlockKey(0.0, 0.0, 0.0, 0.0, true, Map.of());
		}
		LimParameters p = LimParameters.finite(parameters);
		ThreeIntensities s = p.intensities(used.get(0).budget().source());
		LimChannelModel[] links = new LimChannelModel[used.size()];
		double[] pulses = new double[used.size()];
		for (int t = 0; t < links.length; t++) {
			links[t] = LimChannelModel.of(used.get(t).budget());
			pulses[t] = used.get(t).pulses();
		}
		double n = LimFiniteKeyBounds.totalPulses(pulses);
		LimFiniteKeyBounds.Result r = LimFiniteKeyBounds.finiteKeyOfBlock(links, pulses, s, p.basisProbability(), p);
		double[] mean = LimFiniteKeyBounds.meanRates(links, pulses, s);
		double q = p.basisProbability();
		double nX = n * q * q * (s.p1() * mean[0] + s.p2() * mean[1] + s.p3() * mean[2]);
		Map<String, Double> details = Map.ofEntries(Map.entry("s_X0", r.vacuumX()), Map.entry("s_X1", r.singleX()),
				Map.entry("s_Z1", r.singleZ()), Map.entry("v_Z1", r.errorsZ()), Map.entry("phaseError", r.phaseError()),
				Map.entry("keyLength", r.keyLength()), Map.entry("nPulses", n), Map.entry("nX", nX),
				Map.entry("qberX", r.qberX()), Map.entry("lambdaEC", r.leakage()), Map.entry("epsSec", r.epsSec()));
		return new BlockKey(r.keyLength(), n, r.gain() * n, r.qber(), true, details);
	}
}
