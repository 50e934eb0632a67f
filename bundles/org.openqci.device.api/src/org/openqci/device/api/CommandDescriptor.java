/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.device.api;

/**
 * A command a device accepts, with an optional text argument.
 *
 * @param name        the command's name, passed to {@link DeviceHandler#command}
 * @param label       a short label for menus
 * @param argument    what the argument means, or {@code null} if the command takes none
 * @param description one line of documentation
 * @since 1.0
 */
public record CommandDescriptor(String name, String label, String argument, String description) {
}
