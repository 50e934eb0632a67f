/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.fibre;

/**
 * Noise that classical channels sharing the fibre deliver to the quantum receiver, inside its
 * filter, per detection window: spontaneous Raman scattering ({@link RamanScattering}) and
 * linear crosstalk through the wavelength demultiplexer at Bob.
 * <pre>
 * Raman:      P_f (co-propagating light, launched at Alice) + P_b (counter-propagating, at Bob)
 * crosstalk:  co-propagating      P_co exp(-a_c L) 10^(-isolation/10)
 *             counter-propagating P_counter R(L) 10^(-isolation/10)
 *             R(L) = B (1 - exp(-2 a_c L)) / (2 a_c)
 * photons:    n = (P_Raman lambda_q + P_crosstalk lambda_c) t_window / (h c)
 * </pre>
 * Co-propagating classical light reaches Bob's demultiplexer with the power P_co exp(-a_c L);
 * the quantum port passes the fraction 10^(-isolation/10) of it. Counter-propagating light is
 * launched at Bob into the fibre towards Alice; the part that comes back to Bob's demultiplexer is
 * its Rayleigh backscatter R(L), which the quantum port again suppresses by the isolation.
 * B = S alpha_s is the Rayleigh backscatter capture coefficient, taken from the backscatter
 * coefficient an OTDR uses for G.652 fibre at 1550 nm, about -82 dB for a 1 ns pulse: B =
 * 10^-8.2 / (v_g 1 ns / 2) = 6.2e-5 per km with the group index 1.468; a long fibre then returns
 * R = B / (2 a) = 6.7e-4 (31.7 dB return loss at 0.2 dB/km). B is kept at its 1550 nm value at
 * all wavelengths (Rayleigh scattering grows towards shorter wavelengths), and discrete
 * reflections (connectors, return loss 45 to 60 dB) are neglected. Connector and splice losses
 * of the span are not applied to the noise (their positions are not known), which overestimates
 * the noise slightly.
 *
 * @param ramanForwardW   Raman power from the co-propagating light in the receiver's band (W)
 * @param ramanBackwardW  Raman power from the counter-propagating light in the band (W)
 * @param leakedCoW       co-propagating classical power passing the demultiplexer's isolation (W)
 * @param leakedCounterW  backscattered counter-propagating power passing the isolation (W)
 * @param photons         mean noise photons per detection window, before the detector
 */
record CoexistenceNoise(double ramanForwardW, double ramanBackwardW, double leakedCoW, double leakedCounterW,
		double photons) {

	/** No classical light: no noise. */
	static final CoexistenceNoise NONE = new CoexistenceNoise(0, 0, 0, 0, 0);

	/** Rayleigh backscatter capture coefficient B (1/km), from -82 dB per 1 ns pulse at 1550 nm. */
	static final double BACKSCATTER_PER_KM = Math.pow(10.0, -8.2) / (RamanScattering.C / 1.468 * 1e-9 / 2.0) * 1e3;

	/** Natural-log attenuation coefficient (1/km) of an attenuation in dB/km. */
	static double perKm(double dbPerKm) {
		return dbPerKm * Math.log(10.0) / 10.0;
	}

	/** The noise of a span. */
	static CoexistenceNoise of(FibreSpan span) {
		double coW = span.coPropagatingPowerMw() * 1e-3;
		double counterW = span.counterPropagatingPowerMw() * 1e-3;
		if (!(coW > 0.0) && !(counterW > 0.0)) {
			return NONE;
		}
		double length = span.lengthKm();
		double aq = perKm(span.attenuationAt(span.wavelengthNm()));
		double ac = perKm(span.attenuationAt(span.classicalWavelengthNm()));
		double rhoBand = RamanScattering.crossSection(span.wavelengthNm(), span.classicalWavelengthNm(),
				span.temperatureK()) * span.filterBandwidthNm();
		double forward = RamanScattering.forwardPower(coW, rhoBand, aq, ac, length);
		double backward = RamanScattering.backwardPower(counterW, rhoBand, aq, ac, length);
		double pass = Math.pow(10.0, -span.isolationDb() / 10.0);
		double leakedCo = coW * Math.exp(-ac * length) * pass;
		double leakedCounter = counterW * backscatter(ac, length) * pass;
		double window = span.detectionWindowNs() * 1e-9;
		double energyTimesWindow = ((forward + backward) * span.wavelengthNm()
				+ (leakedCo + leakedCounter) * span.classicalWavelengthNm()) * 1e-9 * window;
		double photons = energyTimesWindow / (RamanScattering.H * RamanScattering.C);
		return new CoexistenceNoise(forward, backward, leakedCo, leakedCounter, photons);
	}

	/**
	 * Fraction of the power launched into the fibre that its Rayleigh backscatter returns to the
	 * launch end: B (1 - exp(-2 a L)) / (2 a).
	 *
	 * @param perKm    natural-log attenuation (1/km)
	 * @param lengthKm fibre length (km)
	 */
	static double backscatter(double perKm, double lengthKm) {
		double x = 2.0 * perKm * lengthKm;
		return x < 1e-12 ? BACKSCATTER_PER_KM * lengthKm : BACKSCATTER_PER_KM * lengthKm * (-Math.expm1(-x)) / x;
	}
}
