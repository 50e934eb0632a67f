/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.scpi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.device.api.CommandDescriptor;
import org.openqci.device.api.DeviceCategory;
import org.openqci.device.api.DeviceType;
import org.openqci.device.api.ReadingDescriptor;
import org.openqci.device.api.TextParameter;

/**
 * What the handler needs to know about one SCPI device type: the type as the workbench sees it,
 * the query behind each reading, and the SCPI behind each command.
 *
 * @param type     the device type
 * @param polls    the readings, each with its query, in polling order
 * @param commands the commands by name
 */
record ScpiProfile(DeviceType type, List<Poll> polls, Map<String, Command> commands) {

	/** The text parameters every SCPI type has. */
	static final List<TextParameter> TEXT_PARAMETERS = List.of(new TextParameter("host", "Host", null,
			"The instrument's host name or IP address"));

	/** The numeric parameters every SCPI type has. */
	static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.of("port", "Port", "", 5025, 1, 65535,
					"TCP port of the instrument's raw SCPI socket (5025 by convention)").asInteger(),
			ParameterDescriptor.of("timeout", "Timeout", "ms", 1000, 10, 60000,
					"How long to wait for the connection and for each answer").asInteger(),
			ParameterDescriptor.of("pollInterval", "Poll interval", "ms", 1000, 10, 3600000,
					"The pause between two rounds of readings").asInteger(),
			ParameterDescriptor.of("retryDelay", "Retry delay", "ms", 500, 10, 60000,
					"The pause before the first reconnection attempt; doubled after each failed one").asInteger(),
			ParameterDescriptor.of("maxRetryDelay", "Longest retry delay", "ms", 30000, 10, 3600000,
					"The longest pause between two reconnection attempts").asInteger());

	/** A reading and the query that measures it. */
	record Poll(ReadingDescriptor reading, String query) {
	}

	/** How a command talks to the instrument. */
	enum Kind {
		/** A query with a text answer, no argument. */
		TEXT_QUERY,
		/** A query with a numeric answer, no argument. */
		NUMBER_QUERY,
		/** A setting with a numeric argument (positive), no answer. */
		NUMBER_SETTING
	}

	/**
	 * A command and its SCPI.
	 *
	 * @param descriptor what the workbench shows
	 * @param kind       how it talks to the instrument
	 * @param header     the SCPI command, the argument appended after a space for settings
	 */
	record Command(CommandDescriptor descriptor, Kind kind, String header) {

		/** The command's name. */
		String name() {
			return descriptor.name();
		}

		/** The line to send for an argument, checked (settings take a positive number). */
		String line(String argument) {
			boolean none = argument == null || argument.isBlank();
			if (kind != Kind.NUMBER_SETTING) {
				if (!none) {
					throw new IllegalArgumentException(name() + " takes no argument, not '"
							+ ScpiConnection.shown(argument) + "'");
				}
				return header;
			}
			if (none) {
				throw new IllegalArgumentException(name() + " needs an argument: " + descriptor.argument());
			}
			double v;
			try {
				v = ScpiConnection.parseNumber(name(), argument);
			} catch (ScpiException e) {
				v = Double.NaN;
			}
			if (!(v > 0)) {
				throw new IllegalArgumentException(name() + ": '" + ScpiConnection.shown(argument)
						+ "' is not a positive number (" + descriptor.argument() + ")");
			}
			return header + " " + BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
		}
	}

	/** The profile of a type; its commands and readings come from the polls and commands given. */
	static ScpiProfile of(String id, String label, String description, DeviceCategory category, List<Poll> polls,
			List<Command> commands) {
		Map<String, Command> byName = new LinkedHashMap<>();
		commands.forEach(c -> byName.put(c.name(), c));
		DeviceType type = new DeviceType(id, label, description, category, PARAMETERS, TEXT_PARAMETERS,
				polls.stream().map(Poll::reading).toList(), commands.stream().map(Command::descriptor).toList());
		return new ScpiProfile(type, List.copyOf(polls), Map.copyOf(byName));
	}

	/** The command with this name. */
	Optional<Command> command(String name) {
		return Optional.ofNullable(name).map(commands::get);
	}
}
