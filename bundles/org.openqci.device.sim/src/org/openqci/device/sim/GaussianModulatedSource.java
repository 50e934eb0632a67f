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
 * A coherent-state transmitter for continuous-variable QKD (GG02): each symbol is a coherent state
 * whose two quadratures Alice draws from a centred Gaussian of variance V_A (the modulation
 * variance, in shot-noise units), F. Grosshans et al., Nature 421, 238 (2003). V_A can be optimised
 * by the engine; its signal intensity is V_A.
 */
@Component(service = SourceModel.class)
public final class GaussianModulatedSource implements SourceModel {

	/** The model's id. */
	public static final String ID = "gaussian-coherent-source";

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.of("symbolRate", "Symbol rate", "Hz", 1e6, 1, 1e11, "Coherent states sent per second"),
			ParameterDescriptor.of("modulationVariance", "Modulation variance (SNU)", "", 4, 0.01, 100,
					"Variance V_A of the Gaussian modulation of each quadrature, in shot-noise units "
							+ "(18.5 in Lodewyck et al. 2007; a few units are optimal at long distance)")
					.asOptimisable());

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Gaussian-modulated coherent states";
	}

	@Override
	public String description() {
		return "Coherent states with both quadratures Gaussian-modulated with variance V_A in shot-noise units, as in "
				+ "GG02 (Grosshans et al., Nature 421, 238 (2003)).";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public SourceCharacteristics characterise(ParameterValues p) {
		return new SourceCharacteristics(p.get("symbolRate"), PhotonStatistics.GAUSSIAN_MODULATED,
				p.get("modulationVariance"), 0.0, 0.0);
	}
}
