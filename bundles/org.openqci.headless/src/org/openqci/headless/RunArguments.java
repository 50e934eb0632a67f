/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed arguments of {@code run FILE [--out DIR] [--set NAME=VALUE]...}. Options may come
 * before or after the file, as {@code --out DIR} or {@code --out=DIR}.
 *
 * @param file the experiment file ({@code null} only with {@code help})
 * @param out  the output folder, or {@code null} for the default
 * @param sets the {@code --set} texts, in order, not yet parsed
 * @param help whether {@code --help} was given
 */
record RunArguments(Path file, Path out, List<String> sets, boolean help) {

	static RunArguments parse(List<String> args) throws UsageException {
		Path file = null;
		Path out = null;
		List<String> sets = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--help") || arg.equals("-h")) {
				return new RunArguments(null, null, List.of(), true);
			}
			String option = arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			switch (option) {
			case "--out" -> {
				if (out != null) {
					throw new UsageException("--out given twice");
				}
				out = path(value(args, i, arg, option), "--out");
				if (arg.equals(option)) {
					i++;
				}
			}
			case "--set" -> {
				sets.add(value(args, i, arg, option));
				if (arg.equals(option)) {
					i++;
				}
			}
			default -> {
				if (arg.startsWith("-") && arg.length() > 1) {
					throw new UsageException("unknown option '" + arg + "'");
				}
				if (file != null) {
					throw new UsageException("unexpected argument '" + arg + "' (one experiment FILE only)");
				}
				file = path(arg, "FILE");
			}
			}
		}
		if (file == null) {
			throw new UsageException("missing FILE");
		}
		return new RunArguments(file, out, List.copyOf(sets), false);
	}

	/** The value of an option: after {@code =} in the same argument, or the next argument. */
	private static String value(List<String> args, int i, String arg, String option) throws UsageException {
		if (arg.length() > option.length() && arg.charAt(option.length()) == '=') {
			String v = arg.substring(option.length() + 1);
			if (v.isEmpty()) {
				throw new UsageException(option + " needs a value");
			}
			return v;
		}
		if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(i + 1);
	}

	private static Path path(String text, String what) throws UsageException {
		try {
			return Path.of(text);
		} catch (InvalidPathException e) {
			throw new UsageException(what + " '" + text + "' is not a valid path: " + e.getReason());
		}
	}
}
