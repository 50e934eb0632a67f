/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.sim;

import java.util.List;

import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.DetectorModel;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.osgi.service.component.annotations.Component;

/**
 * Bob's detection system built from gated threshold (click / no-click) single-photon detectors,
 * described by its overall efficiency eta_Bob, its dark-count probability per gate Y0 and the
 * misalignment error e_d, the three numbers of the GYS parameter set (C. Gobby, Z. L. Yuan,
 * A. J. Shields, Appl. Phys. Lett. 84, 3762 (2004), as used by Ma, Qi, Zhao, Lo, PRA 72, 012326
 * (2005): eta_Bob = 0.045, Y0 = 1.7e-6, e_d = 0.033), and by its afterpulse probability p_ap (4 % in
 * Lim, Curty, Walenta, Xu, Zbinden, PRA 89, 022307 (2014)).
 */
@Component(service = DetectorModel.class)
public final class ThresholdDetector implements DetectorModel {

	/** The model's id. */
	public static final String ID = "threshold-detector";

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.of("efficiency", "Detection efficiency", "", 0.1, 0, 1,
					"Overall efficiency of Bob's optics and detectors, eta_Bob"),
			ParameterDescriptor.of("darkCountProbability", "Dark-count probability", "", 1e-6, 0, 0.1,
					"Probability of a click per gate without a signal photon, Y0"),
			ParameterDescriptor.of("misalignment", "Misalignment error", "", 0.01, 0, 0.5,
					"Probability that a detected photon hits the wrong detector, e_d"),
			ParameterDescriptor.of("afterpulseProbability", "Afterpulse probability", "", 0, 0, 0.5,
					"Probability p_ap that a click causes an afterpulse; multiplies the click rate by (1 + p_ap)"));

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Threshold single-photon detector";
	}

	@Override
	public String description() {
		return "Gated threshold detectors with overall efficiency, dark-count probability per gate and "
				+ "misalignment error (the GYS parameters of Ma, Qi, Zhao, Lo 2005 fit it).";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public DetectorCharacteristics characterise(ParameterValues p) {
		return DetectorCharacteristics.photonCounting(p.get("efficiency"), p.get("darkCountProbability"),
				p.get("misalignment"), p.get("afterpulseProbability"));
	}
}
