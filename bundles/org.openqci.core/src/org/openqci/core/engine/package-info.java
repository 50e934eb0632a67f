/*
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The engine that runs experiments: {@link org.openqci.core.engine.ExperimentEngine} validates an
 * experiment, applies {@link org.openqci.core.engine.ParameterOverride overrides} to a copy,
 * sweeps one or two {@link org.openqci.core.engine.ParameterPath parameter paths}, maximises the
 * key rate over free parameters and returns a {@link org.openqci.core.results.ResultSet}.
 *
 * @since 0.1
 */
package org.openqci.core.engine;
