/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.bbm92;

import java.util.List;
import java.util.Set;

import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.osgi.service.component.annotations.Component;

/**
 * Asymptotic entanglement-based QKD (BBM92) with a parametric down-conversion pair source and
 * one-way post-processing: X. Ma, C.-H. F. Fung, H.-K. Lo, "Quantum key distribution with
 * entangled photon sources", Phys. Rev. A 76, 012307 (2007). The source emits the multi-pair
 * thermal state of the paper; Alice and Bob measure with threshold detectors in random BB84 bases
 * and assign a random bit to double clicks (squashing), so the error rate E_lambda of all
 * coincidences bounds the phase error rate (the source is basis independent: Koashi-Preskill).
 * The key rate of the paper's one-way post-processing is
 *
 * <pre>
 * R = q Q_lambda [1 - f(E_lambda) h(E_lambda) - h(E_lambda)]
 * </pre>
 *
 * with Q_lambda and E_lambda of {@link EntangledPairLink}, q the basis-sifting factor and f the
 * error-correction efficiency. The link maps onto the model as follows: the channel of
 * transmittance t is split at the source, t_A = t^s towards Alice and t_B = t^(1 - s) towards Bob
 * (s = {@code sourcePosition}); eta_A = eta_d t_A and eta_B = eta_d t_B with the link detector's
 * efficiency eta_d; Y0A = Y0B = the link's background probability (dark counts plus channel
 * noise, counted in full at both parties: conservative); e_d = the detector's misalignment; the
 * source's signal intensity is the mean number of pairs per pulse, 2 lambda. Afterpulsing is not
 * part of the paper's model and is ignored. The rate is per pump pulse. The parameters have no
 * relations beyond their ranges, so there are no configuration problems.
 */
@Component(service = ProtocolModel.class)
public final class Bbm92Protocol implements ProtocolModel {

	/** The model's id. */
	public static final String ID = "bbm92";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "BBM92, entangled pair source (PDC)";
	}

	@Override
	public String description() {
		return "Asymptotic entanglement-based QKD with a parametric down-conversion source at Alice or between "
				+ "Alice and Bob: multi-pair emission, threshold detectors, dark counts and misalignment "
				+ "(Ma, Fung, Lo, PRA 76, 012307 (2007)).";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return Bbm92Parameters.DESCRIPTORS;
	}

	@Override
	public Set<PhotonStatistics> supportedSources() {
		return Set.of(PhotonStatistics.THERMAL);
	}

	@Override
	public KeyRate evaluate(LinkBudget budget, ParameterValues parameters) {
		return EntangledKeyRate.evaluate(budget, Bbm92Parameters.from(parameters));
	}
}
