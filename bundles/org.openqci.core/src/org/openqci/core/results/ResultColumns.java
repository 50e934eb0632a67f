/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.results;

import java.util.ArrayList;
import java.util.List;

import org.openqci.core.units.Units;

/** The column names (with units) shared by the CSV and JSON exports. */
final class ResultColumns {

	static final String LINK = "link";
	static final String PROTOCOL = "protocol";
	static final List<String> QUANTITIES = List.of("secret key rate [bit/pulse]", "secret key rate [bit/s]", "QBER [1]",
			"gain [1]", "channel transmittance [1]", "PLOB [bit/pulse]", "TGW [bit/pulse]");

	private ResultColumns() {
	}

	/** The quantities of a row in the order of {@link #QUANTITIES}. */
	static double[] quantities(ResultRow row) {
		return new double[] { row.secretKeyPerPulse(), row.secretKeyPerSecond(), row.qber(), row.gain(),
				row.channelTransmittance(), row.plob(), row.tgw() };
	}

	/** The header of an optimised parameter, e.g. {@code opt source.mu [1]}. */
	static String optimisedHeader(ResultSet results, String key) {
		String unit = results.parameterUnits().get(key);
		return "opt " + key + (unit == null ? "" : " [" + Units.display(unit) + "]");
	}

	/** Every column: link, protocol, axes, quantities, optimised parameters, details. */
	static List<String> all(ResultSet results) {
		List<String> columns = new ArrayList<>();
		columns.add(LINK);
		columns.add(PROTOCOL);
		for (SweepAxisInfo axis : results.axes()) {
			columns.add(axis.header());
		}
		columns.addAll(QUANTITIES);
		for (String key : results.optimisedParameterKeys()) {
			columns.add(optimisedHeader(results, key));
		}
		columns.addAll(results.detailNames());
		return columns;
	}
}
