/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.sim;

import java.util.List;

import org.openqci.core.spi.DetectionScheme;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.DetectorModel;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.osgi.service.component.annotations.Component;

/**
 * Bob's balanced homodyne detector for continuous-variable QKD: measures one quadrature of each
 * pulse against a local oscillator, described by its quantum efficiency eta (optics and
 * photodiodes) and its electronic noise v_el in shot-noise units. Defaults are the detector of
 * J. Lodewyck et al., Phys. Rev. A 76, 042305 (2007): eta = 0.606, v_el = 0.041.
 */
@Component(service = DetectorModel.class)
public final class HomodyneDetector implements DetectorModel {

	/** The model's id. */
	public static final String ID = "homodyne-detector";

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.of("efficiency", "Quantum efficiency", "", 0.606, 0, 1,
					"Efficiency eta of Bob's optics and photodiodes (0.606 in Lodewyck et al. 2007)"),
			ParameterDescriptor.of("electronicNoise", "Electronic noise (SNU)", "", 0.041, 0, 10,
					"Electronic noise v_el in shot-noise units (0.041 in Lodewyck et al. 2007)"));

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Balanced homodyne detector";
	}

	@Override
	public String description() {
		return "Shot-noise-limited balanced homodyne detection of one quadrature per pulse, with quantum efficiency "
				+ "and electronic noise (defaults: Lodewyck et al., PRA 76, 042305 (2007)).";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public DetectorCharacteristics characterise(ParameterValues p) {
		return DetectorCharacteristics.coherent(DetectionScheme.HOMODYNE, p.get("efficiency"),
				p.get("electronicNoise"));
	}
}
