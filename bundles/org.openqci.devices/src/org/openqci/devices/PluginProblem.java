/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.devices;

/**
 * An installed device plugin that does not work.
 *
 * @param plugin the plugin bundle's symbolic name and version
 * @param reason why it does not work, e.g. the requirement nothing satisfies
 */
public record PluginProblem(String plugin, String reason) {
}
