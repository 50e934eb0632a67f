/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The UI-free results of a run ({@link org.openqci.core.results.ResultSet}) with provenance, and
 * their CSV and JSON exports.
 *
 * @since 0.1
 */
package org.openqci.core.results;
