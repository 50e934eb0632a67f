/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.util.List;

/** Reading option values of a command line, with usage errors that name the option. */
final class Options {

	private Options() {
	}

	/** The value after an option at {@code args[i - 1]}. */
	static String value(List<String> args, int i, String option) throws UsageException {
		if (i >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(i);
	}

	/** A number given for an option. */
	static double number(String text, String option) throws UsageException {
		try {
			return Double.parseDouble(text);
		} catch (NumberFormatException e) {
			throw new UsageException(option + ": '" + text + "' is not a number");
		}
	}

	/** A whole number given for an option. */
	static int integer(String text, String option) throws UsageException {
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw new UsageException(option + ": '" + text + "' is not a whole number");
		}
	}
}
