/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.util.List;

/**
 * How to run an experiment: parameter overrides on top of the experiment, and where the
 * experiment came from (recorded in the results' provenance).
 *
 * @param overrides        values to set on a copy of the experiment before running, in order
 * @param experimentFile   the file the experiment was read from, or empty
 * @param experimentSha256 SHA-256 (hex) of the file's bytes as read, or empty
 */
public record RunOptions(List<ParameterOverride> overrides, String experimentFile, String experimentSha256) {

	/** Copies the list; {@code null} becomes empty. */
	public RunOptions {
		overrides = overrides == null ? List.of() : List.copyOf(overrides);
		experimentFile = experimentFile == null ? "" : experimentFile;
		experimentSha256 = experimentSha256 == null ? "" : experimentSha256;
	}

	/** No overrides and no file: an experiment run from memory. */
	public static RunOptions none() {
		return new RunOptions(List.of(), "", "");
	}
}
