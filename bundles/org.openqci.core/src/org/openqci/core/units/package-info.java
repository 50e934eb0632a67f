/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The units parameters are given in, and conversion between compatible ones.
 *
 * @since 0.1
 */
package org.openqci.core.units;
