/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.util.List;

/**
 * One sub-command of the headless runner ({@code run}, later {@code sweep}, {@code simulate},
 * {@code kme}). A command prints its results on {@link CommandContext#out()}, messages and
 * progress on {@link CommandContext#err()}, and returns one of the {@link ExitCodes}.
 */
public interface Command {

	/** The word that selects the command, e.g. {@code run}. */
	String name();

	/** The command's arguments in one line for the overall help, e.g. {@code FILE [--out DIR]}. */
	String synopsis();

	/** What the command does, in a few words for the overall help. */
	String summary();

	/** The command's own help text (several lines, ending with a line break). */
	String help();

	/**
	 * Runs the command.
	 *
	 * @param args    the arguments after the command's name
	 * @param context streams, the model registry, cancellation
	 * @return an exit code from {@link ExitCodes}
	 * @throws UsageException if the arguments do not fit the command (exit code 2)
	 * @throws Exception      on an internal error (exit code 1)
	 */
	int execute(List<String> args, CommandContext context) throws Exception;
}
