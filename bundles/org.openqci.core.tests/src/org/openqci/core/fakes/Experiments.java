/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.fakes;

import org.openqci.model.ChannelSegment;
import org.openqci.model.ComponentConfig;
import org.openqci.model.DetectorConfig;
import org.openqci.model.Experiment;
import org.openqci.model.KeyDemand;
import org.openqci.model.Link;
import org.openqci.model.Network;
import org.openqci.model.NetworkLink;
import org.openqci.model.NetworkNode;
import org.openqci.model.NodeKind;
import org.openqci.model.ParameterValue;
import org.openqci.model.ProtocolConfig;
import org.openqci.model.QciFactory;
import org.openqci.model.SourceConfig;
import org.openqci.model.Sweep;
import org.openqci.model.SweepAxis;

/** Builds small experiments over the {@link FakeModels} for tests. */
public final class Experiments {

	private static final QciFactory F = QciFactory.eINSTANCE;

	private Experiments() {
	}

	/** An experiment named {@code test} with one valid link {@code a} (laser, 10 km fibre, spad, toy). */
	public static Experiment oneLink() {
		Experiment e = F.createExperiment();
		e.setName("test");
		e.getLinks().add(link("a"));
		return e;
	}

	/** A valid link: laser, a segment {@code fibre} of 10 km, spad, toy protocol. */
	public static Link link(String id) {
		Link link = F.createLink();
		link.setId(id);
		link.setName("Link " + id);
		SourceConfig source = F.createSourceConfig();
		source.setKind("laser");
		link.setSource(source);
		ChannelSegment fibre = F.createChannelSegment();
		fibre.setName("fibre");
		fibre.setKind("fibre");
		value(fibre, "length", 10, "km");
		link.getChannels().add(fibre);
		DetectorConfig detector = F.createDetectorConfig();
		detector.setKind("spad");
		link.setDetector(detector);
		ProtocolConfig protocol = F.createProtocolConfig();
		protocol.setKind("toy");
		link.setProtocol(protocol);
		return link;
	}

	/** Adds a parameter value to a component and returns it. */
	public static ParameterValue value(ComponentConfig config, String name, double value, String unit) {
		ParameterValue v = F.createParameterValue();
		v.setName(name);
		v.setValue(value);
		v.setUnit(unit);
		config.getParameters().add(v);
		return v;
	}

	/**
	 * An experiment with link {@code a} as template and a network: user sites {@code u1},
	 * {@code u2}, trusted node {@code t}; links {@code u1--t} (20 km) and {@code t--u2} (40 km)
	 * evaluated from {@code a} with their own fibre lengths; demand {@code d} of 100 bit/s.
	 */
	public static Experiment network() {
		Experiment e = oneLink();
		Network network = F.createNetwork();
		network.getNodes().add(node("u1", NodeKind.USER, 48.0, 2.0));
		network.getNodes().add(node("t", NodeKind.TRUSTED_NODE, 49.0, 3.0));
		network.getNodes().add(node("u2", NodeKind.USER, 50.0, 4.0));
		network.getLinks().add(networkLink("u1--t", "u1", "t", 20));
		network.getLinks().add(networkLink("t--u2", "t", "u2", 40));
		KeyDemand demand = F.createKeyDemand();
		demand.setId("d");
		demand.setFrom("u1");
		demand.setTo("u2");
		demand.setRate(100);
		network.getDemands().add(demand);
		e.setNetwork(network);
		return e;
	}

	/** A network node. */
	public static NetworkNode node(String id, NodeKind kind, double latitude, double longitude) {
		NetworkNode node = F.createNetworkNode();
		node.setId(id);
		node.setName(id.toUpperCase());
		node.setKind(kind);
		node.setLatitude(latitude);
		node.setLongitude(longitude);
		return node;
	}

	/** A network link evaluated from link {@code a} with {@code fibre.length} set. */
	public static NetworkLink networkLink(String id, String nodeA, String nodeB, double km) {
		NetworkLink link = F.createNetworkLink();
		link.setId(id);
		link.setNodeA(nodeA);
		link.setNodeB(nodeB);
		link.setLink("a");
		link.setLength(km);
		ParameterValue length = F.createParameterValue();
		length.setName("fibre.length");
		length.setValue(km);
		length.setUnit("km");
		link.getParameters().add(length);
		return link;
	}

	/** Adds an axis to the experiment's sweep (creating the sweep) and returns it. */
	public static SweepAxis axis(Experiment e, String parameter, double from, double to, int steps, String unit) {
		if (e.getSweep() == null) {
			Sweep sweep = F.createSweep();
			e.setSweep(sweep);
		}
		SweepAxis axis = F.createSweepAxis();
		axis.setParameter(parameter);
		axis.setFrom(from);
		axis.setTo(to);
		axis.setSteps(steps);
		axis.setUnit(unit);
		e.getSweep().getAxes().add(axis);
		return axis;
	}
}
