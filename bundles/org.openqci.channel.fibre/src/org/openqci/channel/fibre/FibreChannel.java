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
 * A span of single-mode optical fibre with connectors and splices. The loss in dB adds up
 * <pre>
 * loss = length * attenuation + connectors * connectorLoss + splices * spliceLoss
 * </pre>
 * and the transmittance is 10^(-loss / 10). The fibre adds no noise counts. The default
 * attenuation, 0.2 dB/km, is typical of standard single-mode fibre at 1550 nm: ITU-T
 * Recommendation G.652 (11/2016), "Characteristics of a single-mode optical fibre and cable",
 * bounds the cabled attenuation in its tables of recommended values and assumes 0.21 to
 * 0.275 dB/km at 1550 nm for link design in its Appendix I; ultra-low-loss fibre reaches about
 * 0.16 dB/km.
 */
@Component(service = ChannelModel.class)
public final class FibreChannel implements ChannelModel {

	/** The model's id, as stored in experiment files. */
	public static final String ID = "fibre";

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.required("length", "Length", "km", 0, 2000, "Length of the fibre span"),
			ParameterDescriptor.of("attenuation", "Attenuation", "dB/km", 0.2, 0, 10,
					"Fibre attenuation at the signal wavelength (ITU-T G.652 fibre: about 0.2 dB/km at 1550 nm)"),
			ParameterDescriptor.of("connectors", "Connectors", "", 0, 0, 100,
					"Number of connectors along the span").asInteger(),
			ParameterDescriptor.of("connectorLoss", "Loss per connector", "dB", 0.3, 0, 5,
					"Insertion loss of one connector"),
			ParameterDescriptor.of("splices", "Splices", "", 0, 0, 1000, "Number of fusion splices along the span")
					.asInteger(),
			ParameterDescriptor.of("spliceLoss", "Loss per splice", "dB", 0.05, 0, 2, "Loss of one fusion splice"));

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
		return "Single-mode fibre with connectors and splices; loss in dB adds up, no noise "
				+ "(attenuation typical of ITU-T G.652 fibre at 1550 nm).";
	}

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public ChannelBudget budget(ParameterValues p) {
		return new ChannelBudget(Math.pow(10.0, -lossDb(p) / 10.0), 0.0);
	}

	/** The total loss of the span in dB. */
	public static double lossDb(ParameterValues p) {
		return p.get("length") * p.get("attenuation") + p.get("connectors") * p.get("connectorLoss")
				+ p.get("splices") * p.get("spliceLoss");
	}
}
