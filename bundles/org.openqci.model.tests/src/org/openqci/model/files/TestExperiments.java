/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.files;

import org.openqci.model.ChannelSegment;
import org.openqci.model.ComponentConfig;
import org.openqci.model.Experiment;
import org.openqci.model.Link;
import org.openqci.model.ParameterValue;
import org.openqci.model.QciFactory;
import org.openqci.model.Sweep;
import org.openqci.model.SweepAxis;

/** Experiments built with {@link QciFactory} for the file tests. */
final class TestExperiments {

	private static final QciFactory FACTORY = QciFactory.eINSTANCE;

	private TestExperiments() {
	}

	/** Two links, a two-segment channel, parameters with and without units and values, a 2-D sweep. */
	static Experiment twoLinks() {
		Experiment experiment = FACTORY.createExperiment();
		experiment.setName("Vienna metro");
		experiment.setDescription("Decoy BB84 over the city ring.\nUnits: <km> & \"dB\".");

		Link inf = link("inf", "Innsbruck", 0.48);
		ChannelSegment patch = segment("patch", "patch-cord");
		patch.getParameters().add(parameter("loss", 0.5, "dB"));
		inf.getChannels().add(patch);
		experiment.getLinks().add(inf);

		Link vie = link("vie", null, 0.0);
		ParameterValue nu = parameter("nu", 0, "");
		nu.unsetValue();
		nu.setOptimise(true);
		vie.getSource().getParameters().add(nu);
		experiment.getLinks().add(vie);

		Sweep sweep = FACTORY.createSweep();
		sweep.getAxes().add(axis("fibre.length", 0, 150, 31, "km", false));
		sweep.getAxes().add(axis("inf.source.mu", 1e-3, 1, 10, "", true));
		experiment.setSweep(sweep);
		return experiment;
	}

	/** The smallest complete experiment: one link, one segment, one parameter. */
	static Experiment minimal() {
		Experiment experiment = FACTORY.createExperiment();
		experiment.setName("minimal");
		Link link = FACTORY.createLink();
		link.setId("a");
		link.setSource(component(FACTORY.createSourceConfig(), "wcp-laser"));
		ChannelSegment fibre = segment("fibre", "smf28-fibre");
		fibre.getParameters().add(parameter("length", 50, "km"));
		link.getChannels().add(fibre);
		link.setDetector(component(FACTORY.createDetectorConfig(), "threshold-detector"));
		link.setProtocol(component(FACTORY.createProtocolConfig(), "bb84-decoy"));
		experiment.getLinks().add(link);
		return experiment;
	}

	private static Link link(String id, String name, double mu) {
		Link link = FACTORY.createLink();
		link.setId(id);
		link.setName(name);
		link.setSource(component(FACTORY.createSourceConfig(), "wcp-laser"));
		link.getSource().getParameters().add(parameter("mu", mu, ""));
		ChannelSegment fibre = segment("fibre", "smf28-fibre");
		fibre.getParameters().add(parameter("length", 50, "km"));
		fibre.getParameters().add(parameter("attenuation", 0.2, "dB/km"));
		link.getChannels().add(fibre);
		link.setDetector(component(FACTORY.createDetectorConfig(), "threshold-detector"));
		link.getDetector().getParameters().add(parameter("darkCountProbability", 1e-6, ""));
		link.getDetector().getParameters().add(parameter("gate", 1, "GHz"));
		link.setProtocol(component(FACTORY.createProtocolConfig(), "bb84-decoy"));
		return link;
	}

	private static <T extends ComponentConfig> T component(T component, String kind) {
		component.setKind(kind);
		return component;
	}

	private static ChannelSegment segment(String name, String kind) {
		ChannelSegment segment = component(FACTORY.createChannelSegment(), kind);
		segment.setName(name);
		return segment;
	}

	static ParameterValue parameter(String name, double value, String unit) {
		ParameterValue parameter = FACTORY.createParameterValue();
		parameter.setName(name);
		parameter.setValue(value);
		parameter.setUnit(unit);
		return parameter;
	}

	private static SweepAxis axis(String parameter, double from, double to, int steps, String unit,
			boolean logarithmic) {
		SweepAxis axis = FACTORY.createSweepAxis();
		axis.setParameter(parameter);
		axis.setFrom(from);
		axis.setTo(to);
		axis.setSteps(steps);
		axis.setUnit(unit);
		axis.setLogarithmic(logarithmic);
		return axis;
	}
}
