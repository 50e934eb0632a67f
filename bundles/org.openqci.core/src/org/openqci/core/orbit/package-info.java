/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Satellite orbits and passes as the engine sees them, free of any flight-dynamics library: the
 * orbit and station descriptions, the predicted passes, and the {@link OrbitPropagator} service
 * that a bundle contributes (Orekit in {@code org.openqci.orbits}).
 */
package org.openqci.core.orbit;
