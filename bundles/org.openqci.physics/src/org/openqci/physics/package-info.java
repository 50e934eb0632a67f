/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Shared mathematics for the protocol models: entropies, Poisson photon statistics,
 * repeaterless key-rate bounds, decoy-state estimates and a small box-bounded maximiser.
 * Plain Java with no OSGi or UI dependency; every formula cites the paper it comes from.
 *
 * @since 0.1
 */
package org.openqci.physics;
