/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.protocol.cv;

import java.util.List;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;

/**
 * The parameters of the GG02 model: the reconciliation efficiency beta and the channel's excess
 * noise xi. The modulation variance V_A belongs to the source, the detector's efficiency and
 * electronic noise to the detector.
 *
 * @param reconciliationEfficiency beta in [0, 1], the fraction of I_AB that reverse reconciliation
 *                                 extracts (0.898 in Lodewyck et al. 2007, about 0.95 for the
 *                                 multi-edge LDPC codes of Jouguet et al., Nat. Photon. 7, 378 (2013))
 * @param excessNoise              xi in shot-noise units, referred to the channel input, &gt;= 0
 */
record Gg02Parameters(double reconciliationEfficiency, double excessNoise) {

	static final String RECONCILIATION_EFFICIENCY = "reconciliationEfficiency";
	static final String EXCESS_NOISE = "excessNoise";

	static final List<ParameterDescriptor> DESCRIPTORS = List.of(
			ParameterDescriptor.of(RECONCILIATION_EFFICIENCY, "Reconciliation efficiency", "", 0.95, 0.0, 1.0,
					"Fraction beta of I_AB extracted by reverse reconciliation (0.898 in Lodewyck et al. 2007; "
							+ "about 0.95 with multi-edge LDPC codes)"),
			ParameterDescriptor.of(EXCESS_NOISE, "Excess noise (SNU)", "", 0.01, 0.0, 10.0,
					"Excess noise xi of the channel in shot-noise units, referred to the channel input "
							+ "(0.005 in Lodewyck et al. 2007)"));

	static Gg02Parameters from(ParameterValues values) {
		return new Gg02Parameters(values.get(RECONCILIATION_EFFICIENCY), values.get(EXCESS_NOISE));
	}
}
