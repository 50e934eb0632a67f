/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.headless;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the process talks to a terminal, for progress that updates one line in place. */
final class Terminal {

	private Terminal() {
	}

	/**
	 * Whether there is an interactive terminal. From Java 22 on {@link System#console()} may
	 * return a console even when the streams are redirected; {@code Console.isTerminal()} (looked
	 * up reflectively, as the bundle targets Java 21) then tells the truth.
	 */
	static boolean isInteractive() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			Method isTerminal = Console.class.getMethod("isTerminal");
			return Boolean.TRUE.equals(isTerminal.invoke(console));
		} catch (NoSuchMethodException e) {
			return true; // Java 21: a console exists only for a terminal
		} catch (ReflectiveOperationException | RuntimeException e) {
			return false;
		}
	}
}
