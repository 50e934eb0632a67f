/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A parameter path {@code [<linkId>.]<component>.<parameter>} as used by sweeps and overrides.
 * The component is {@code source}, {@code detector}, {@code protocol} or a channel segment's
 * name. Without a link id the path applies to every link that has that component and parameter.
 *
 * @param linkId    the link the path is restricted to, or {@code null} for every link
 * @param component {@code source}, {@code detector}, {@code protocol} or a segment name
 * @param parameter the parameter name
 */
public record ParameterPath(String linkId, String component, String parameter) {

	/** Component name of the source in paths. */
	public static final String SOURCE = "source";
	/** Component name of the detector in paths. */
	public static final String DETECTOR = "detector";
	/** Component name of the protocol in paths. */
	public static final String PROTOCOL = "protocol";

	/** Pattern of link ids and segment names: a letter followed by letters, digits, '_' or '-'. */
	public static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

	private static final Pattern PARAMETER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

	/** Checks the parts. */
	public ParameterPath {
		Objects.requireNonNull(component, "component");
		Objects.requireNonNull(parameter, "parameter");
	}

	/**
	 * Parses {@code component.parameter} or {@code link.component.parameter}.
	 *
	 * @throws IllegalArgumentException with a one-line message if the text is not a path
	 */
	public static ParameterPath parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("empty parameter path (expected [link.]component.parameter)");
		}
		String t = printable(text.trim());
		String[] parts = t.split("\\.", -1);
		if (parts.length < 2 || parts.length > 3) {
			throw new IllegalArgumentException(
					"parameter path '" + t + "' is not of the form [link.]component.parameter");
		}
		for (String part : parts) {
			if (part.isEmpty()) {
				throw new IllegalArgumentException("parameter path '" + t + "' has an empty part");
			}
		}
		String link = parts.length == 3 ? parts[0] : null;
		String component = parts[parts.length - 2];
		String parameter = parts[parts.length - 1];
		if (link != null && !IDENTIFIER.matcher(link).matches()) {
			throw new IllegalArgumentException("parameter path '" + t + "': '" + link + "' is not a valid link id");
		}
		if (!IDENTIFIER.matcher(component).matches()) {
			throw new IllegalArgumentException(
					"parameter path '" + t + "': '" + component + "' is not a valid component name");
		}
		if (!PARAMETER.matcher(parameter).matches()) {
			throw new IllegalArgumentException(
					"parameter path '" + t + "': '" + parameter + "' is not a valid parameter name");
		}
		return new ParameterPath(link, component, parameter);
	}

	/** Whether the path names a link. */
	public boolean hasLink() {
		return linkId != null;
	}

	/** Whether the path applies to the link with this id. */
	public boolean appliesTo(String id) {
		return linkId == null || linkId.equals(id);
	}

	/** This path for the given link, e.g. {@code inf.source.mu}. */
	public ParameterPath inLink(String id) {
		return new ParameterPath(id, component, parameter);
	}

	/** This path without its link id, e.g. {@code source.mu}. */
	public ParameterPath withoutLink() {
		return new ParameterPath(null, component, parameter);
	}

	/** Whether {@code name} is one of the reserved component names source, detector, protocol. */
	public static boolean isReservedComponent(String name) {
		return SOURCE.equals(name) || DETECTOR.equals(name) || PROTOCOL.equals(name);
	}

	/** The path as written: {@code [link.]component.parameter}. */
	@Override
	public String toString() {
		return (linkId == null ? "" : linkId + ".") + component + "." + parameter;
	}

	/**
	 * The text with control characters shown as {@code \\uXXXX}, so that an error message that
	 * quotes user input stays on one line.
	 */
	static String printable(String text) {
		StringBuilder b = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (Character.isISOControl(c)) {
				b.append(String.format("\\u%04x", c));
			} else {
				b.appendCodePoint(c);
			}
		});
		return b.toString();
	}
}
