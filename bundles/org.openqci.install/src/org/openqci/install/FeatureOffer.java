/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.install;

/**
 * A feature a p2 repository offers.
 *
 * @param id        the feature's id without p2's {@code .feature.group} suffix
 * @param version   its version
 * @param name      its human-readable name (the id when it has none)
 * @param installed whether this version or a newer one is installed already
 */
public record FeatureOffer(String id, String version, String name, boolean installed) {
}
