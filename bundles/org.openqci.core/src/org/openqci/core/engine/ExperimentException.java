/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.util.List;

import org.openqci.core.validation.Problem;

/**
 * An experiment could not be run: it has validation problems, an override does not apply, or a
 * contributed model failed at run time. The message is the first problem's text, plus
 * {@code (and N more)} when there are several.
 */
public class ExperimentException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	/** An exception for the given problems (at least one). */
	public ExperimentException(List<Problem> problems) {
		this(problems, null);
	}

	/** An exception for the given problems (at least one), caused by {@code cause}. */
	public ExperimentException(List<Problem> problems, Throwable cause) {
		super(message(problems), cause);
		this.problems = List.copyOf(problems);
	}

	/** The problems, errors first as found. */
	public List<Problem> problems() {
		return problems;
	}

	private static String message(List<Problem> problems) {
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an ExperimentException needs at least one problem");
		}
		String first = problems.get(0).toString();
		return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
	}
}
