/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.fibre;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.openqci.core.spi.ParameterValues;

/**
 * The parameters of one fibre span in the descriptors' units, with its loss, its noise and its
 * configuration problems. The loss in dB adds up
 * <pre>
 * loss = length * alpha(wavelength) + connectors * connectorLoss + splices * spliceLoss
 * </pre>
 * where alpha is the {@code attenuation} parameter (attenuationModel 0) or the spectrum of
 * {@link FibreSpectrum} at the quantum wavelength (models 1 and 2).
 *
 * @param lengthKm                  span length
 * @param attenuationDbPerKm        the {@code attenuation} parameter
 * @param connectors                number of connectors
 * @param connectorLossDb           loss of one connector
 * @param splices                   number of splices
 * @param spliceLossDb              loss of one splice
 * @param wavelengthNm              quantum wavelength
 * @param spectrum                  attenuation model
 * @param coPropagatingPowerMw      classical power launched at Alice towards Bob
 * @param counterPropagatingPowerMw classical power launched at Bob towards Alice
 * @param classicalWavelengthNm     wavelength of the classical light
 * @param filterBandwidthNm         bandwidth of the receiver's filter
 * @param detectionWindowNs         detection window of the receiver
 * @param isolationDb               isolation of the quantum port from the classical wavelength
 * @param temperatureK              fibre temperature
 * @param inlineAmplifiers          optical amplifiers in the span (must be 0)
 */
record FibreSpan(double lengthKm, double attenuationDbPerKm, double connectors, double connectorLossDb,
		double splices, double spliceLossDb, double wavelengthNm, FibreSpectrum spectrum,
		double coPropagatingPowerMw, double counterPropagatingPowerMw, double classicalWavelengthNm,
		double filterBandwidthNm, double detectionWindowNs, double isolationDb, double temperatureK,
		double inlineAmplifiers) {

	/**
	 * The span of the given values. The six original parameters must be present; the others
	 * fall back to their defaults, so values stored before they existed still evaluate.
	 */
	static FibreSpan of(ParameterValues p) {
		return new FibreSpan(p.get("length"), p.get("attenuation"), p.get("connectors"), p.get("connectorLoss"),
				p.get("splices"), p.get("spliceLoss"), value(p, "wavelength"),
				FibreSpectrum.of(value(p, "attenuationModel")), value(p, "coPropagatingPower"),
				value(p, "counterPropagatingPower"), value(p, "classicalWavelength"), value(p, "filterBandwidth"),
				value(p, "detectionWindow"), value(p, "isolation"), value(p, "temperature"),
				value(p, "inlineAmplifiers"));
	}

	private static double value(ParameterValues p, String name) {
		Double v = p.asMap().get(name);
		return v != null ? v : FibreChannel.defaultOf(name);
	}

	/** The attenuation in dB/km at a wavelength: the spectrum's, or the given one for model 0. */
	double attenuationAt(double wavelength) {
		return spectrum.dbPerKm(wavelength, attenuationDbPerKm);
	}

	/** The total loss of the span in dB. */
	double lossDb() {
		return lengthKm * attenuationAt(wavelengthNm) + connectors * connectorLossDb + splices * spliceLossDb;
	}

	/** The noise that classical light sharing the fibre delivers to the receiver. */
	CoexistenceNoise noise() {
		return CoexistenceNoise.of(this);
	}

	/** Whether classical light is launched in either direction. */
	boolean carriesClassicalLight() {
		return coPropagatingPowerMw > 0.0 || counterPropagatingPowerMw > 0.0;
	}

	/** Problems the single parameter ranges cannot express, one lower-case sentence each. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (inlineAmplifiers > 0.0) {
			problems.add("inlineAmplifiers must be 0: an optical amplifier in the quantum channel destroys the "
					+ "quantum state, so split the link at a trusted node into separate links");
		}
		if (carriesClassicalLight() && Math.abs(classicalWavelengthNm - wavelengthNm) <= filterBandwidthNm) {
			problems.add("classicalWavelength (" + format(classicalWavelengthNm) + " nm) is within filterBandwidth ("
					+ format(filterBandwidthNm) + " nm) of the quantum wavelength (" + format(wavelengthNm)
					+ " nm) while classical power is launched, so the classical light falls into the receiver's "
					+ "filter band; move it further away or set coPropagatingPower and counterPropagatingPower to 0");
		}
		return problems;
	}

	private static String format(double v) {
		return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
	}
}
