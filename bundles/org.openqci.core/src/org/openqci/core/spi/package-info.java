/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The service provider interface of OpenQCI: contributed sources, channels, detectors and
 * protocols, their parameter descriptors, and the link budget that ties them together.
 * Implementations register as OSGi Declarative Services components.
 *
 * @since 0.1
 */
package org.openqci.core.spi;
