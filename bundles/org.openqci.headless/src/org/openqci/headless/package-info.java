/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The headless OpenQCI runner: the Eclipse application {@code org.openqci.headless.run} and the
 * sub-commands it dispatches to ({@code run}), each a small class that can be called and tested
 * without the launcher.
 *
 * @since 0.1
 */
package org.openqci.headless;
