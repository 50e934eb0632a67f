/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openqci.core.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.openqci.core.results.ResultRow;
import org.openqci.core.spi.ChannelBudget;
import org.openqci.core.spi.ChannelModel;
import org.openqci.core.spi.DetectorCharacteristics;
import org.openqci.core.spi.DetectorModel;
import org.openqci.core.spi.KeyRate;
import org.openqci.core.spi.LinkBudget;
import org.openqci.core.spi.ParameterValues;
import org.openqci.core.spi.ProtocolModel;
import org.openqci.core.spi.SourceCharacteristics;
import org.openqci.core.spi.SourceModel;
import org.openqci.core.units.Units;
import org.openqci.physics.Maximiser;
import org.openqci.physics.RepeaterlessBounds;

/**
 * Evaluates one link at one sweep point: applies the swept values, builds the link budget,
 * evaluates the protocol and, when the link has free parameters, maximises the key rate per pulse
 * over them. Stateless apart from its inputs, so points can be evaluated in parallel.
 */
final class LinkEvaluator {

	/** Thrown inside an evaluation when the run was cancelled. */
	static final class Cancelled extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Cancelled() {
			super("cancelled", null, false, false);
		}
	}

	/** A contributed model threw or returned nothing; carries the component and the point. */
	static final class ModelFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		final transient ResolvedExperiment.Component component;

		ModelFailure(ResolvedExperiment.Component component, String message, Throwable cause) {
			super(message, cause);
			this.component = component;
		}
	}

	private record Outcome(SourceCharacteristics source, ChannelBudget channel, KeyRate keyRate) {
	}

	private final List<ResolvedExperiment.Axis> axes;
	private final BooleanSupplier cancelled;

	LinkEvaluator(List<ResolvedExperiment.Axis> axes, BooleanSupplier cancelled) {
		this.axes = axes;
		this.cancelled = cancelled;
	}

	/**
	 * Evaluates one point, starting the optimiser at the free parameters' values of {@code warm}
	 * (the row of a neighbouring point of the same link) when given, else from scratch.
	 */
	ResultRow evaluate(ResolvedExperiment.Link link, double[] coordinates, ResultRow warm) {
		checkCancelled();
		List<Map<String, Double>> values = new ArrayList<>();
		for (ResolvedExperiment.Component c : link.components()) {
			values.add(new LinkedHashMap<>(c.values()));
		}
		for (int k = 0; k < coordinates.length; k++) {
			for (ResolvedExperiment.Binding b : link.bindings().get(k)) {
				values.get(b.component()).put(b.descriptor().name(), b.toDescriptorUnit(coordinates[k]));
			}
		}
		String at = pointText(coordinates);
		Map<String, Double> optimised = new LinkedHashMap<>();
		List<ResolvedExperiment.FreeParameter> free = link.free();
		PointValues point = new PointValues(values, free);
		if (!free.isEmpty()) {
			List<Maximiser.Variable> variables = free.stream().map(ResolvedExperiment.FreeParameter::variable).toList();
			Maximiser.Result best = Maximiser.maximiseFrom(x -> {
				checkCancelled();
				setFree(values, free, x);
				return compute(link, point, at).keyRate().secretKeyPerPulse();
			}, variables, warmStart(free, warm == null || !(warm.secretKeyPerPulse() > 0.0) ? null
					: warm.optimisedParameters()), seed(link, free));
			setFree(values, free, best.point());
			for (ResolvedExperiment.FreeParameter f : free) {
				optimised.put(f.key(), values.get(f.component()).get(f.descriptor().name()));
			}
		}
		Outcome outcome = compute(link, point, at);
		double t = outcome.channel().transmittance();
		double perPulse = outcome.keyRate().secretKeyPerPulse();
		return new ResultRow(link.id(), link.name(), link.protocol().model().id(), coordinates.clone(), perPulse,
				perPulse * outcome.source().repetitionRateHz(), outcome.keyRate().gain(), outcome.keyRate().qber(), t,
				RepeaterlessBounds.plob(t), RepeaterlessBounds.tgw(t), Collections.unmodifiableMap(optimised),
				Collections.unmodifiableMap(new TreeMap<>(outcome.keyRate().details())));
	}

	/** The values the experiment gives the free parameters (or their defaults): the optimiser's seed. */
	static double[] seed(ResolvedExperiment.Link link, List<ResolvedExperiment.FreeParameter> free) {
		double[] seed = new double[free.size()];
		for (int i = 0; i < seed.length; i++) {
			ResolvedExperiment.FreeParameter f = free.get(i);
			Double v = link.components().get(f.component()).values().get(f.descriptor().name());
			if (v == null || !Double.isFinite(v)) {
				return null;
			}
			seed[i] = v;
		}
		return seed;
	}

	/**
	 * The optimum of a neighbouring evaluation (its optimised parameters, {@code null} if it found
	 * no key) as a start point, or {@code null} if there is none.
	 */
	static double[] warmStart(List<ResolvedExperiment.FreeParameter> free, Map<String, Double> optimum) {
		if (optimum == null) {
			return null;
		}
		double[] start = new double[free.size()];
		for (int i = 0; i < start.length; i++) {
			Double v = optimum.get(free.get(i).key());
			if (v == null) {
				return null;
			}
			start[i] = v;
		}
		return start;
	}

	static void setFree(List<Map<String, Double>> values, List<ResolvedExperiment.FreeParameter> free,
			double[] x) {
		for (int i = 0; i < free.size(); i++) {
			ResolvedExperiment.FreeParameter f = free.get(i);
			double v = f.descriptor().integer() ? Math.rint(x[i]) : x[i];
			values.get(f.component()).put(f.descriptor().name(), v);
		}
	}

	/** The link at the experiment's values, as {@link ExperimentEngine#snapshot} gives it. */
	static LinkSnapshot snapshot(ResolvedExperiment.Link link) {
		String at = "at the experiment's values";
		ResolvedExperiment.Component source = link.source();
		SourceCharacteristics sc = call(source, at,
				() -> ((SourceModel) source.model()).characterise(ParameterValues.of(source.values())));
		List<ChannelBudget> budgets = new ArrayList<>();
		for (ResolvedExperiment.Component channel : link.channels()) {
			budgets.add(call(channel, at,
					() -> ((ChannelModel) channel.model()).budget(ParameterValues.of(channel.values()))));
		}
		ResolvedExperiment.Component detector = link.detector();
		DetectorCharacteristics dc = call(detector, at,
				() -> ((DetectorModel) detector.model()).characterise(ParameterValues.of(detector.values())));
		ResolvedExperiment.Component protocol = link.protocol();
		return new LinkSnapshot(link.id(), link.name(), new LinkBudget(ChannelBudget.chain(budgets), sc, dc),
				protocol.model().id(), protocol.values());
	}

	private Outcome compute(ResolvedExperiment.Link link, PointValues values, String at) {
		ResolvedExperiment.Component source = link.source();
		SourceCharacteristics sc = call(source, at, () -> ((SourceModel) source.model()).characterise(values.get(0)));
		List<ChannelBudget> budgets = new ArrayList<>();
		List<ResolvedExperiment.Component> channels = link.channels();
		for (int i = 0; i < channels.size(); i++) {
			ResolvedExperiment.Component channel = channels.get(i);
			ParameterValues v = values.get(i + 1);
			budgets.add(call(channel, at, () -> ((ChannelModel) channel.model()).budget(v)));
		}
		ChannelBudget chained = ChannelBudget.chain(budgets);
		ResolvedExperiment.Component detector = link.detector();
		DetectorCharacteristics dc = call(detector, at,
				() -> ((DetectorModel) detector.model()).characterise(values.get(values.size() - 2)));
		LinkBudget budget = new LinkBudget(chained, sc, dc);
		ResolvedExperiment.Component protocol = link.protocol();
		KeyRate rate = call(protocol, at,
				() -> ((ProtocolModel) protocol.model()).evaluate(budget, values.get(values.size() - 1)));
		return new Outcome(sc, chained, rate);
	}

	/**
	 * The parameter values of a link's components at one point. The optimiser changes only the
	 * components with free parameters, so the others' values are built once per point instead of
	 * once per evaluation (copying the maps was most of the engine's cost per evaluation).
	 */
	private static final class PointValues {
		private final List<Map<String, Double>> maps;
		private final ParameterValues[] fixed;

		PointValues(List<Map<String, Double>> maps, List<ResolvedExperiment.FreeParameter> free) {
			this.maps = maps;
			this.fixed = new ParameterValues[maps.size()];
			boolean[] changes = new boolean[maps.size()];
			for (ResolvedExperiment.FreeParameter f : free) {
				changes[f.component()] = true;
			}
			for (int i = 0; i < fixed.length; i++) {
				fixed[i] = changes[i] ? null : ParameterValues.of(maps.get(i));
			}
		}

		/** The values of component {@code i}, with the free parameters' current values. */
		ParameterValues get(int i) {
			return fixed[i] != null ? fixed[i] : ParameterValues.of(maps.get(i));
		}

		int size() {
			return fixed.length;
		}
	}

	static <T> T call(ResolvedExperiment.Component component, String at, Supplier<T> call) {
		T result;
		try {
			result = call.get();
		} catch (RuntimeException | LinkageError e) {
			String cause = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
			throw new ModelFailure(component, failure(component, at) + ": " + cause, e);
		}
		if (result == null) {
			throw new ModelFailure(component, failure(component, at) + ": it returned no result", null);
		}
		return result;
	}

	private static String failure(ResolvedExperiment.Component component, String at) {
		return component.role().label() + " model '" + component.model().id() + "' failed" + at;
	}

	private String pointText(double[] coordinates) {
		if (coordinates.length == 0) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		for (int k = 0; k < coordinates.length; k++) {
			ResolvedExperiment.Axis axis = axes.get(k);
			parts.add(axis.path() + " = " + Units.format(coordinates[k], axis.unit()));
		}
		return " at " + String.join(", ", parts);
	}

	private void checkCancelled() {
		if (cancelled.getAsBoolean()) {
			throw new Cancelled();
		}
	}
}
