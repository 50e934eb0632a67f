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
 * Bob's heterodyne receiver for continuous-variable QKD: a balanced beam splitter and two balanced
 * homodyne detectors measure both quadratures of every pulse (each with one extra unit of vacuum
 * noise), described by the quantum efficiency eta and the electronic noise v_el in shot-noise
 * units of each homodyne detector. Defaults as for the {@link HomodyneDetector} (Lodewyck et al.,
 * Phys. Rev. A 76, 042305 (2007): eta = 0.606, v_el = 0.041).
 */
@Component(service = DetectorModel.class)
public final class HeterodyneDetector implements DetectorModel {

	/** The model's id. */
	public static final String ID = "heterodyne-detector";

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.of("efficiency", "Quantum efficiency", "", 0.606, 0, 1,
					"Efficiency eta of Bob's optics and photodiodes (0.606 in Lodewyck et al. 2007)"),
			ParameterDescriptor.of("electronicNoise", "Electronic noise (SNU)", "", 0.041, 0, 10,
					"Electronic noise v_el of each homodyne detector in shot-noise units "
							+ "(0.041 in Lodewyck et al. 2007)"));

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Heterodyne detector";
	}

	@Override
	public String description() {
		return "Heterodyne detection of both quadratures per pulse: two balanced homodyne detectors behind a 50:50 "
				+ "beam splitter, with quantum efficiency and electronic noise "
				+ "(Fossier et al., J. Phys. B 42, 114014 (2009)).";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public DetectorCharacteristics characterise(ParameterValues p) {
		return DetectorCharacteristics.coherent(DetectionScheme.HETERODYNE, p.get("efficiency"),
				p.get("electronicNoise"));
	}
}
