/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.views;

import java.math.BigDecimal;
import java.util.Locale;

import org.openqci.device.api.DeviceStatus;

/** How devices' statuses and numbers read in the Devices view. */
final class DeviceTexts {

	private DeviceTexts() {
	}

	/** {@code online}, {@code offline: communication error}, ... */
	static String status(DeviceStatus status) {
		String s = status.status().name().toLowerCase(Locale.ROOT);
		return status.detail() == DeviceStatus.Detail.NONE ? s
				: s + ": " + status.detail().name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** A number without trailing zeros. */
	static String number(double value) {
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toString();
	}
}
