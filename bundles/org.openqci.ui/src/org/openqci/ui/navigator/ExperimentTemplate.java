/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.navigator;

import org.openqci.model.ChannelSegment;
import org.openqci.model.ComponentConfig;
import org.openqci.model.DetectorConfig;
import org.openqci.model.Experiment;
import org.openqci.model.Link;
import org.openqci.model.ParameterValue;
import org.openqci.model.ProtocolConfig;
import org.openqci.model.QciFactory;
import org.openqci.model.SourceConfig;
import org.openqci.model.Sweep;
import org.openqci.model.SweepAxis;

/**
 * The experiment a new file starts from: one decoy-state BB84 link over fibre (weak coherent
 * source, threshold detector, infinite-decoy protocol) swept over 0–100 km. It is valid as it is,
 * so it can be run at once and then changed.
 */
public final class ExperimentTemplate {

	private static final QciFactory FACTORY = QciFactory.eINSTANCE;

	private ExperimentTemplate() {
	}

	/** A new experiment named {@code name}. */
	public static Experiment create(String name) {
		Experiment experiment = FACTORY.createExperiment();
		experiment.setName(name);
		experiment.setDescription("Decoy-state BB84 over fibre. Change the components and parameters, then press Run.");

		Link link = FACTORY.createLink();
		link.setId("link");
		link.setName("Decoy-state BB84");

		SourceConfig source = FACTORY.createSourceConfig();
		source.setKind("wcp-laser");
		parameter(source, "repetitionRate", 1, "GHz", false);
		parameter(source, "mu", 0.5, "", true);
		link.setSource(source);

		ChannelSegment fibre = FACTORY.createChannelSegment();
		fibre.setName("fibre");
		fibre.setKind("fibre");
		parameter(fibre, "length", 0, "km", false);
		parameter(fibre, "attenuation", 0.2, "dB/km", false);
		link.getChannels().add(fibre);

		DetectorConfig detector = FACTORY.createDetectorConfig();
		detector.setKind("threshold-detector");
		parameter(detector, "efficiency", 0.1, "", false);
		parameter(detector, "darkCountProbability", 1e-6, "", false);
		parameter(detector, "misalignment", 0.01, "", false);
		link.setDetector(detector);

		ProtocolConfig protocol = FACTORY.createProtocolConfig();
		protocol.setKind("bb84-decoy-infinite");
		parameter(protocol, "ecEfficiency", 1.16, "", false);
		link.setProtocol(protocol);

		experiment.getLinks().add(link);

		Sweep sweep = FACTORY.createSweep();
		SweepAxis axis = FACTORY.createSweepAxis();
		axis.setParameter("fibre.length");
		axis.setFrom(0);
		axis.setTo(100);
		axis.setSteps(101);
		axis.setUnit("km");
		sweep.getAxes().add(axis);
		experiment.setSweep(sweep);
		return experiment;
	}

	private static void parameter(ComponentConfig config, String name, double value, String unit, boolean optimise) {
		ParameterValue parameter = FACTORY.createParameterValue();
		parameter.setName(name);
		parameter.setValue(value);
		parameter.setUnit(unit);
		parameter.setOptimise(optimise);
		config.getParameters().add(parameter);
	}
}
