/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Installs plugin features from a p2 repository into the running workbench through p2's
 * operations API: what {@code ./openqci install} and the plugin installation tests use. The
 * workbench's Help menu offers the same through p2's own "Install New Software" wizard.
 */
package org.openqci.install;
