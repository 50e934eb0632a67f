/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.openqci.core.registry.ModelRegistry;

/**
 * What a command runs with: where to print, where the contributed models come from, whether the
 * user asked to cancel (Ctrl-C), whether stderr is a terminal, and whether to print stack traces.
 *
 * @param out         results (paths, tables)
 * @param err         messages and progress
 * @param registry    the model registry, asked for only when a command needs it; gives
 *                    {@code null} when no registry service is available
 * @param cancelled   set to {@code true} to cancel the running command
 * @param interactive whether {@code err} is a terminal (progress then updates one line)
 * @param debug       whether internal errors are shown with their stack trace
 */
public record CommandContext(PrintStream out, PrintStream err, Supplier<ModelRegistry> registry,
		AtomicBoolean cancelled, boolean interactive, boolean debug) {

	/** Checks for {@code null}. */
	public CommandContext {
		Objects.requireNonNull(out, "out");
		Objects.requireNonNull(err, "err");
		Objects.requireNonNull(registry, "registry");
		Objects.requireNonNull(cancelled, "cancelled");
	}

	/** A non-interactive context without debug output, over a registry at hand (may be {@code null}). */
	public static CommandContext of(PrintStream out, PrintStream err, ModelRegistry registry) {
		return new CommandContext(out, err, () -> registry, new AtomicBoolean(), false, false);
	}

	/** This context with debug output switched on or off. */
	public CommandContext withDebug(boolean on) {
		return new CommandContext(out, err, registry, cancelled, interactive, on);
	}

	/** Whether the user asked to cancel. */
	public boolean isCancelled() {
		return cancelled.get();
	}
}
