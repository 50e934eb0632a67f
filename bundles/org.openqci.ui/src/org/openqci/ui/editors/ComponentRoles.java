/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.ui.editors;

import java.util.Optional;

import org.openqci.core.engine.PathResolver;
import org.openqci.core.spi.ComponentRole;
import org.openqci.core.spi.ModelContribution;
import org.openqci.model.ComponentConfig;
import org.openqci.ui.ModelRegistryAccess;

/** The role of a component configuration, and the registered model its kind names. */
final class ComponentRoles {

	private ComponentRoles() {
	}

	/** The role of {@code config} (as the engine sees it). */
	static ComponentRole roleOf(ComponentConfig config) {
		return PathResolver.roleOf(config);
	}

	/** The registered model named by {@code config}'s kind, if any. */
	static Optional<ModelContribution> modelOf(ComponentConfig config) {
		String kind = config.getKind();
		if (kind == null || kind.isBlank()) {
			return Optional.empty();
		}
		return ModelRegistryAccess.get().find(roleOf(config), kind);
	}

	/** A model as shown in lists: {@code name (id)}. */
	static String label(ModelContribution model) {
		return model.name() + " (" + model.id() + ")";
	}

	/** The heading of a component's page, e.g. {@code Channel segment} or {@code Detector}. */
	static String title(ComponentRole role) {
		return switch (role) {
		case SOURCE -> "Source";
		case CHANNEL -> "Channel segment";
		case DETECTOR -> "Detector";
		case PROTOCOL -> "Protocol";
		};
	}
}
