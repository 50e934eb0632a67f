/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.OperationCanceledException;

/**
 * The top level of the headless runner: global options ({@code --help}, {@code --debug}) and
 * dispatch to the sub-command named by the first argument. Every command's failures end here as
 * one-line messages on stderr and an exit code from {@link ExitCodes}.
 */
public final class CommandLine {

	/** The program name used in messages. */
	public static final String PROGRAM = "openqci";

	private final List<Command> commands;

	/** A command line offering the given commands, in help order. */
	public CommandLine(List<Command> commands) {
		this.commands = List.copyOf(commands);
	}

	/**
	 * The commands that are built: {@code run}, {@code simulate}, {@code devices}, {@code install},
	 * {@code kme}.
	 */
	public static CommandLine standard() {
		return new CommandLine(List.of(new RunCommand(), new SimulateCommand(), new DevicesCommand(),
				new InstallCommand(), new KmeCommand()));
	}

	/** The commands offered. */
	public List<Command> commands() {
		return commands;
	}

	/**
	 * Runs the command line.
	 *
	 * @param args    the arguments, e.g. {@code run gys.qci --out results}
	 * @param context streams, registry, cancellation
	 * @return an exit code from {@link ExitCodes}
	 */
	public int execute(List<String> args, CommandContext context) {
		List<String> rest = new ArrayList<>(args);
		boolean debug = rest.removeIf("--debug"::equals);
		CommandContext ctx = debug ? context.withDebug(true) : context;
		if (rest.isEmpty()) {
			ctx.err().print(usage());
			return ExitCodes.BAD_INPUT;
		}
		String first = rest.get(0);
		if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
			if (rest.size() > 1) {
				Command c = find(rest.get(1));
				if (c != null) {
					ctx.out().print(c.help());
					return ExitCodes.OK;
				}
			}
			ctx.out().print(usage());
			return ExitCodes.OK;
		}
		Command command = find(first);
		if (command == null) {
			ctx.err().println(PROGRAM + ": " + (first.startsWith("-") ? "unknown option '" : "unknown command '")
					+ first + "' (commands: " + String.join(", ", commands.stream().map(Command::name).toList())
					+ "; see '" + PROGRAM + " --help')");
			return ExitCodes.BAD_INPUT;
		}
		return invoke(command, rest.subList(1, rest.size()), ctx);
	}

	/**
	 * Runs one command and turns its failures into messages and exit codes: a
	 * {@link UsageException} gives 2, cancellation 130, anything else an internal error, 1 (with
	 * the stack trace when {@link CommandContext#debug()} is set).
	 */
	public static int invoke(Command command, List<String> args, CommandContext context) {
		Objects.requireNonNull(command, "command");
		try {
			return command.execute(List.copyOf(args), context);
		} catch (UsageException e) {
			context.err().println(PROGRAM + ": " + command.name() + ": " + e.getMessage() + " (see '" + PROGRAM + " "
					+ command.name() + " --help')");
			return ExitCodes.BAD_INPUT;
		} catch (OperationCanceledException e) {
			context.err().println(PROGRAM + ": cancelled");
			return ExitCodes.CANCELLED;
		} catch (Exception | LinkageError | AssertionError e) {
			internalError(e, context);
			return ExitCodes.INTERNAL_ERROR;
		}
	}

	/** Reports an internal error: one line, plus the stack trace in debug mode. */
	static void internalError(Throwable e, CommandContext context) {
		String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getName()
				: e.getClass().getSimpleName() + ": " + e.getMessage();
		if (context.debug()) {
			context.err().println(PROGRAM + ": internal error: " + message);
			e.printStackTrace(context.err());
		} else {
			context.err().println(PROGRAM + ": internal error: " + message + " (run with --debug for details)");
		}
	}

	/** The overall help. */
	public String usage() {
		StringBuilder text = new StringBuilder();
		text.append("usage: ").append(PROGRAM).append(" <command> [arguments] [--debug]\n");
		text.append("       ").append(PROGRAM).append(" --help [command]\n\n");
		text.append("commands:\n");
		int width = commands.stream().mapToInt(c -> c.name().length() + 1 + c.synopsis().length()).max().orElse(0);
		for (Command c : commands) {
			String head = c.name() + " " + c.synopsis();
			text.append("  ").append(head).append(" ".repeat(width - head.length() + 3)).append(c.summary())
					.append('\n');
		}
		text.append("\noptions:\n");
		text.append("  --help     show this help, or a command's help ('").append(PROGRAM)
				.append(" <command> --help')\n");
		text.append("  --debug    print the stack trace of internal errors\n");
		text.append("\nexit codes: 0 success, 1 internal error, 2 bad input (file, XML, kind, parameter, --set,\n");
		text.append("            command line), 130 cancelled (Ctrl-C; no output files are written)\n");
		return text.toString();
	}

	private Command find(String name) {
		return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
	}
}
