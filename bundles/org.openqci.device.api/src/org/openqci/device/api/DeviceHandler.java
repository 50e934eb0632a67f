/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.api;

import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One configured device; implemented by plugins. The workbench calls {@link #initialize()} once,
 * then {@link #command} any number of times, then {@link #dispose()} once, from any thread.
 *
 * @since 1.0
 */
@ConsumerType
public interface DeviceHandler {

	/**
	 * Starts the device: returns at once, connects in the background (on the context's scheduler)
	 * and reports {@link DeviceStatus.Status#ONLINE} or {@link DeviceStatus.Status#OFFLINE} with a
	 * reason through the callback. Never throws for a device that does not answer.
	 */
	void initialize();

	/**
	 * Sends a command. The stage completes with the device's answer ({@code ""} if it gives none),
	 * or exceptionally with a message for people if the device is offline or refuses it.
	 *
	 * @param name     a command of the type's {@link DeviceType#commands()}
	 * @param argument the argument, or {@code null}
	 */
	CompletionStage<String> command(String name, String argument);

	/** Stops the background work and closes connections; reports nothing after it returns. */
	void dispose();
}
