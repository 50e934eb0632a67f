/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Validation of experiments against the contributed models' parameter descriptors, as a list of
 * {@link org.openqci.core.validation.Problem problems} or through EMF's Diagnostician.
 *
 * @since 0.1
 */
package org.openqci.core.validation;
