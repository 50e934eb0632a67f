/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

/**
 * The exit codes of the headless runner, the same for every sub-command. (They avoid 13, 23 and
 * 24, which the Eclipse launcher reads as "see the log", "restart" and "relaunch".)
 */
public final class ExitCodes {

	/** Success. */
	public static final int OK = 0;

	/** An internal error (a bug, a missing service, an output that cannot be written). */
	public static final int INTERNAL_ERROR = 1;

	/** Bad input: the file, its XML, a kind, a parameter, a {@code --set}, or the command line. */
	public static final int BAD_INPUT = 2;

	/** Cancelled by Ctrl-C (128 + SIGINT, as shells report it). */
	public static final int CANCELLED = 130;

	private ExitCodes() {
	}
}
