/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.sim;

import java.util.Arrays;

import org.openqci.core.spi.LinkBudget;

/**
 * A decoy-state BB84 link at the level of pulses and detectors: Alice sends phase-randomised
 * weak coherent pulses whose mean photon number she picks per pulse, Bob measures in a basis he
 * picks per pulse with two threshold detectors.
 *
 * @param intensities           the mean photon numbers Alice chooses from (0 for a vacuum decoy)
 * @param intensityProbabilities the probability of each intensity (sum 1)
 * @param zBasisProbability     the probability that Alice, and independently Bob, choose Z
 * @param transmittance         channel transmittance times Bob's detection efficiency
 * @param darkCountProbability  probability per gate and detector of a click without a signal
 *                              photon (dark counts and the channel's noise)
 * @param misalignment          probability that a detected photon goes to the wrong detector
 *                              when the bases agree
 * @param deadGates             gates after a click in which neither detector can click
 * @param afterpulseProbability probability that a click is followed by an afterpulse click in the
 *                              first gate after the dead time
 */
public record DecoyBb84Link(double[] intensities, double[] intensityProbabilities, double zBasisProbability,
		double transmittance, double darkCountProbability, double misalignment, int deadGates,
		double afterpulseProbability) {

	/** Checks every value and names the one that is wrong. */
	public DecoyBb84Link {
		intensities = intensities.clone();
		intensityProbabilities = intensityProbabilities.clone();
		if (intensities.length == 0 || intensities.length != intensityProbabilities.length) {
			throw new IllegalArgumentException("intensities and intensityProbabilities must be non-empty and of equal "
					+ "length, not " + intensities.length + " and " + intensityProbabilities.length);
		}
		double sum = 0;
		for (int k = 0; k < intensities.length; k++) {
			if (!(intensities[k] >= 0) || Double.isInfinite(intensities[k])) {
				throw new IllegalArgumentException("intensities[" + k + "] = " + intensities[k] + " is not >= 0");
			}
			if (!(intensityProbabilities[k] >= 0)) {
				throw new IllegalArgumentException(
						"intensityProbabilities[" + k + "] = " + intensityProbabilities[k] + " is not >= 0");
			}
			sum += intensityProbabilities[k];
		}
		if (Math.abs(sum - 1) > 1e-9) {
			throw new IllegalArgumentException("intensityProbabilities sum to " + sum + ", not 1");
		}
		probability("zBasisProbability", zBasisProbability);
		probability("transmittance", transmittance);
		probability("darkCountProbability", darkCountProbability);
		probability("misalignment", misalignment);
		probability("afterpulseProbability", afterpulseProbability);
		if (deadGates < 0) {
			throw new IllegalArgumentException("deadGates = " + deadGates + " is negative");
		}
	}

	/**
	 * The link of an experiment: transmittance and misalignment from its link budget, and the
	 * background per gate {@code Y0} of the budget split between Bob's two detectors so that
	 * {@code 1 - (1 - p_dark)^2 = Y0}, as the analytic models count it.
	 *
	 * @param budget                 the experiment's source, channel and detector
	 * @param intensityProbabilities the probabilities of the source's signal, decoy and vacuum
	 *                               intensities, in that order
	 * @param zBasisProbability      the probability of choosing Z
	 * @param deadGates              the detectors' dead time in gates
	 */
	public static DecoyBb84Link of(LinkBudget budget, double[] intensityProbabilities, double zBasisProbability,
			int deadGates) {
		double[] intensities = { budget.source().signalIntensity(), budget.source().decoyIntensity(),
				Math.max(0, budget.source().vacuumIntensity()) };
		double y0 = budget.backgroundProbability();
		return new DecoyBb84Link(intensities, intensityProbabilities, zBasisProbability,
				budget.overallTransmittance(), 1 - Math.sqrt(1 - y0), budget.detector().misalignmentError(), deadGates,
				budget.detector().afterpulseProbability());
	}

	private static void probability(String name, double value) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(name + " = " + value + " is outside [0, 1]");
		}
	}

	/** The intensities (a copy). */
	@Override
	public double[] intensities() {
		return intensities.clone();
	}

	/** The intensities' probabilities (a copy). */
	@Override
	public double[] intensityProbabilities() {
		return intensityProbabilities.clone();
	}

	/** The number of intensities. */
	public int intensityCount() {
		return intensities.length;
	}

	/** Probability that a pulse, of any intensity, makes a detector click (detectors live). */
	public double clickProbability() {
		double total = 0;
		for (int k = 0; k < intensities.length; k++) {
			total += intensityProbabilities[k] * clickProbability(k);
		}
		return total;
	}

	/** Probability that a pulse of intensity {@code k} makes at least one detector click. */
	public double clickProbability(int k) {
		double noSignal = Math.exp(-transmittance * intensities[k]);
		double noDark = (1 - darkCountProbability) * (1 - darkCountProbability);
		return 1 - noSignal * noDark;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DecoyBb84Link l && Arrays.equals(l.intensities, intensities)
				&& Arrays.equals(l.intensityProbabilities, intensityProbabilities)
				&& l.zBasisProbability == zBasisProbability && l.transmittance == transmittance
				&& l.darkCountProbability == darkCountProbability && l.misalignment == misalignment
				&& l.deadGates == deadGates && l.afterpulseProbability == afterpulseProbability;
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(intensities) * 31 + Double.hashCode(transmittance);
	}

	@Override
	public String toString() {
		return "DecoyBb84Link[intensities=" + Arrays.toString(intensities) + ", probabilities="
				+ Arrays.toString(intensityProbabilities) + ", qZ=" + zBasisProbability + ", eta=" + transmittance
				+ ", pDark=" + darkCountProbability + ", ed=" + misalignment + ", deadGates=" + deadGates + ", pAp="
				+ afterpulseProbability + "]";
	}
}
