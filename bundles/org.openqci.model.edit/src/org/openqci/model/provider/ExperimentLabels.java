/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.provider;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.openqci.model.ChannelSegment;
import org.openqci.model.ComponentConfig;
import org.openqci.model.DetectorConfig;
import org.openqci.model.Experiment;
import org.openqci.model.GroundStation;
import org.openqci.model.KeyDemand;
import org.openqci.model.KeyPools;
import org.openqci.model.Link;
import org.openqci.model.Network;
import org.openqci.model.NetworkLink;
import org.openqci.model.NetworkNode;
import org.openqci.model.ParameterValue;
import org.openqci.model.PassAnalysis;
import org.openqci.model.ProtocolConfig;
import org.openqci.model.Satellite;
import org.openqci.model.SourceConfig;
import org.openqci.model.Sweep;
import org.openqci.model.SweepAxis;

/**
 * The labels users see for experiment elements in trees, lists and messages: a link by its name
 * (and id), a component as {@code source: wcp-laser}, a channel segment as
 * {@code fibre: smf28-fibre}, a parameter as {@code mu = 0.48} or {@code length = 50 km}, a sweep
 * axis as {@code fibre.length: 0 to 100 km, 50 steps}.
 */
public final class ExperimentLabels {

	private ExperimentLabels() {
	}

	/**
	 * The label of an experiment element.
	 *
	 * @param object an element of the experiment model (other objects get {@code String.valueOf})
	 * @return the label, never null
	 */
	public static String text(Object object) {
		return switch (object) {
			case Experiment experiment -> orElse(experiment.getName(), type("Experiment"));
			case Link link -> link(link);
			case ChannelSegment segment -> component(orElse(segment.getName(), "channel"), segment);
			case SourceConfig source -> component("source", source);
			case DetectorConfig detector -> component("detector", detector);
			case ProtocolConfig protocol -> component("protocol", protocol);
			case ComponentConfig component -> component(type(component.eClass().getName()), component);
			case ParameterValue parameter -> parameter(parameter);
			case Sweep sweep -> type("Sweep");
			case SweepAxis axis -> axis(axis);
			case PassAnalysis passes -> "Satellite passes: " + orElse(passes.getStart(), "?") + " to "
					+ orElse(passes.getEnd(), "?");
			case Satellite satellite -> "satellite: " + orElse(satellite.getName(), "(no name)")
					+ (isEmpty(satellite.getTleLine1()) ? "" : " (TLE)");
			case GroundStation station -> "ground station: " + orElse(station.getName(), "(no name)") + " ("
					+ number(station.getLatitude()) + ", " + number(station.getLongitude()) + ", mask "
					+ number(station.getMinElevation()) + " deg)";
			case Network network -> "Network (" + network.getNodes().size() + " nodes, " + network.getLinks().size()
					+ " links, " + network.getDemands().size() + " demands; routing " + network.getRouting() + ")";
			case NetworkNode node -> node.getKind() + ": " + orElse(node.getName(), orElse(node.getId(), "(no id)"));
			case NetworkLink link -> "link " + orElse(link.getId(), "(no id)") + ": " + orElse(link.getNodeA(), "?")
					+ " - " + orElse(link.getNodeB(), "?") + (link.isSetLength() ? ", " + number(link.getLength()) + " km" : "")
					+ " (" + orElse(link.getLink(), "?") + ")";
			case KeyDemand demand -> "demand " + orElse(demand.getId(), "(no id)") + ": " + orElse(demand.getFrom(), "?")
					+ " - " + orElse(demand.getTo(), "?") + (demand.isSetRate() ? ", " + number(demand.getRate()) + " bit/s" : "");
			case KeyPools pools -> "Key pools: " + number(pools.getDays()) + " days, requests of "
					+ number(pools.getRequestSize()) + " bits";
			case EObject other -> type(other.eClass().getName());
			case null -> "";
			default -> String.valueOf(object);
		};
	}

	/**
	 * A number as people write it: no trailing zeros ({@code 50}, {@code 0.48}), scientific
	 * notation for very small or large magnitudes ({@code 1e-9}, {@code 2.5e12}).
	 *
	 * @param value the number
	 * @return its text
	 */
	public static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		if (value == 0) {
			return "0";
		}
		double magnitude = Math.abs(value);
		if (magnitude >= 1e-4 && magnitude < 1e9) {
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}
		String text = Double.toString(value); // e.g. 1.0E-9, 2.5E12
		int exponent = text.indexOf('E');
		String mantissa = text.substring(0, exponent);
		if (mantissa.endsWith(".0")) {
			mantissa = mantissa.substring(0, mantissa.length() - 2);
		}
		return mantissa + "e" + text.substring(exponent + 1);
	}

	private static String link(Link link) {
		String name = link.getName();
		String id = link.getId();
		if (isEmpty(name)) {
			return orElse(id, type("Link"));
		}
		return isEmpty(id) || id.equals(name) ? name : name + " (" + id + ")";
	}

	private static String component(String role, ComponentConfig component) {
		return isEmpty(component.getKind()) ? role : role + ": " + component.getKind();
	}

	private static String parameter(ParameterValue parameter) {
		String name = orElse(parameter.getName(), type("ParameterValue"));
		StringBuilder text = new StringBuilder(name);
		if (parameter.isSetValue()) {
			text.append(" = ").append(number(parameter.getValue())).append(unit(parameter.getUnit()));
		}
		if (parameter.isOptimise()) {
			text.append(" (optimised)");
		}
		return text.toString();
	}

	private static String axis(SweepAxis axis) {
		StringBuilder text = new StringBuilder(orElse(axis.getParameter(), type("SweepAxis")));
		text.append(": ").append(number(axis.getFrom())).append(" to ").append(number(axis.getTo()))
				.append(unit(axis.getUnit())).append(", ").append(axis.getSteps())
				.append(axis.getSteps() == 1 ? " step" : " steps");
		if (axis.isLogarithmic()) {
			text.append(", logarithmic");
		}
		return text.toString();
	}

	private static String unit(String unit) {
		return isEmpty(unit) ? "" : " " + unit;
	}

	private static String type(String eClassName) {
		return QciEditPlugin.INSTANCE.getString("_UI_" + eClassName + "_type");
	}

	private static String orElse(String text, String fallback) {
		return isEmpty(text) ? fallback : text;
	}

	private static boolean isEmpty(String text) {
		return text == null || text.isBlank();
	}
}
