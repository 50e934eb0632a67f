/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.channel.fibre;

import java.util.List;

import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.ChannelModel;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.osgi.service.component.annotations.Component;

/**
 * A span of single-mode optical fibre with connectors and splices, optionally shared with
 * classical channels. The loss in dB adds up
 * <pre>
 * loss = length * attenuation + connectors * connectorLoss + splices * spliceLoss
 * </pre>
 * and the transmittance is 10^(-loss / 10). With {@code attenuationModel} 0 (the default) the
 * {@code attenuation} parameter is used as given; the default, 0.2 dB/km, is typical of standard
 * single-mode fibre at 1550 nm: ITU-T Recommendation G.652 (11/2016), "Characteristics of a
 * single-mode optical fibre and cable", bounds the cabled attenuation in its tables of recommended
 * values and assumes 0.21 to 0.275 dB/km at 1550 nm for link design in its Appendix I;
 * ultra-low-loss fibre reaches about 0.16 dB/km. Models 1 (G.652.D) and 2 (pure-silica-core
 * G.654 fibre) take the attenuation from a loss spectrum at the quantum {@code wavelength}
 * ({@code FibreSpectrum}).
 * <p>
 * Classical light launched with the quantum signal ({@code coPropagatingPower}) or against it
 * ({@code counterPropagatingPower}) adds noise photons in the receiver's filter: spontaneous Raman
 * scattering (Eraerds et al., New J. Phys. 12, 063027 (2010); Patel et al., Phys. Rev. X 2, 041010
 * (2012); see {@code RamanScattering}) and crosstalk through the demultiplexer's finite
 * {@code isolation} ({@code CoexistenceNoise}). By default no classical light is launched and the
 * fibre adds no noise, as before these parameters existed. The physics lives in
 * {@code FibreSpan}; this class only declares the parameters.
 */
@Component(service = ChannelModel.class)
public final class FibreChannel implements ChannelModel {

	/** The model's id, as stored in experiment files. */
	public static final String ID = "fibre";

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.required("length", "Length", "km", 0, 2000, "Length of the fibre span"),
			ParameterDescriptor.of("attenuation", "Attenuation", "dB/km", 0.2, 0, 10,
					"Fibre attenuation at the signal wavelength (ITU-T G.652 fibre: about 0.2 dB/km at 1550 nm); "
							+ "used when attenuationModel is 0"),
			ParameterDescriptor.of("connectors", "Connectors", "", 0, 0, 100,
					"Number of connectors along the span").asInteger(),
			ParameterDescriptor.of("connectorLoss", "Loss per connector", "dB", 0.3, 0, 5,
					"Insertion loss of one connector"),
			ParameterDescriptor.of("splices", "Splices", "", 0, 0, 1000, "Number of fusion splices along the span")
					.asInteger(),
			ParameterDescriptor.of("spliceLoss", "Loss per splice", "dB", 0.05, 0, 2, "Loss of one fusion splice"),
			ParameterDescriptor.of("wavelength", "Quantum wavelength", "nm", 1550, 1260, 1675,
					"Wavelength of the quantum signal, O to U band; sets the loss for attenuationModel 1 and 2 "
							+ "and the Raman noise"),
			ParameterDescriptor.of("attenuationModel", "Attenuation model", "", 0, 0, 2,
					"0: the attenuation parameter as given; 1: loss spectrum of G.652.D fibre; "
							+ "2: ultra-low-loss pure-silica-core fibre (G.654)")
					.asInteger(),
			ParameterDescriptor.of("coPropagatingPower", "Co-propagating classical power", "mW", 0, 0, 100,
					"Total classical power launched at Alice's end with the quantum signal"),
			ParameterDescriptor.of("counterPropagatingPower", "Counter-propagating classical power", "mW", 0, 0, 100,
					"Total classical power launched at Bob's end towards Alice"),
			ParameterDescriptor.of("classicalWavelength", "Classical wavelength", "nm", 1310, 1260, 1675,
					"Wavelength of the classical channels (1310 nm: O-band data beside a C-band quantum channel)"),
			ParameterDescriptor.of("filterBandwidth", "Receiver filter bandwidth", "nm", 0.6, 0.001, 50,
					"Pass band of the receiver's filter (0.6 nm: one 100 GHz DWDM channel)"),
			ParameterDescriptor.of("detectionWindow", "Detection window", "ns", 1, 0.001, 1000,
					"Detector gate or coincidence window in which noise photons count (1 ns: a gated InGaAs "
							+ "detector)"),
			ParameterDescriptor.of("isolation", "Demultiplexer isolation", "dB", 80, 0, 200,
					"Suppression of the classical wavelength at the quantum port of Bob's demultiplexer"),
			ParameterDescriptor.of("temperature", "Fibre temperature (K)", "", 300, 1, 400,
					"Fibre temperature in kelvin; sets the thermal weight of the Raman spectrum"),
			ParameterDescriptor.of("inlineAmplifiers", "In-line amplifiers", "", 0, 0, 100,
					"Optical amplifiers in the span; must be 0 for a quantum channel").asInteger());

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Optical fibre";
	}

	@Override
	public String description() {
		return "Single-mode fibre with connectors and splices; loss in dB adds up (attenuation typical of "
				+ "ITU-T G.652 fibre at 1550 nm, or G.652.D and pure-silica-core loss spectra); Raman and "
				+ "crosstalk noise from classical channels sharing the fibre.";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public ChannelBudget budget(ParameterValues p) {
		FibreSpan span = FibreSpan.of(p);
		return new ChannelBudget(Math.pow(10.0, -span.lossDb() / 10.0), span.noise().photons());
	}

	@Override
	public List<String> configurationProblems(ParameterValues p) {
		return FibreSpan.of(p).problems();
	}

	/** The total loss of the span in dB. */
	public static double lossDb(ParameterValues p) {
		return FibreSpan.of(p).lossDb();
	}

	/** The default of a parameter of this model. */
	static double defaultOf(String name) {
		for (ParameterDescriptor d : PARAMETERS) {
			if (d.name().equals(name)) {
				return d.defaultValue();
			}
		}
		throw new IllegalArgumentException("no parameter '" + name + "'");
	}
}
