/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * A catalogue of simulated devices (sources and detectors) described only by their parameters,
 * contributed as {@link org.openqci.core.spi.SourceModel} and
 * {@link org.openqci.core.spi.DetectorModel} services.
 */
package org.openqci.device.sim;
