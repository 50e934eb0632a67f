/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

/**
 * One swept parameter of a result set.
 *
 * @param path  the parameter path as written in the experiment, e.g. {@code fibre.length}
 * @param label human label of the parameter, e.g. {@code Length}
 * @param unit  unit of the values in the rows, e.g. {@code km}
 */
public record SweepAxisInfo(String path, String label, String unit) {

	/** Column header with the unit in brackets, e.g. {@code fibre.length [km]}. */
	public String header() {
		return path + " [" + (unit.isEmpty() ? "1" : unit) + "]";
	}
}
