/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import static org.openqci.core.validation.ExperimentValidator.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openqci.core.engine.PathResolver;
import org.openqci.core.spi.ModelContribution;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.PhotonStatistics;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.core.spi.SourceModel;
import org.openqci.model.ComponentConfig;
import org.openqci.model.Link;
import org.openqci.model.ParameterValue;

/**
 * Checks that a link's protocol covers the photon statistics of its source, by characterising
 * the source at the link's values (defaults, sweep start or range minimum where no value is given).
 */
final class SourceCompatibility {

	private final PathResolver resolver;

	SourceCompatibility(PathResolver resolver) {
		this.resolver = resolver;
	}

	void check(Link link, SweptParameters swept, List<Problem> problems) {
		Optional<ModelContribution> source = resolver.model(link.getSource());
		Optional<ModelContribution> protocol = resolver.model(link.getProtocol());
		if (source.isEmpty() || protocol.isEmpty() || !(source.get() instanceof SourceModel sourceModel)
				|| !(protocol.get() instanceof ProtocolModel protocolModel)) {
			return;
		}
		PhotonStatistics statistics;
		try {
			SourceCharacteristics characteristics = sourceModel
					.characterise(ParameterValues.of(sampleValues(link.getSource(), sourceModel, swept)));
			statistics = characteristics == null ? null : characteristics.statistics();
		} catch (RuntimeException e) {
			return; // the run reports model failures with their context
		}
		if (statistics == null || protocolModel.supportedSources() == null
				|| protocolModel.supportedSources().contains(statistics)) {
			return;
		}
		problems.add(error(link.getProtocol(), "kind", "protocol '" + protocolModel.id() + "' does not support "
				+ name(statistics) + " sources like source '" + sourceModel.id() + "' (supports: "
				+ String.join(", ", protocolModel.supportedSources().stream().map(SourceCompatibility::name).sorted().toList())
				+ ")"));
	}

	private static Map<String, Double> sampleValues(ComponentConfig config, ModelContribution model,
			SweptParameters swept) {
		Map<String, Double> values = new LinkedHashMap<>();
		for (ParameterDescriptor d : model.parameters()) {
			Double sample = swept.sample(config, d.name());
			values.put(d.name(), sample != null ? sample : d.isRequired() ? d.min() : d.defaultValue());
		}
		for (ParameterValue value : config.getParameters()) {
			Optional<ParameterDescriptor> d = value.getName() == null ? Optional.empty() : model.parameter(value.getName());
			if (d.isPresent() && value.isSetValue() && !swept.contains(config, value.getName())
					&& ValueChecks.unitProblem(value.getUnit(), d.get()) == null && Double.isFinite(value.getValue())) {
				values.put(d.get().name(), ValueChecks.toDescriptorUnit(value.getValue(), value.getUnit(), d.get()));
			}
		}
		return values;
	}

	static String name(PhotonStatistics statistics) {
		return statistics.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
