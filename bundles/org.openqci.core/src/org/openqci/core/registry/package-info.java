/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The registry of contributed models: the {@link org.openqci.core.registry.ModelRegistry} OSGi
 * service backed by Declarative Services, and a static registry for tests and plain Java.
 *
 * @since 0.1
 */
package org.openqci.core.registry;
