/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.model.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An experiment file that cannot be read: names the file, the place in it where known, and the
 * problem, in one line that suits a terminal or a dialog ({@code <file>:<line>:<column>: <problem>}).
 */
public class ExperimentFileException extends Exception {

	private static final long serialVersionUID = 1L;

	/** The value of {@link #line()} and {@link #column()} when the place is not known. */
	public static final int UNKNOWN = -1;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String problem;

	/**
	 * Creates the exception for a problem at a known place.
	 *
	 * @param file    the file that could not be read
	 * @param line    the 1-based line, or {@link #UNKNOWN}
	 * @param column  the 1-based column, or {@link #UNKNOWN} (ignored when the line is unknown)
	 * @param problem what is wrong, without the file name (e.g. "unknown element 'colour'")
	 * @param cause   the underlying exception, or null
	 */
	public ExperimentFileException(Path file, int line, int column, String problem, Throwable cause) {
		super(format(file, line, column, problem), cause);
		this.file = Objects.requireNonNull(file, "file");
		this.line = line > 0 ? line : UNKNOWN;
		this.column = line > 0 && column > 0 ? column : UNKNOWN;
		this.problem = problem;
	}

	/**
	 * Creates the exception for a problem with the file as a whole.
	 *
	 * @param file    the file that could not be read
	 * @param problem what is wrong, without the file name (e.g. "file not found")
	 * @param cause   the underlying exception, or null
	 */
	public ExperimentFileException(Path file, String problem, Throwable cause) {
		this(file, UNKNOWN, UNKNOWN, problem, cause);
	}

	/** @return the file that could not be read, as it was given */
	public Path file() {
		return file;
	}

	/** @return the 1-based line of the problem, or {@link #UNKNOWN} */
	public int line() {
		return line;
	}

	/** @return the 1-based column of the problem, or {@link #UNKNOWN} */
	public int column() {
		return column;
	}

	/** @return the problem alone, without the file and the place */
	public String problem() {
		return problem;
	}

	private static String format(Path file, int line, int column, String problem) {
		StringBuilder text = new StringBuilder(String.valueOf(file));
		if (line > 0) {
			text.append(':').append(line);
			if (column > 0) {
				text.append(':').append(column);
			}
		}
		return text.append(": ").append(problem).toString();
	}
}
