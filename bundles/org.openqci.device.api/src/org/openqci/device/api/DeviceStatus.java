/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.api;

import java.util.Objects;

/**
 * The state of a device as its handler reports it: a status, a detail saying why, and a message
 * for people. Handlers report faults this way instead of throwing.
 *
 * @param status      the status
 * @param detail      why, for {@link Status#OFFLINE} in particular
 * @param description a sentence for people, or {@code ""}
 * @since 1.0
 */
public record DeviceStatus(Status status, Detail detail, String description) {

	/** The status of a device. */
	public enum Status {
		/** Not initialised yet. */
		UNKNOWN,
		/** Initialising: connecting, configuring. */
		INITIALIZING,
		/** Connected and reporting. */
		ONLINE,
		/** Not available; the detail says why. */
		OFFLINE,
		/** Disposed. */
		REMOVED
	}

	/** Why a device has its status. */
	public enum Detail {
		/** Nothing to add. */
		NONE,
		/** The device does not answer, answers too slowly or answers garbage. */
		COMMUNICATION_ERROR,
		/** The configuration is invalid (the description names the parameter). */
		CONFIGURATION_ERROR,
		/** The handler itself failed. */
		HANDLER_ERROR
	}

	/** Checks the mandatory parts. */
	public DeviceStatus {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(detail, "detail");
		description = description == null ? "" : description;
	}

	/** Online. */
	public static DeviceStatus online() {
		return new DeviceStatus(Status.ONLINE, Detail.NONE, "");
	}

	/** Offline for a reason. */
	public static DeviceStatus offline(Detail detail, String description) {
		return new DeviceStatus(Status.OFFLINE, detail, description);
	}
}
