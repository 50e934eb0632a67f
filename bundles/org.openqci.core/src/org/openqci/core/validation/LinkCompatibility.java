/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.validation;

import static org.openqci.core.validation.ExperimentValidator.error;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openqci.core.engine.PathResolver;
import org.openqci.core.spi.ChannelModel;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.DetectorModel;
import org.openqci.core.spi.ModelContribution;
import org.openqci.core.spi.ParameterDescriptor;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.core.spi.SourceModel;
import org.openqci.model.ChannelSegment;
import org.openqci.model.ComponentConfig;
import org.openqci.model.Link;
import org.openqci.model.ParameterValue;

/**
 * Checks that a link's parts fit together, at the link's values (defaults, sweep start or range
 * minimum where no value is given): the protocol covers the photon statistics of the source and
 * the detection scheme of the detector, and accepts the configuration as a whole
 * ({@link ProtocolModel#configurationProblems}); each channel segment accepts its own
 * ({@link ChannelModel#configurationProblems}).
 */
final class LinkCompatibility {

	private final PathResolver resolver;

	LinkCompatibility(PathResolver resolver) {
		this.resolver = resolver;
	}

	void check(Link link, SweptParameters swept, List<Problem> problems) {
		for (ChannelSegment segment : link.getChannels()) {
			checkChannel(segment, swept, problems);
		}
		Optional<ModelContribution> protocol = resolver.model(link.getProtocol());
		if (protocol.isEmpty() || !(protocol.get() instanceof ProtocolModel protocolModel)) {
			return;
		}
		SourceCharacteristics source = characterise(link.getSource(), SourceModel.class, swept,
				(m, v) -> m.characterise(v));
		if (source != null && source.statistics() != null && !protocolModel.supportedSources().contains(source.statistics())) {
			problems.add(error(link.getProtocol(), "kind", "protocol '" + protocolModel.id() + "' does not support "
					+ name(source.statistics()) + " sources like source '" + link.getSource().getKind()
					+ "' (supports: " + names(protocolModel.supportedSources()) + ")"));
			return;
		}
		DetectorCharacteristics detector = characterise(link.getDetector(), DetectorModel.class, swept,
				(m, v) -> m.characterise(v));
		if (detector != null && !protocolModel.supportedDetection().contains(detector.scheme())) {
			problems.add(error(link.getProtocol(), "kind", "protocol '" + protocolModel.id() + "' does not work with "
					+ name(detector.scheme()) + " detection like detector '" + link.getDetector().getKind()
					+ "' (supports: " + names(protocolModel.supportedDetection()) + ")"));
			return;
		}
		if (source == null) {
			return;
		}
		List<String> configuration;
		try {
			configuration = protocolModel.configurationProblems(source,
					ParameterValues.of(sampleValues(link.getProtocol(), protocolModel, swept)));
		} catch (RuntimeException e) {
			return; // the run reports model failures with their context
		}
		for (String problem : configuration) {
			problems.add(error(link.getProtocol(), "parameters", problem));
		}
	}

	private void checkChannel(ChannelSegment segment, SweptParameters swept, List<Problem> problems) {
		Optional<ModelContribution> model = resolver.model(segment);
		if (model.isEmpty() || !(model.get() instanceof ChannelModel channel)) {
			return;
		}
		List<String> configuration;
		try {
			configuration = channel.configurationProblems(ParameterValues.of(sampleValues(segment, channel, swept)));
		} catch (RuntimeException e) {
			return; // the run reports model failures with their context
		}
		for (String problem : configuration) {
			problems.add(error(segment, "parameters", problem));
		}
	}

	private interface Characteriser<M, C> {
		C apply(M model, ParameterValues values);
	}

	private <M, C> C characterise(ComponentConfig config, Class<M> type, SweptParameters swept,
			Characteriser<M, C> characteriser) {
		Optional<ModelContribution> model = resolver.model(config);
		if (model.isEmpty() || !type.isInstance(model.get())) {
			return null;
		}
		try {
			return characteriser.apply(type.cast(model.get()),
					ParameterValues.of(sampleValues(config, model.get(), swept)));
		} catch (RuntimeException e) {
			return null; // the run reports model failures with their context
		}
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

	private static String names(Collection<? extends Enum<?>> values) {
		return String.join(", ", values.stream().map(LinkCompatibility::name).sorted().toList());
	}

	static String name(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
