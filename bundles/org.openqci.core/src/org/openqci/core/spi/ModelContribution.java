/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.spi;

import java.util.List;
import java.util.Optional;

/**
 * Common contract of every contributed model (source, channel, detector, protocol). A
 * contribution is an OSGi Declarative Services component; experiments name it by its stable
 * {@link #id()}.
 */
public interface ModelContribution {

	/** Stable identifier stored in experiment files as the {@code kind}, e.g. {@code fibre}. */
	String id();

	/** Human-readable name. */
	String name();

	/** One or two sentences for the user, including the reference the model follows. */
	String description();

	/** The parameters this model takes, in display order. */
	List<ParameterDescriptor> parameters();

	/** The descriptor with the given name, if the model declares one. */
	default Optional<ParameterDescriptor> parameter(String parameterName) {
		return parameters().stream().filter(d -> d.name().equals(parameterName)).findFirst();
	}
}
