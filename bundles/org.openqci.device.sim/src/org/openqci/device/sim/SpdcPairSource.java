/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.sim;

import java.util.List;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.core.spi.SourceModel;
import org.osgi.service.component.annotations.Component;

/**
 * A pulsed spontaneous parametric down-conversion (SPDC) source of polarisation-entangled photon
 * pairs, one photon of each pair for Alice and one for Bob. Each pump pulse holds n pairs with
 * the thermal statistics of X. Ma, C.-H. F. Fung, H.-K. Lo, "Quantum key distribution with
 * entangled photon sources", Phys. Rev. A 76, 012307 (2007), Sec. II:
 *
 * <pre>
 * P(n) = (n + 1) lambda^n / (1 + lambda)^(n + 2),   mean number of pairs = 2 lambda
 * </pre>
 *
 * (each of the two polarisation modes of a type-II source is thermal with mean lambda). The
 * source is described by its repetition rate and the mean number of pairs per pulse,
 * {@code meanPairNumber} = 2 lambda, which is its {@link SourceCharacteristics#signalIntensity()}
 * ({@link PhotonStatistics#THERMAL}); it has no decoy pulses. The mean pair number is set by the
 * pump power and can be optimised by the engine.
 */
@Component(service = SourceModel.class)
public final class SpdcPairSource implements SourceModel {

	/** The model's id. */
	public static final String ID = "spdc-pair-source";

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.of("repetitionRate", "Repetition rate", "Hz", 1e9, 1, 1e11, "Pump pulses per second"),
			ParameterDescriptor.of("meanPairNumber", "Mean pair number", "", 0.1, 0, 2,
					"Mean number of photon pairs per pump pulse (2 lambda in Ma, Fung, Lo 2007)").asOptimisable());

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "SPDC entangled pair source";
	}

	@Override
	public String description() {
		return "Pulsed parametric down-conversion source of entangled photon pairs with thermal multi-pair "
				+ "statistics (Ma, Fung, Lo, PRA 76, 012307 (2007)).";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public SourceCharacteristics characterise(ParameterValues p) {
		return new SourceCharacteristics(p.get("repetitionRate"), PhotonStatistics.THERMAL, p.get("meanPairNumber"),
				0.0, 0.0);
	}
}
