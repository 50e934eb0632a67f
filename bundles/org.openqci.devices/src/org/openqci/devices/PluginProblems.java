/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.devices;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Finds the device plugins that are installed but do not work, so that the workbench can name
 * them and say why instead of silently missing their device types: bundles that use the device
 * SDK and did not resolve (with the requirements nothing satisfies), and their Declarative
 * Services components that failed to activate or wait for a missing service.
 */
final class PluginProblems {

	private static final String SDK_PACKAGE = "org.openqci.device.api";

	private PluginProblems() {
	}

	/** The problems of every device plugin in the framework, in bundle order. */
	static List<PluginProblem> find(BundleContext context, ServiceComponentRuntime components) {
		FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
		List<PluginProblem> problems = new ArrayList<>();
		for (Bundle bundle : context.getBundles()) {
			if (!usesSdk(bundle) || SDK_PACKAGE.equals(bundle.getSymbolicName())) {
				continue;
			}
			String plugin = bundle.getSymbolicName() + " " + bundle.getVersion();
			if (bundle.getState() == Bundle.INSTALLED) {
				problems.add(new PluginProblem(plugin, "not resolved: " + unresolved(bundle, wiring)));
			} else if (components != null && (bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0) {
				componentProblems(bundle, components).forEach(reason -> problems.add(new PluginProblem(plugin, reason)));
			}
		}
		return problems;
	}

	private static boolean usesSdk(Bundle bundle) {
		String imports = bundle.getHeaders("").get(Constants.IMPORT_PACKAGE);
		String required = bundle.getHeaders("").get(Constants.REQUIRE_BUNDLE);
		return imports != null && imports.contains(SDK_PACKAGE) || required != null && required.contains(SDK_PACKAGE);
	}

	/** The mandatory requirements of an unresolved bundle that no resolved bundle provides. */
	private static String unresolved(Bundle bundle, FrameworkWiring wiring) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		List<String> missing = new ArrayList<>();
		if (revision != null) {
			for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
				if (Namespace.RESOLUTION_OPTIONAL.equals(
						requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))) {
					continue;
				}
				boolean provided = false;
				for (BundleCapability capability : wiring.findProviders(requirement)) {
					provided |= capability.getRevision().getWiring() != null
							|| capability.getRevision().getBundle().equals(bundle);
				}
				if (!provided) {
					missing.add(requirement.getNamespace() + " "
							+ requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, ""));
				}
			}
		}
		return missing.isEmpty() ? "the framework did not resolve it (see the log)"
				: "missing " + String.join("; ", missing);
	}

	private static List<String> componentProblems(Bundle bundle, ServiceComponentRuntime components) {
		List<String> reasons = new ArrayList<>();
		for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundle)) {
			for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
				if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
					reasons.add("component " + description.name + " failed to activate: "
							+ firstLine(configuration.failure));
				} else if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
					List<String> names = new ArrayList<>();
					for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
						names.add(reference.name);
					}
					reasons.add("component " + description.name + " waits for a missing service: "
							+ String.join(", ", names));
				}
			}
		}
		return reasons;
	}

	private static String firstLine(String text) {
		if (text == null || text.isBlank()) {
			return "no reason given";
		}
		int end = text.indexOf('\n');
		return (end < 0 ? text : text.substring(0, end)).strip();
	}
}
