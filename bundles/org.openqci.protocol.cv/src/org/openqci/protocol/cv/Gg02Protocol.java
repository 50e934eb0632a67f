/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.cv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqci.core.spi.DetectionScheme;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.osgi.service.component.annotations.Component;

/**
 * GG02: Gaussian-modulated coherent states (F. Grosshans, G. Van Assche, J. Wenger, R. Brouri,
 * N. J. Cerf, P. Grangier, Nature 421, 238 (2003)) measured with homodyne or heterodyne detection
 * (the detector model decides), reverse reconciliation with efficiency beta, asymptotic key rate
 * against collective attacks with Bob's detector noise trusted:
 *
 * <pre>
 * K = beta I_AB - chi_BE   (bits per symbol; 0 where negative)
 * </pre>
 *
 * with I_AB of {@link Gg02Link} and chi_BE of {@link HolevoBound} (J. Lodewyck et al., Phys. Rev.
 * A 76, 042305 (2007); F. Laudenbach et al., Adv. Quantum Technol. 1, 1800011 (2018)). Every
 * symbol is measured, so the gain is 1; there is no bit error rate (qber 0): the details give
 * I_AB, chi_BE, V_A, the SNR and the symplectic eigenvalues. The channel's noise-click
 * probability is a photon-counting quantity and is not used; excess noise is this model's xi.
 */
@Component(service = ProtocolModel.class)
public final class Gg02Protocol implements ProtocolModel {

	/** The model's id. */
	public static final String ID = "cv-gg02";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "CV-QKD GG02 (Gaussian-modulated coherent states)";
	}

	@Override
	public String description() {
		return "Gaussian-modulated coherent states with homodyne or heterodyne detection, reverse reconciliation, "
				+ "asymptotic rate beta I_AB - chi_BE with trusted detector noise (Grosshans et al., Nature 421, "
				+ "238 (2003); Lodewyck et al., PRA 76, 042305 (2007); Laudenbach et al., AQT 1, 1800011 (2018)).";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return Gg02Parameters.DESCRIPTORS;
	}

	@Override
	public Set<PhotonStatistics> supportedSources() {
		return Set.of(PhotonStatistics.GAUSSIAN_MODULATED);
	}

	@Override
	public Set<DetectionScheme> supportedDetection() {
		return Set.of(DetectionScheme.HOMODYNE, DetectionScheme.HETERODYNE);
	}

	@Override
	public List<String> configurationProblems(SourceCharacteristics source, ParameterValues parameters) {
		List<String> problems = new ArrayList<>();
		if (!(source.signalIntensity() > 0.0)) {
			problems.add("the modulation variance V_A of the source must be positive for any key");
		}
		if (!(parameters.get(Gg02Parameters.RECONCILIATION_EFFICIENCY) > 0.0)) {
			problems.add("reconciliationEfficiency must be positive for any key");
		}
		return problems;
	}

	@Override
	public KeyRate evaluate(LinkBudget budget, ParameterValues parameters) {
		Gg02Parameters p = Gg02Parameters.from(parameters);
		DetectionScheme scheme = budget.detector().scheme();
		Gg02Link link = Gg02Link.of(budget, p.excessNoise());
		boolean coherent = scheme == DetectionScheme.HOMODYNE || scheme == DetectionScheme.HETERODYNE;
		double beta = p.reconciliationEfficiency() > 0.0 ? Math.min(p.reconciliationEfficiency(), 1.0) : 0.0;
		double mutual = coherent ? link.mutualInformation() : 0.0;
		HolevoBound holevo = coherent ? HolevoBound.of(link) : HolevoBound.NONE;
		double key = beta * mutual - holevo.bits();
		return new KeyRate(Double.isFinite(key) ? key : 0.0, 1.0, 0.0,
				Map.of("I_AB", mutual, "chi_BE", holevo.bits(), "V_A", link.modulationVariance(), "SNR",
						coherent ? link.signalToNoise() : 0.0, "lambda1", holevo.lambda1(), "lambda2",
						holevo.lambda2(), "lambda3", holevo.lambda3(), "lambda4", holevo.lambda4()));
	}
}
